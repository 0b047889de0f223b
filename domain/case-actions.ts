// What each decision on a case carries, validated the same way by the web, the API and the workflow.
// Error messages are keys (see web/i18n `validation.*`), so each audience gets its own language.
import { z } from 'zod';
import { CASE_TYPES } from './types.js';
import type { CaseAction } from './case-states.js';

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });
const optionalText = (max: number) => z.string({ error: 'invalid' }).trim().max(max, { error: 'too_long' }).optional();
// Native checks (not refinements), so the JSON Schema of the API document carries the limits too.
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .min(min, { error: min === 0 ? 'not_negative' : 'too_small' })
    .max(max, { error: 'too_large' });
const hours = (max: number) =>
  z.coerce.number({ error: 'not_a_number' }).positive({ error: 'positive' }).max(max, { error: 'too_large' }).multipleOf(0.25, { error: 'quarter_hours' });
const nothing = z.object({}).strict();

export const ACTION_INPUTS = {
  acknowledge: z.object({ plan: text(5000) }).strict(),
  qualify: z.object({ type: z.enum(CASE_TYPES, { error: 'invalid_choice' }).optional() }).strict(),
  split: z
    .object({
      titles: z.array(text(200), { error: 'required' }).min(1, { error: 'required' }).max(10, { error: 'too_many' }),
    })
    .strict(),
  'ask-customer': z.object({ message: text(5000) }).strict(),
  reply: z.object({ message: text(5000) }).strict(),
  'offer-training': z.object({ hours: hours(40) }).strict(),
  'accept-training': nothing,
  'decline-training': z.object({ reason: optionalText(2000) }).strict(),
  reclassify: z.object({ reason: text(2000) }).strict(),
  'rough-estimate': z.object({ hours: hours(10000), text: text(5000) }).strict(),
  'request-quote': z.object({ message: optionalText(5000) }).strict(),
  quote: z
    .object({
      estimationMinutes: wholeNumber(0, 100000),
      hours: hours(100000),
      priceOre: wholeNumber(0, 100_000_000_000),
      validWorkingDays: wholeNumber(1, 250).optional(),
    })
    .strict(),
  'release-quote': nothing,
  'accept-quote': nothing,
  'reject-quote': z.object({ reason: optionalText(2000) }).strict(),
  withdraw: z.object({ reason: optionalText(2000) }).strict(),
  'log-time': z.object({ minutes: wholeNumber(1, 1440), note: optionalText(500) }).strict(),
  'start-work': nothing,
  resolve: z.object({ summary: text(5000) }).strict(),
  deliver: z.object({ summary: text(5000) }).strict(),
  decline: z.object({ reason: text(2000) }).strict(),
  backlog: z.object({ summary: text(5000) }).strict(),
  reopen: z.object({ reason: text(2000) }).strict(),
  close: nothing,
} satisfies Record<CaseAction, z.ZodType>;

export type ActionInput<A extends CaseAction> = z.output<(typeof ACTION_INPUTS)[A]>;
export type ActionInputs = { [A in CaseAction]: ActionInput<A> };

export type InputCheck<A extends CaseAction> = { ok: true; value: ActionInput<A> } | { ok: false; errors: Record<string, string> };

/** Validates an action's input; errors map a field (dotted path, `_` for the whole body) to a message key. */
export function parseActionInput<A extends CaseAction>(action: A, raw: unknown): InputCheck<A> {
  const schema = ACTION_INPUTS[action];
  const input = withoutBlankOptionals(schema, raw ?? {});
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as ActionInput<A> };
  const errors = issuesToFieldErrors(result.error.issues);
  // A field left empty is "required", whatever its type would have said about an empty value.
  for (const field of Object.keys(errors))
    if (field !== '_' && errors[field] !== 'unknown_field' && isBlank((input as Record<string, unknown>)[field])) errors[field] = 'required';
  return { ok: false, errors };
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** An optional field sent empty (a form's blank input) counts as not sent. */
function withoutBlankOptionals(schema: z.ZodObject, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [key, field] of Object.entries(schema.shape)) if (isBlank(out[key]) && (field as z.ZodType).safeParse(undefined).success) delete out[key];
  return out;
}

/** Maps zod issues to `{ field: messageKey }`, the first issue per field winning. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
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
] as const;
const KNOWN_KEYS = new Set<string>(VALIDATION_KEYS);
