// The ways a service call can be refused, each with its HTTP meaning.
import type { Bilingual } from '../domain/types.js';

export type RefusalKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unavailable';

export const HTTP_STATUS: Record<RefusalKind, number> = { not_found: 404, forbidden: 403, conflict: 409, invalid: 422, unavailable: 503 };

export class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly text: Bilingual,
    /** For `invalid`: field → validation message key (see domain/case-actions VALIDATION_KEYS). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(text.en);
    this.name = 'Refusal';
  }
}

export const notFound = () => new Refusal('not_found', { en: 'not found', da: 'findes ikke' });
export const forbidden = (text: Bilingual = { en: 'you may not do this', da: 'du må ikke gøre dette' }) => new Refusal('forbidden', text);
export const invalid = (fieldErrors: Record<string, string>) =>
  new Refusal('invalid', { en: 'please correct the marked fields', da: 'ret venligst de markerede felter' }, fieldErrors);
export const unavailable = (what: string) =>
  new Refusal('unavailable', { en: `${what} is not reachable right now; please try again in a moment`, da: `${what} kan ikke nås lige nu; prøv igen om lidt` });
