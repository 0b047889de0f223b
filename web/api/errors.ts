// How the JSON API says no: every failure is JSON with the right status, never a stack trace.
// Refusals from the service layer map to 404/403/409/422/503, bodies that cannot be read to 400/413/415
// (web/middleware/request-problems.ts); anything unexpected is logged with a reference and answered with 500.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { Refusal, HTTP_STATUS } from '../../services/errors.js';
import { translator } from '../../i18n/index.js';
import { codeOf } from '../../domain/validation.js';
import { requestProblemOf } from '../middleware/request-problems.js';
import { unavailablePart } from '../../services/availability.js';
import { RETRY_AFTER_SECONDS, unavailableAnswer } from '../middleware/unavailable.js';

/** A failure the API itself decides (authentication, body format), with its status and headers. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

/** `{ field: messageKey }` → `{ field: English sentence }`. The whole-body key `_` is reported as `body`. */
export function validationMessages(fieldErrors: Record<string, string>): Record<string, string> {
  const t = translator('en');
  // Object.fromEntries keeps a field named `__proto__` as a field (an assignment would not).
  const out: Record<string, string> = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, key]) => {
      const text = t(`validation.${key}`);
      return [field === '_' ? 'body' : field, text && !text.startsWith('validation.') ? text : t('validation.invalid')];
    }),
  );
  if (Object.keys(out).length === 0) out.body = t('validation.invalid');
  return out;
}

export function apiNotFound(_req: Request, res: Response): void {
  res.status(404).json({ error: 'not found' });
}

export function apiErrors(log: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    if (err instanceof ApiProblem) {
      res.set(err.headers).status(err.status).json({ error: err.message });
      return;
    }
    if (err instanceof Refusal) {
      if (err.kind === 'invalid') return void res.status(422).json(validationBody(err.fieldErrors));
      const text = err.kind === 'not_found' ? 'not found' : err.kind === 'forbidden' ? err.text.en || 'forbidden' : err.text.en;
      if (err.kind === 'unavailable') res.set('Retry-After', RETRY_AFTER_SECONDS);
      return void res.status(HTTP_STATUS[err.kind]).json({ error: text });
    }
    const problem = requestProblemOf(err);
    if (problem) return void res.status(problem.status).json({ error: problem.message });
    const part = unavailablePart(err);
    if (part) return unavailableAnswer(req, res, part);
    const reference = randomUUID().slice(0, 8);
    log.error({ err, ref: reference, method: req.method, url: req.originalUrl }, 'API request failed');
    res.status(500).json({ error: 'internal error', reference });
  };
}

/** A 422 answer: a summary, each field's English message, and each field's message key. */
function validationBody(fieldErrors: Record<string, string>) {
  // `fields` keeps the bare code (`too_long`); `errors` says it in a sentence with the limit, line or file.
  const fields: Record<string, string> = Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field === '_' ? 'body' : field, codeOf(key)]));
  if (Object.keys(fields).length === 0) fields.body = 'invalid';
  const errors = validationMessages(fieldErrors);
  const named = Object.entries(errors);
  const error = named.length === 1 ? `${named[0][0]}: ${named[0][1]}` : 'please correct the fields named in `errors`';
  return { error, errors, fields };
}
