// Lists of cases from the read model: the desk queue (ordered by SLA due time), a company's
// ongoing and closed requests, and the API's filtered, paged list. A search text is matched by
// full-text search (services/cases/search/search.ts) and ranks the list, best match first.
import { Op, literal, type FindOptions, type WhereOptions, type OrderItem } from 'sequelize';
import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES } from '../../domain/types.js';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import type { Person } from '../../db/models/person.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import type { Services } from '../context.js';
import { visibleCases } from './access.js';
import { invalid } from '../errors.js';
import { issuesToFieldErrors } from '../../domain/validation.js';
import { optionalText } from '../../domain/text-input.js';
import { isStaff } from '../people/people.js';
import { caseNumberOf, rankPage, searchAudience, type SearchAudience, type SearchHit } from './search/search.js';
import { searchCandidates } from './search/candidates.js';

/** How a yes/no filter may be written (a page's checkbox sends `on`). */
export const FLAG_VALUES = ['true', 'false', '1', '0', 'on', ''] as const;
/** The longest search text and company id a filter takes, in characters. */
export const FILTER_LIMITS = { q: 200, company: 60, page: 100000, owner: 2147483647 } as const;

/** A whole number in the query string, written as digits (`12`; not ` 12`, `1e1` or `0x0c`). */
const queryNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v),
    z.number({ error: 'not_a_number' }).int({ error: 'not_whole' }).min(min, { error: 'too_small' }).max(max, { error: 'too_large' }),
  );

const flag = z
  .enum(FLAG_VALUES)
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === 'on'));
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : (Array.isArray(v) ? v : v.split(',')).map((x) => x.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(values, { error: 'invalid_choice' })).optional());

/**
 * The columns a case list sorts by; `-` before a column sorts the other way. `due` is the queue's own
 * order (QUEUE_ORDER, the default); `next` the desk's next step (web/desk/next-step.ts): whose move it is,
 * then the step along the life of a case, then its deadline.
 */
export const SORT_COLUMNS = ['due', 'received', 'company', 'owner', 'status', 'type', 'next'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const CASE_SORTS = SORT_COLUMNS.flatMap((c) => [c, `-${c}`]) as unknown as readonly [string, ...string[]];

export const caseFilterSchema = z.object({
  status: list(CASE_STATUSES as unknown as readonly [string, ...string[]]),
  type: list(CASE_TYPES as unknown as readonly [string, ...string[]]),
  company: optionalText(FILTER_LIMITS.company, { multiline: false }).transform((v) => v || undefined),
  breached: flag,
  mine: flag,
  /** Staff: only cases nobody owns. */
  unassigned: flag,
  owner: queryNumber(1, FILTER_LIMITS.owner).optional(),
  open: flag,
  q: optionalText(FILTER_LIMITS.q).transform((v) => v || undefined),
  /** The list's order: by a column, `-` first for the other way; the queue's own order (`due`) by default. A search is ranked instead. */
  sort: z.enum(CASE_SORTS, { error: 'invalid_choice' }).optional(),
  page: queryNumber(1, FILTER_LIMITS.page).default(1),
  pageSize: queryNumber(1, 200).default(50),
});
export type CaseFilter = z.output<typeof caseFilterSchema>;

export function parseCaseFilter(query: unknown): CaseFilter {
  const parsed = caseFilterSchema.safeParse(query ?? {});
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error.issues));
  return parsed.data;
}

export interface CasePage {
  items: CaseRecord[];
  total: number;
  page: number;
  pageSize: number;
  /** With a full-text search: each listed case's rank, marked title and snippet (the list is ranked). */
  hits?: Map<number, SearchHit>;
  /** With a full-text search: more cases matched the words than it ranks (SEARCH_CANDIDATES, the newest); `total` counts the ranked ones. */
  capped?: boolean;
}

/** Whose move it is: the desk's own cases before those waiting on the customer (false sorts first). */
const WAITING_ON_OTHERS = literal(`"CaseRecord"."waiting_on" IS DISTINCT FROM 'desk'`);

/**
 * The SLA queue order: the earliest first-response due time first; after the unanswered ones, the
 * cases the desk holds the ball on (an accepted quote or order to start, work in progress) before those
 * waiting on the customer, each by its next deadline, then the oldest request (index cases_open_queue_next).
 */
const QUEUE_ORDER: OrderItem[] = [
  ['responseDueAt', 'ASC NULLS LAST'],
  [WAITING_ON_OTHERS, 'ASC'],
  ['nextDeadlineAt', 'ASC NULLS LAST'],
  ['receivedAt', 'ASC'],
  ['number', 'ASC'],
];
const NEWEST_FIRST: OrderItem[] = [
  ['receivedAt', 'DESC'],
  ['number', 'DESC'],
];

/** Positions in the product's own order (statuses along the life of a case, types as the forms list them), not the alphabet's. */
const position = (column: string, values: readonly string[]) =>
  literal(`array_position(ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[], "CaseRecord"."${column}")`);

