// Shared pieces of the desk manager's forms (companies, agreements, people): field schemas whose
// errors are message keys, and the mapping of zod issues to { field: key }. Keys missing from the
// common `validation.*` texts live in the `admin` namespace (`admin:validation.*`).
import { z } from 'zod';
import { VALIDATION_KEYS } from '../../domain/validation.js';
import { text } from '../../domain/text-input.js';
import { invalid } from '../errors.js';

/** Message keys the admin forms may give, beyond the common ones. */
export const ADMIN_VALIDATION_KEYS = [
  'slug_format',
  'slug_taken',
  'valid_to_before_from',
  'email_taken',
  'invalid_month',
  'unknown_company',
  'agreement_overlap',
] as const;
const KNOWN = new Set<string>([...VALIDATION_KEYS, ...ADMIN_VALIDATION_KEYS]);

export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = issue.path.length ? issue.path.map(String).join('.') : '_';
    errors[field] ??= KNOWN.has(issue.message) ? issue.message : 'invalid';
  }
  return errors;
}

/** Parses a form with a schema, or throws an `invalid` refusal naming each bad field. */
export function parseForm<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) throw invalid(fieldErrorsOf(result.error.issues));
  return result.data;
}

/** A form value as text: a string as it is, the first of repeated values; a nested object (`a[b]=…`) is no text at all. */
const asText = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? asText(v[0]) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** A required single-line text (names, titles): NFC, trimmed, no control characters (domain/text-input). */
export const requiredText = (max: number) => z.preprocess(asText, text(max, { multiline: false }));

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    asText,
    z
      .string()
      .min(1, { error: 'required' })
      .pipe(z.enum(values, { error: 'invalid_choice' })),
  );

const YEAR = '(?:19|2[0-9])[0-9]{2}';
const LEAP_DAY = `(?:(?:19|2[0-9])(?:0[48]|[2468][048]|[13579][26])|2000|2400|2800)-02-29`;
const OTHER_DAYS = `${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))`;
/** isCalendarDate as a JSON Schema pattern (the API document states it; a unit test proves them equal). */
export const CALENDAR_DATE_PATTERN = `^(?:${LEAP_DAY}|${OTHER_DAYS})$`;

/** True for a real calendar date written YYYY-MM-DD, from 1900 to 2999. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text && text >= '1900-01-01' && text <= '2999-12-31';
}

export const requiredDate = z.preprocess((v) => asText(v).trim(), z.string().min(1, { error: 'required' }).refine(isCalendarDate, { error: 'invalid_date' }));

export const optionalDate = z.preprocess(
  (v) => asText(v).trim(),
  z
    .string()
    .refine((v) => v === '' || isCalendarDate(v), { error: 'invalid_date' })
    .transform((v) => (v === '' ? null : v)),
);

export const email = z.preprocess(
  (v) => asText(v).trim().toLowerCase(),
  z
    .string()
    .min(1, { error: 'required' })
    .max(320, { error: 'too_long' })
    .pipe(z.email({ error: 'invalid_email' })),
);

/** A checkbox: present ('on', 'true', '1') means true. */
export const checkbox = z.preprocess((v) => ['on', 'true', '1', 'yes'].includes(asText(v)), z.boolean());
