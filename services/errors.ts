// The ways a service call can be refused, each with its HTTP meaning. A refusal carries message codes
// and parameters (translated with i18next for whoever reads it), never text of its own.
import type { Bilingual } from '../domain/types.js';
import type { FieldErrors } from '../domain/validation.js';
import type { Rejection } from '../domain/actions/index.js';
import { translator } from '../i18n/index.js';

export type RefusalKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unavailable' | 'stale';

export const HTTP_STATUS: Record<RefusalKind, number> = { not_found: 404, forbidden: 403, conflict: 409, invalid: 422, unavailable: 503, stale: 412 };

/** One sentence of a refusal: a key of the translation files and its parameters. */
export interface Message {
  code: string;
  params?: Record<string, string | number>;
}

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** Said one after the other (e.g. what the action needs, then the case's state). */
    readonly messages: readonly Message[],
    /** For `invalid`: field → validation message key (domain/validation VALIDATION_KEYS). */
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(messages.map((m) => m.code).join(' '));
    this.name = 'Refusal';
  }

  /** The refusal in both languages of the desk. */
  get text(): Bilingual {
    const say = (locale: 'en' | 'da') => {
      const t = translator(locale);
      return this.messages.map((m) => t(m.code, m.params ?? {})).join(' ');
    };
    return { en: say('en'), da: say('da') };
  }
}

const refusal = (kind: RefusalKind, code: string, params?: Message['params']) => new Refusal(kind, [{ code, params }]);

export const notFound = () => refusal('not_found', 'rules:refusals.not_found');
export const forbidden = (code = 'rules:refusals.forbidden', params?: Message['params']) => refusal('forbidden', code, params);
export const conflict = (code: string, params?: Message['params']) => refusal('conflict', code, params);
export const invalid = (fieldErrors: FieldErrors) => new Refusal('invalid', [{ code: 'rules:refusals.invalid' }], fieldErrors);
export const unavailable = (system: 'temporal' | 'database') => new Refusal('unavailable', [{ code: 'rules:refusals.unavailable', params: { system } }]);
/** Someone acted on the case since the version the decision was taken on: nothing was applied. */
export const stale = (version: number) => refusal('stale', 'rules:refusals.stale', { version });
/** The case has ended (closed or withdrawn): nothing more can be decided on it. */
export const caseEnded = (status: string) => refusal('conflict', 'rules:refusals.closed', { status });

/** A decision the rules refuse (domain/actions), said as the reader's language has it. */
export function ruleRefusal(r: Rejection): Refusal {
  if (r.kind === 'forbidden') return r.code === 'role' ? forbidden('rules:role', { action: r.params.action }) : forbidden('rules:approval_right');
  return new Refusal('conflict', [{ code: `rules:${r.code}` }, { code: 'rules:caseIs', params: { status: r.params.status } }]);
}
