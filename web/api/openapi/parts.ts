// Building blocks of the OpenAPI document (web/api/openapi/document.ts): JSON Schema shorthands, the
// answers every operation shares, and the rules a schema cannot state (`x-rules`).
import { textPattern, type TextRule } from '../../../domain/text-input.js';

export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
export const str: Schema = { type: 'string' };
export const int: Schema = { type: 'integer' };
export const bool: Schema = { type: 'boolean' };
export const dateTime: Schema = { type: 'string', format: 'date-time' };
export const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties), extra: Schema = {}): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
});

/**
 * A text as the API accepts it anywhere (domain/text-input.ts): no control characters (nor line breaks
 * when single-line), at most `max` characters; `filled`: not blank.
 */
export const textSchema = (max: number, rule: TextRule = {}, filled = false): Schema => ({
  type: 'string',
  ...(filled ? { minLength: 1 } : {}),
  maxLength: max,
  pattern: textPattern(rule, filled),
});

export const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
export const error = (description: string) => json(ref('Error'), description);

/** The shared error answers, by status. */
export const R = {
  400: error(
    'The body could not be read: not valid JSON, nested more than 32 levels deep, or not matching its Content-Encoding (gzip, deflate and br are accepted).',
  ),
  401: { ...error('Missing, invalid, expired or revoked bearer token.'), headers: { 'WWW-Authenticate': { schema: str } } },
  403: error('Your role may not do this.'),
  404: error('No such case (or not one you may see), or no such action.'),
  409: error(
    "The move is not allowed in the case's current state, or Temporal refused it for a reason other than being unreachable (the error says what happened; the desk managers are told, docs/long-cases.md); the case is unchanged.",
  ),
  413: error('The body is larger than 100 kB.'),
  415: error('The body is not UTF-8 JSON (Content-Type: application/json; no other charset), or its Content-Encoding is not supported.'),
  422: json(
    ref('ValidationErrors'),
    'Invalid input: the body, a query parameter or a header does not match its schema — also any text (a value or a key, anywhere in the request) holding NUL, another control character or a lone surrogate (key `control_characters`; the patterns of the text fields say the same) — or a rule of the operation refused it (its `x-rules`).',
  ),
  429: error('Too many failed attempts; wait and try again.'),
  500: error('Unexpected failure (logged with the reference).'),
  503: error('The case process (Temporal) is not reachable right now, or the case is taking many decisions at once: retry after `Retry-After`.'),
};

/**
 * The 422s a request the schemas accept may still get: rules a schema cannot state (an unknown
 * company, a day in the past), as field → message keys. They are listed in the operation's `x-rules`
 * for programs (the contract test accepts a 422 of a schema-valid request only for these) and said in
 * its description for people.
 */
export function withRules(operation: Schema, rules: Record<string, readonly string[]>): Schema {
  const merged: Record<string, string[]> = { ...((operation['x-rules'] as Record<string, string[]>) ?? {}) };
  for (const [field, keys] of Object.entries(rules)) merged[field] = [...new Set([...(merged[field] ?? []), ...keys])];
  const said = Object.entries(rules)
    .map(([field, keys]) => `${field === '*' ? 'any field' : `\`${field}\``}: ${keys.map((k) => (k === '*' ? 'any key' : `\`${k}\``)).join(', ')}`)
    .join('; ');
  const description = [operation.description, `Rules no schema states (422, field: message key): ${said}.`].filter(Boolean).join('\n\n');
  return { ...operation, description, 'x-rules': merged };
}

/** What a POST with a JSON body may answer besides its success. */
export const POSTED_ERRORS = { 400: R[400], 401: R[401], 403: R[403], 413: R[413], 415: R[415], 422: R[422], 500: R[500], 503: R[503] };

/** The 422 body: what is wrong with which field. */
export const VALIDATION_ERRORS: Schema = obj(
  {
    error: { type: 'string', description: 'A summary in English.' },
    errors: {
      type: 'object',
      description: 'Field → English message. Type-specific request fields are reported as `fields.<name>`; a body that is not an object as `body`.',
      additionalProperties: { type: 'string' },
      minProperties: 1,
    },
    fields: {
      type: 'object',
      description: 'Field → message key (e.g. `required`, `too_long`, `control_characters`), for programs.',
      additionalProperties: { type: 'string' },
      minProperties: 1,
    },
  },
  ['errors'],
);
