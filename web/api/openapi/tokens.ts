// The OpenAPI parts of API access: bearer tokens (issue, list, revoke) and Idempotency-Key on POSTs.
import { TOKEN_LABEL_MAX } from '../tokens.js';
import { IDEMPOTENCY_HEADER } from '../idempotency.js';
import { textPattern } from '../../../domain/text-input.js';
import { IDEMPOTENCY_KEY_HOURS } from '../../../services/exactly-once/idempotency.js';
import { R, dateTime, error, int, json, nullable, obj, ref, str, textSchema, withRules, type Schema } from './parts.js';

const label: Schema = {
  anyOf: [textSchema(TOKEN_LABEL_MAX, { multiline: false }), { type: 'null' }],
  description: 'A name to recognise the token by in the list (optional; blank or null: none).',
};

export function tokenSchemas(): Record<string, Schema> {
  return {
    Token: obj(
      {
        id: { ...int, description: 'Use it to revoke the token (DELETE /tokens/{id}).' },
        token: { type: 'string', description: 'Send as `Authorization: Bearer <token>`. Shown only now: the server keeps only a hash.' },
        label: nullable(str),
        expiresAt: { ...dateTime, description: 'Tokens expire after API_TOKEN_HOURS (default 720 hours, 30 days).' },
      },
      ['id', 'token', 'label', 'expiresAt'],
    ),
    TokenRequest: obj(
      {
        email: { type: 'string', minLength: 1, format: 'email', pattern: textPattern(), description: 'Your login, compared trimmed and in lower case.' },
        password: { type: 'string', minLength: 1, pattern: textPattern() },
        label,
        code: {
          type: 'string',
          maxLength: 40,
          pattern: textPattern(),
          description: 'For a person with a second factor: the code their authenticator app shows now.',
        },
        recoveryCode: { type: 'string', maxLength: 40, pattern: textPattern(), description: 'Or one of their recovery codes (each works once).' },
      },
      ['email', 'password'],
    ),
    ApiToken: obj({
      id: int,
      label: nullable(str),
      createdAt: dateTime,
      expiresAt: dateTime,
      lastUsedAt: nullable(dateTime),
      owner: obj({ id: int, name: str, email: str }),
    }),
    ApiTokenList: obj({ items: { type: 'array', items: ref('ApiToken') } }),
  };
}

export function tokenPaths(): Record<string, Schema> {
  return {
    '/tokens': {
      post: {
        operationId: 'createToken',
        tags: ['auth'],
        summary: 'Exchange e-mail and password for a bearer token',
        description:
          'Rate limited like the login page: 10 wrong passwords or codes per e-mail address (compared trimmed and in lower case) and client, and 50 per client address in 15 minutes, then 429; from the 10th failure on an address, a client that failed on it waits 1, 2, 4 … 60 s between attempts (429 with Retry-After). A person with a second factor sends `code` (or `recoveryCode`) too: without it the answer is 401 `{error, needs: "code"}`. Idempotency-Key is not used here.',
        security: [],
        requestBody: { required: true, content: { 'application/json': { schema: ref('TokenRequest') } } },
        responses: {
          201: { ...json(ref('Token'), 'A new token.'), links: { revokeToken: { operationId: 'revokeToken', parameters: { id: '$response.body#/id' } } } },
          400: R[400],
          401: {
            description: 'Wrong e-mail address or password, a wrong or used code, or (`needs: "code"`) the second factor is missing.',
            content: { 'application/json': { schema: { oneOf: [ref('Error'), ref('SecondFactorNeeded')] } } },
          },
          403: error('REQUIRE_2FA asks a second factor of this person and they have none yet: set it up at /account/security.'),
          413: R[413],
          415: R[415],
          422: R[422],
          429: R[429],
          500: R[500],
        },
      },
      get: {
        operationId: 'listTokens',
        tags: ['auth'],
        summary: 'Your live (unexpired, unrevoked) tokens; a desk manager sees everyone’s with all=true',
        parameters: [{ name: 'all', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] }, description: 'Desk managers only.' }],
        responses: { 200: json(ref('ApiTokenList'), 'The tokens, newest first.'), 401: R[401], 403: R[403], 422: R[422], 500: R[500] },
      },
    },
    '/tokens/{id}': {
      delete: {
        operationId: 'revokeToken',
        tags: ['auth'],
        summary: 'Revoke a token (your own; a desk manager any); it answers 401 from now on',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 2147483647 } }],
        responses: { 204: { description: 'Revoked (also when it already was).' }, 401: R[401], 404: error('No such token of yours.'), 500: R[500] },
      },
    },
  };
}

const idempotencyKey = {
  name: IDEMPOTENCY_HEADER,
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
  description: `Send a fresh key (e.g. a UUID) with each new request and the same key when you retry it: the work is done once. A repeat with the same key and body gets the first answer again (same status and body, header \`Idempotent-Replayed: true\`); the same key with a different request (another path or body) is refused with 422 (\`fields: {"${IDEMPOTENCY_HEADER}": "idempotency_key_reused"}\`, as the IETF draft on the Idempotency-Key header says) and nothing is done; a repeat while the first still runs waits for it (409 after 30 s). Keys are per person and kept ${IDEMPOTENCY_KEY_HOURS} hours; answers of 500 or more are not kept (the key may be used again).`,
};
const replayed = {
  'Idempotent-Replayed': {
    schema: { type: 'string', enum: ['true'] },
    description: 'Present when this is the stored answer of an earlier request with the same Idempotency-Key.',
  },
};

/** A POST operation that takes an Idempotency-Key: the header, the replay marker on each answer, and 409 while the first runs. */
export function idempotent(operation: Schema): Schema {
  if (((operation.parameters as Schema[]) ?? []).some((p) => p.name === IDEMPOTENCY_HEADER)) return operation;
  const responses = { ...(operation.responses as Record<string, Schema>) };
  for (const [status, answer] of Object.entries(responses)) responses[status] = { ...answer, headers: { ...((answer.headers as Schema) ?? {}), ...replayed } };
  const busy = error(`The first request with this ${IDEMPOTENCY_HEADER} is still running; retry in a moment.`);
  const conflict = responses['409'] as Schema | undefined;
  responses['409'] = conflict
    ? { ...conflict, description: `${String(conflict.description)} Or: ${String(busy.description)}` }
    : { ...busy, headers: replayed };
  if (!responses['400']) responses['400'] = R[400];
  responses['400'] = {
    ...responses['400'],
    description: `${String(responses['400'].description)} Or: the ${IDEMPOTENCY_HEADER} is not 1–255 visible ASCII characters.`,
  };
  return withRules(
    { ...operation, parameters: [...((operation.parameters as Schema[]) ?? []), idempotencyKey], responses },
    {
      [IDEMPOTENCY_HEADER]: ['idempotency_key_reused'],
    },
  );
}
