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

/**
 * What a message names besides its code: the limit (`max`, `min`), the line of a multi-line field
 * (1-based), the file (or files), or how many were given (`count`). Carried after the code as `code?max=200&line=2`, so every layer keeps passing a
 * plain string: translations show it ("Linje 2 er for lang: højst 200 tegn"), the API's `fields` gives
 * the bare code (codeOf) and its `errors` the sentence.
 */
export type MessageDetail = Partial<Record<'max' | 'min' | 'line' | 'file' | 'name' | 'date' | 'by' | 'count', string | number>>;

export function withDetail(code: string, detail: MessageDetail): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(detail)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${code}?${qs}` : code;
}

/** The bare code of a message (`too_long?max=200` → `too_long`). */
export const codeOf = (message: string) => message.split('?')[0]!;

/** The detail a message already carries (`too_long?max=200` → `{ max: '200' }`). */
const detailOf = (message: string): MessageDetail => Object.fromEntries(new URLSearchParams(message.split('?')[1] ?? '')) as MessageDetail;

/** The messages that state a limit. */
const LIMITED = new Set(['too_long', 'too_large', 'too_small', 'too_many']);

/** The limit a zod issue states, if any (a text's length, a number's size, a list's length). */
function limitOf(issue: z.core.$ZodIssue): MessageDetail {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return { max: issue.maximum };
  if (issue.code === 'too_small' && typeof issue.minimum === 'number' && issue.minimum > 0) return { min: issue.minimum };
  return {};
}

/** Maps zod issues to `{ field: messageKey }`, the first issue per field winning; `_` is the whole body. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path, key].join('.')] ??= 'unknown_field';
      continue;
    }
    const field = issue.path.length ? issue.path.map(String).join('.') : '_';
    const code = codeOf(issue.message);
    if (!KNOWN_KEYS.has(code)) {
      errors[field] ??= 'invalid';
      continue;
    }
    // An item of a list (a line of a multi-line field) is named by its line.
    const index = issue.path.findIndex((p) => typeof p === 'number');
    const line = index >= 0 ? { line: (issue.path[index] as number) + 1 } : {};
    const limit = LIMITED.has(code) ? limitOf(issue) : {};
    errors[field] ??= withDetail(code, { ...limit, ...detailOf(issue.message), ...line });
  }
  return errors;
}

/** The value a field path (`titles.0`, `fields.participants`) points at in the given input. */
function valueAt(input: Record<string, unknown>, field: string): unknown {
  if (field in input) return input[field];
  let v: unknown = input;
  for (const part of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
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
    if (field === '_' || errors[field] === 'unknown_field' || !isBlank(valueAt(given, field))) continue;
    // A nested field (fields.period) sent blank reads as missing; a top-level one only where the schema requires it.
    const top = shape[field];
    if (field.includes('.') || (top !== undefined && !top.safeParse(undefined).success)) errors[field] = 'required';
  }
  return { ok: false, errors };
}