/** The order of a sorted list: the column (nulls last either way), then the queue's own order. */
function sortedOrder(sort: string): OrderItem[] {
  const desc = sort.startsWith('-');
  const column = (desc ? sort.slice(1) : sort) as SortColumn;
  if (column === 'due' && !desc) return QUEUE_ORDER;
  const dir = desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
  const first: Record<SortColumn, OrderItem[]> = {
    // The other way: the deadline furthest away first (the first response's, else the next one's).
    due: [
      ['responseDueAt', dir],
      ['nextDeadlineAt', dir],
    ],
    received: [['receivedAt', dir]],
    company: [[literal('"company"."name"'), dir]],
    owner: [
      [literal('"owner"."first_name"'), dir],
      [literal('"owner"."last_name"'), dir],
    ],
    status: [[position('status', CASE_STATUSES), dir]],
    type: [[position('type', CASE_TYPES), dir]],
    next: [
      [WAITING_ON_OTHERS, desc ? 'DESC' : 'ASC'],
      [position('status', CASE_STATUSES), dir],
      [position('type', CASE_TYPES), dir],
      ['nextDeadlineAt', dir],
    ],
  };
  const tie: OrderItem[] = desc && (column === 'due' || column === 'received') ? NEWEST_FIRST : QUEUE_ORDER;
  return [...first[column], ...tie];
}

export async function listCases(s: Services, person: Person, f: CaseFilter, order: 'queue' | 'newest' = 'queue'): Promise<CasePage> {
  const staff = isStaff(person);
  const and: WhereOptions<CaseRecord>[] = [visibleCases(person)];
  if (f.status) and.push({ status: { [Op.in]: f.status } });
  if (f.open === true) and.push({ status: { [Op.notIn]: [...TERMINAL_STATUSES] } });
  if (f.open === false) and.push({ status: { [Op.in]: [...TERMINAL_STATUSES] } });
  if (f.type) and.push({ type: { [Op.in]: f.type } });
  if (f.company && staff) {
    // An unknown company is a mistake in the filter, like an unknown type: said so, not an empty list.
    if ((await s.db.models.Company.count({ where: { id: f.company } })) === 0) throw invalid({ company: 'unknown_company' });
    and.push({ companyId: f.company });
  }
  if (f.breached !== undefined) and.push({ slaBreached: f.breached });
  if (f.mine && staff) and.push({ [Op.or]: [{ ownerId: person.id }, { registeredById: person.id }] } as WhereOptions<CaseRecord>);
  if (f.unassigned !== undefined && staff) and.push({ ownerId: f.unassigned ? null : { [Op.ne]: null } });
  if (f.owner !== undefined && staff) and.push({ ownerId: f.owner });
  const audience = f.q ? searchAudience(person) : null;
  if (f.q && audience) return searchCases(s, person, f, audience, order);
  if (f.q) {
    // Price approvers see only their offers: the title is all they search.
    const n = caseNumberOf(f.q);
    and.push({
      [Op.or]: [{ title: { [Op.iLike]: `%${f.q.replace(/[%_\\]/g, '\\$&')}%` } }, ...(n === null ? [] : [{ number: n }])],
    } as WhereOptions<CaseRecord>);
  }
  const where = { [Op.and]: and };
  // Counted without the joins: the list's includes are one-to-one and do not change the count.
  const [rows, count] = await Promise.all([
    s.db.models.CaseRecord.findAll({
      where,
      ...LIST_ROW,
      order: f.sort ? sortedOrder(f.sort) : order === 'queue' ? QUEUE_ORDER : NEWEST_FIRST,
      limit: f.pageSize,
      offset: (f.page - 1) * f.pageSize,
    }),
    s.db.models.CaseRecord.count({ where }),
  ]);
  return { items: rows, total: count, page: f.page, pageSize: f.pageSize };
}

/** What a list row reads: the case without its long texts, with its company and contact. */
const LIST_ROW = {
  attributes: { exclude: ['description', 'fields'] },
  include: [
    { association: 'company', attributes: ['id', 'name'] },
    { association: 'contact', attributes: ['id', 'firstName', 'lastName', 'email'] },
    { association: 'owner', attributes: ['id', 'firstName', 'lastName'] },
  ],
} satisfies FindOptions<CaseRecord>;

/**
 * A full-text search within the list's filters: the newest matching cases (up to SEARCH_CANDIDATES,
 * a typed case number included), ranked, and one page of them with their snippets. Three queries
 * whatever the number of matches: the candidates, the ranked page, its rows.
 */
async function searchCases(s: Services, person: Person, f: CaseFilter, audience: SearchAudience, order: 'queue' | 'newest'): Promise<CasePage> {
  const q = f.q!;
  const n = caseNumberOf(q);
  const candidates = await searchCandidates(s, person, f, q, n);
  const ranked = await rankPage(s, audience, q, candidates.numbers, { order, number: n, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  const rows = ranked.numbers.length ? await s.db.models.CaseRecord.findAll({ where: { number: { [Op.in]: ranked.numbers } }, ...LIST_ROW }) : [];
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  return {
    items: ranked.numbers.flatMap((number) => byNumber.get(number) ?? []),
    total: candidates.numbers.length,
    page: f.page,
    pageSize: f.pageSize,
    hits: ranked.hits,
    capped: candidates.capped,
  };
}
