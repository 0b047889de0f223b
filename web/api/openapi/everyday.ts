// The OpenAPI parts of the everyday tools: finding a caller (GET /contacts), the satisfaction figures
// (GET /satisfaction), followers and the rating on the case document, the case's ETag (its version and
// representation; If-Match on every write on a case is added by complete.ts), and the list's sort.
import { CASE_SORTS } from '../../../services/cases/list.js';
import { LOOKUP_LIMIT, LOOKUP_QUERY_MAX } from '../../../services/people/contact-lookup.js';
import { RATED_CASES } from '../../../services/cases/satisfaction/report.js';
import { R, dateTime, int, json, nullable, obj, ref, str, textSchema, withRules, type Schema } from './parts.js';
import { day } from './competence.js';

const date: Schema = { type: 'string', format: 'date', description: 'A day in the desk’s time zone, YYYY-MM-DD.' };
const average: Schema = { ...nullable({ type: 'number', minimum: 1, maximum: 5 }), description: 'The average score (two decimals); null without ratings.' };
const agent = nullable(obj({ id: int, name: str }));

export function everydaySchemas(): Record<string, Schema> {
  return {
    FoundContact: obj({
      email: { type: 'string', format: 'email' },
      firstName: str,
      lastName: str,
      phone: nullable(str),
      company: obj({ slug: str, name: str }),
    }),
    Follower: obj({ email: { type: 'string', format: 'email' }, name: str }),
    Rating: obj({
      score: { type: 'integer', minimum: 1, maximum: 5 },
      comment: nullable(str),
      at: dateTime,
      by: { type: 'string', description: 'Who rated.' },
    }),
    Satisfaction: obj({
      from: date,
      to: date,
      responses: { type: 'integer', minimum: 0, description: 'Ratings given in the period.' },
      average,
      byWeek: { type: 'array', items: obj({ week: { ...date, description: "The ISO week's Monday." }, responses: int, average }) },
      byAgent: {
        type: 'array',
        items: obj({ agent: { ...agent, description: 'Who held the case when it was rated; null: unassigned.' }, responses: int, average: { type: 'number' } }),
      },
      byScore: { type: 'array', items: int, minItems: 5, maxItems: 5, description: 'How many ratings gave 1, 2, 3, 4 and 5.' },
      cases: {
        type: 'array',
        description: `The rated cases, newest first (at most ${RATED_CASES}).`,
        items: obj({ number: int, title: str, score: int, comment: nullable(str), at: dateTime, agent }),
      },
    }),
  };
}

/** The properties the case document adds. */
export function everydayCaseProperties(): Record<string, Schema> {
  return {
    followers: { type: 'array', items: ref('Follower'), description: "Colleagues of the company who get the case's mails (add-follower, remove-follower)." },
    rating: { ...nullable(ref('Rating')), description: "The contact's rating of the answer (`rate`, once); null until given." },
    version: {
      type: 'integer',
      description: "The case's version (the first part of its ETag). A decision with `If-Match` naming an older version is 412 and nothing is applied.",
    },
  };
}

export const sortParam = {
  name: 'sort',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: [...CASE_SORTS] },
  description:
    "The order: `due` (the desk's queue order, the default: first-response due time, then the desk's own cases before those waiting on the customer, each by its next deadline), `received`, `company`, `owner`, `status` (along the life of a case), `type`, or `next` (the desk's next step: whose move it is, then the step, then its deadline); `-` first for the other way. A search (`q`) is ranked instead.",
};

export function everydayPaths(): Record<string, Schema> {
  return {
    '/contacts': {
      get: {
        operationId: 'findContacts',
        tags: ['people'],
        summary: 'Staff: find a caller among the active support contacts',
        description: `Every word must match the name, e-mail, phone (digits, spaces and a country code ignored) or company name. At most ${LOOKUP_LIMIT}, by name.`,
        parameters: [{ name: 'q', in: 'query', required: false, schema: textSchema(LOOKUP_QUERY_MAX, { multiline: false }) }],
        responses: { 200: json({ type: 'array', items: ref('FoundContact') }, 'The contacts found.'), 401: R[401], 403: R[403], 422: R[422], 500: R[500] },
      },
    },
    '/satisfaction': {
      get: withRules(
        {
          operationId: 'satisfaction',
          tags: ['satisfaction'],
          summary: 'Staff: the ratings given in a period, per week and per agent',
          description:
            'Both days are included (the desk’s time zone, 1900-01-01 to 2999-12-31). Without `from` and `to`, the last twelve months up to today; with one of them, a year from or up to it. `to` may not be before `from`, and the period may be at most three years.',
          parameters: [
            { name: 'from', in: 'query', required: false, schema: day },
            { name: 'to', in: 'query', required: false, schema: day },
          ],
          responses: { 200: json(ref('Satisfaction'), 'The figures.'), 401: R[401], 403: R[403], 422: R[422], 500: R[500] },
        },
        { to: ['period_reversed', 'period_too_long'] },
      ),
    },
  };
}

/** The case document's ETag (web/api/versions.ts). */
export const CASE_ETAG_HEADER = {
  ETag: {
    schema: { type: 'string' },
    description:
      'A strong ETag `"<version>-<digest>"`: the case\'s `version` and a digest of this representation. `If-None-Match` with it is 304 while the representation is unchanged; `If-Match` with it on a decision or a message compares the version only (412 when the case moved on, nothing applied).',
  },
};

/** GET /cases/{number}: the case, with its ETag. */
export const getCaseOperation = (numberParam: Schema): Schema => ({
  operationId: 'getCase',
  tags: ['cases'],
  summary: 'One case with its timeline, billing lines and the actions you may take',
  parameters: [numberParam],
  responses: {
    200: { ...json(ref('Case'), 'The case.'), headers: CASE_ETAG_HEADER },
    401: R[401],
    404: R[404],
    500: R[500],
  },
});
