// How a validation failure is said: zod issues become `{ field: messageKey }`, the keys translated
// under `validation.*` for each audience. Shared by request forms, decision inputs and admin forms.
import type { z } from 'zod';

export const VALIDATION_KEYS = [
  'required',
  'too_long',
  'invalid',
  'not_a_number',
  'not_whole',
  'not_negative',
  'too_small',
  'too_large',
  'positive',
  'quarter_hours',
  'invalid_choice',
  'too_many',
  'unknown_field',
  'invalid_email',
  'must_confirm',
  'invalid_date',
  'control_characters',
  'not_staff',
  'needs_agreement',
  'in_the_past',
  'already_closed',
  'not_after_today',
  'invalid_time',
  'opens_after_closing',
  'price_or_hours',
] as const;
const KNOWN_KEYS = new Set<string>(VALIDATION_KEYS);

export type FieldErrors = Record<string, string>;

/** Maps zod issues to `{ field: messageKey }`, the first issue per field winning; `_` is the whole body. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path, key].join('.')] ??= 'unknown_field';
      continue;
    }
    const field = issue.path.length ? issue.path.map(String).join('.') : '_';
    errors[field] ??= KNOWN_KEYS.has(issue.message) ? issue.message : 'invalid';
  }
  return errors;
}

export const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Parses an object against a strict object schema the way forms and the API both expect: the values
 * as they are (JSON types; a form reader leaves out what was left blank), and a required field sent
 * empty is "required" whatever its type.
 */
export function parseObject<S extends z.ZodObject>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const input = raw ?? {};
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = issuesToFieldErrors(result.error.issues);
  const given = (input ?? {}) as Record<string, unknown>;
  const shape = schema.shape as Record<string, z.ZodType | undefined>;
  for (const field of Object.keys(errors)) {
    const required = shape[field] !== undefined && !shape[field].safeParse(undefined).success;
    if (required && errors[field] !== 'unknown_field' && isBlank(given[field])) errors[field] = 'required';
  }
  return { ok: false, errors };
}
