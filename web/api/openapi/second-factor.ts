// The OpenAPI parts of the second factor: enrolling an authenticator app (TOTP) through the API.
import { R, error, json, obj, ref, str, type Schema } from './parts.js';

export function secondFactorSchemas(): Record<string, Schema> {
  return {
    TotpEnrolment: obj(
      {
        secret: { type: 'string', description: 'The shared secret in Base32, for typing into an authenticator app.' },
        otpauthUrl: { type: 'string', description: 'The otpauth:// address an authenticator app reads from a QR code.' },
      },
      ['secret', 'otpauthUrl'],
    ),
    TotpConfirmation: obj({ code: { type: 'string', pattern: '^[0-9 -]{6,9}$', description: 'A code the app shows now (6 digits).' } }, ['code']),
    RecoveryCodes: obj(
      {
        recoveryCodes: {
          type: 'array',
          minItems: 10,
          maxItems: 10,
          items: str,
          description: 'Ten single-use codes for when the app is lost; shown only now (only hashes are kept).',
        },
      },
      ['recoveryCodes'],
    ),
    SecondFactorNeeded: obj({ error: str, needs: { type: 'string', enum: ['code'] } }, ['error', 'needs']),
  };
}

export function secondFactorPaths(): Record<string, Schema> {
  return {
    '/me/2fa/totp': {
      post: {
        operationId: 'startTotp',
        tags: ['auth'],
        summary: 'Start setting up an authenticator app (TOTP, RFC 6238)',
        description:
          'A new secret waits until it is confirmed with a code; starting again replaces a pending one. The body may be empty. No Idempotency-Key: the secret is never kept as an answer to replay.',
        'x-idempotency': 'none',
        responses: {
          201: json(ref('TotpEnrolment'), 'The secret and its otpauth:// address.'),
          400: R[400],
          401: R[401],
          415: R[415],
          422: R[422],
          500: R[500],
        },
      },
    },
    '/me/2fa/totp/confirm': {
      post: {
        operationId: 'confirmTotp',
        tags: ['auth'],
        summary: 'Confirm the authenticator app with a code; it becomes your second factor',
        description:
          'From now on POST /tokens needs `code` (or `recoveryCode`) besides the password. New recovery codes replace any earlier ones. No Idempotency-Key: the recovery codes are shown once and never kept as an answer to replay. A code the app does not show now is refused (422 `wrong_code`).',
        'x-idempotency': 'none',
        'x-rules': { code: ['required', 'wrong_code'] },
        requestBody: { required: true, content: { 'application/json': { schema: ref('TotpConfirmation') } } },
        responses: {
          200: json(ref('RecoveryCodes'), 'The ten recovery codes.'),
          400: R[400],
          401: R[401],
          409: error('No enrolment is pending: POST /me/2fa/totp first.'),
          413: R[413],
          415: R[415],
          422: R[422],
          500: R[500],
        },
      },
    },
  };
}
