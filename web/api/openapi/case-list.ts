// The OpenAPI description of GET /cases: the case list's filters, search, sort and paging; merged into
// the document by document.ts.
import { CASE_STATUSES, CASE_TYPES } from '../../../domain/types.js';
import { FILTER_LIMITS, FLAG_VALUES } from '../../../services/cases/list.js';
import { SEARCH_CANDIDATES } from '../../../services/cases/search/candidates.js';
import { R, json, ref, textSchema, withRules, type Schema } from './parts.js';
import { sortParam } from './everyday.js';

const csv = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  // An empty value (`status=`, `status=a,,b`) is no filter: the server leaves empty items out.
  schema: { type: 'array', items: { type: 'string', enum: [...values, ''] } },
  description: `${description} Empty items are left out (\`${name}=\` is no filter).`,
});
const flagParam = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string', enum: [...FLAG_VALUES] },
  description,
});

export function listCasesOperation(): Schema {
  return withRules(
    {
      operationId: 'listCases',
      tags: ['cases'],
      summary: "Cases you may see, in the desk's queue order (earliest first-response due first) or as `sort` says",
      description:
        "Contacts see their own company's cases; price approvers only cases with a released quote or a training offer; staff see all, and may filter by company.",
      parameters: [
        csv('status', CASE_STATUSES, 'Comma-separated statuses.'),
        csv('type', CASE_TYPES, 'Comma-separated types.'),
        {
          name: 'company',
          in: 'query',
          required: false,
          schema: textSchema(FILTER_LIMITS.company, { multiline: false }),
          description: 'Company id (staff only; ignored for customers). An unknown company is refused (422 `unknown_company`).',
        },
        flagParam('breached', 'Only cases whose first-response deadline was breached (true) or not (false).'),
        flagParam('open', 'Only open (true) or only closed/withdrawn (false) cases.'),
        flagParam('mine', 'Staff: only cases you hold or registered.'),
        flagParam('unassigned', 'Staff: only cases nobody owns (true), or only owned ones (false).'),
        {
          name: 'owner',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: FILTER_LIMITS.owner },
          description: 'Staff: only the cases this member of staff (their id) holds.',
        },
        {
          name: 'q',
          in: 'query',
          required: false,
          schema: textSchema(FILTER_LIMITS.q),
          description: `Full-text search (Danish and English stemming; web-search syntax: "a phrase", or, -word) over the title, description and messages — for staff also internal notes and attachment names; \`#1042\` (or \`1042\`) also matches that case number. The newest ${SEARCH_CANDIDATES} matches within the other filters are ranked (ts_rank, best first; see \`capped\`) and each item carries \`search\`.`,
        },
        sortParam,
        { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: FILTER_LIMITS.page, default: 1 } },
        { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
      ],
      responses: { 200: json(ref('CasePage'), 'One page of cases.'), 401: R[401], 422: R[422], 500: R[500] },
    },
    { company: ['unknown_company'] },
  );
}
