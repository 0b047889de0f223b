// The OpenAPI parts of personal data (docs/personal-data.md): a person's export and erasure, desk managers only.
import { POSTED_ERRORS, R, bool, int, json, obj, str, withRules, type Schema } from './parts.js';
import { idempotent } from './tokens.js';

const id = { name: 'id', in: 'path', required: true, schema: int, description: 'The person’s id.' };
const numbers: Schema = { type: 'array', items: int };

export function privacySchemas(): Record<string, Schema> {
  return {
    Erasure: obj({
      id: int,
      name: { ...str, description: 'What the person is called now: "Slettet person #<id>".' },
      erased: bool,
      alreadyErased: bool,
      casesCleared: { ...numbers, description: 'Closed cases the person filed: every text and file removed, their Temporal history unreadable.' },
      casesTouched: { ...numbers, description: 'Other cases the person wrote in or was named in: their texts removed, their name and address replaced.' },
    }),
    ErasureRefused: obj({
      error: str,
      openCases: { ...numbers, description: 'The open cases the person is still the support contact of.' },
      moveOpenCasesTo: { type: 'array', items: obj({ id: int, name: str }), description: 'The support contacts those cases may move to (`moveOpenCasesTo`).' },
    }),
  };
}

export function privacyPaths(): Record<string, Schema> {
  return {
    '/people/{id}/export': {
      get: {
        operationId: 'exportPerson',
        tags: ['people'],
        summary: 'Desk manager: everything the product holds about a person, as a zip of JSON files and their files',
        parameters: [id],
        responses: {
          200: {
            description: 'person.json, sign-ins.json, cases.json, messages.json, attachments/, mails/ (raw mails they sent), mails-sent.json, audit.json.',
            content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
          },
          401: R[401],
          403: R[403],
          404: R[404],
          500: R[500],
        },
      },
    },
    '/people/{id}/erase': {
      post: idempotent(
        withRules(
          {
            operationId: 'erasePerson',
            tags: ['people'],
            summary: 'Desk manager: erase (anonymise) a customer person; their texts leave every case, sign-in becomes impossible',
            description:
              'Refused (409) while the person is the support contact of open cases, unless `moveOpenCasesTo` names another active support contact of their company: the cases move there first. Staff accounts are refused (409): deactivate them instead. Erasing an erased person again answers 200 with `alreadyErased`.',
            parameters: [id],
            requestBody: {
              required: false,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      moveOpenCasesTo: {
                        type: 'integer',
                        minimum: 1,
                        maximum: 2_147_483_647,
                        description: 'An active support contact of the same company (the `moveOpenCasesTo` of a 409).',
                      },
                    },
                    additionalProperties: false,
                  },
                },
              },
            },
            responses: {
              200: json({ $ref: '#/components/schemas/Erasure' }, 'Erased.'),
              404: R[404],
              409: json({ $ref: '#/components/schemas/ErasureRefused' }, 'Refused: open cases (or a staff account).'),
              ...POSTED_ERRORS,
            },
          },
          { moveOpenCasesTo: ['invalid_choice'] },
        ),
      ),
    },
  };
}
