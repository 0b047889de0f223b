// Page forms refuse fields they do not have (issue 25, item 6): a field a form never sends — a
// misspelt name, a script's leftover, a field copied from another form (`contactEmail` on the
// portal's own request form) — is answered with 422 and a page naming it, not silently dropped.
// The guards `_csrf` and `_once` belong to every form.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isCaseAction } from '../../domain/actions/index.js';
import { actionFields } from '../cases/action-fields.js';
import { KEPT_FIELD } from '../cases/uploads.js';

const GUARDS = new Set(['_csrf', '_once']);

/** Only `allowed(req)` (and the guards) may be in the posted form; null leaves the request to the route (an unknown form: 404). */
export function onlyFields(allowed: (req: Request) => readonly string[] | null): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const names = allowed(req);
    if (names === null) return next();
    const known = new Set(names);
    const unknown = Object.keys(body).filter((k) => !GUARDS.has(k) && !known.has(k));
    if (unknown.length === 0) return next();
    const t = res.locals.t;
    const fields = unknown
      .slice(0, 5)
      .map((k) => k.slice(0, 40))
      .join(', ');
    res.status(422).render('errors/error', { status: 422, title: t('errors.unknownFieldsTitle'), message: t('errors.unknownFields', { fields }) });
  };
}

/** A fixed list of fields. */
export const fields = (...names: string[]): RequestHandler => onlyFields(() => names);

/** The fields of a request form (domain/request-forms.ts) of the route's `:type`, plus `more`; null for an unknown type. */
export const requestFormFields =
  (forms: Readonly<Record<string, readonly { name: string }[]>>, ...more: string[]) =>
  (req: Request): readonly string[] | null => {
    const form = Object.hasOwn(forms, String(req.params.type)) ? forms[String(req.params.type)] : undefined;
    return form ? [...form.map((f) => f.name), ...more] : null;
  };

/**
 * The fields of the decision form of the route's `:action` (web/cases/action-fields.ts), with the case's
 * `version` the form was loaded with (web/cases/stale.ts) and, on a reply, the files kept from a refused
 * attempt (web/cases/uploads.ts); null for an unknown action.
 */
export const actionFormFields = (req: Request): readonly string[] | null => {
  const action = String(req.params.action);
  if (!isCaseAction(action)) return null;
  return [...actionFields(action).map((f) => f.name), 'version', ...(action === 'reply' ? [KEPT_FIELD] : [])];
};
