// Lists of cases from the read model: the desk queue (ordered by SLA due time), a company's
// ongoing and closed requests, and the API's filtered, paged list.
import { Op, type WhereOptions, type Order } from 'sequelize';
import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES } from '../domain/types.js';
import { TERMINAL_STATUSES } from '../domain/case-states.js';
import type { Person } from '../db/models/person.js';
import type { CaseRecord } from '../db/models/case-record.js';
import type { Services } from './context.js';
import { visibleCases } from './case-access.js';
import { invalid } from './errors.js';
import { issuesToFieldErrors } from '../domain/validation.js';
import { isStaff } from './people.js';

const flag = z
  .enum(['true', 'false', '1', '0', 'on', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === 'on'));
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : (Array.isArray(v) ? v : v.split(',')).map((x) => x.trim()).filter(Boolean)))
    .pipe(z.array(z.enum(values, { error: 'invalid_choice' })).optional());

export const caseFilterSchema = z.object({
  status: list(CASE_STATUSES as unknown as readonly [string, ...string[]]),
  type: list(CASE_TYPES as unknown as readonly [string, ...string[]]),
  company: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  breached: flag,
  mine: flag,
  open: flag,
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  page: z.coerce.number({ error: 'not_a_number' }).int({ error: 'not_whole' }).min(1, { error: 'too_small' }).max(100000, { error: 'too_large' }).default(1),
  pageSize: z.coerce.number({ error: 'not_a_number' }).int({ error: 'not_whole' }).min(1, { error: 'too_small' }).max(200, { error: 'too_large' }).default(50),
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
}

/** The SLA queue order: the earliest first-response due time first, then the oldest request. */
const QUEUE_ORDER: Order = [
  ['responseDueAt', 'ASC NULLS LAST'],
  ['receivedAt', 'ASC'],
  ['number', 'ASC'],
];
const NEWEST_FIRST: Order = [
  ['receivedAt', 'DESC'],
  ['number', 'DESC'],
];

export async function listCases(s: Services, person: Person, f: CaseFilter, order: 'queue' | 'newest' = 'queue'): Promise<CasePage> {
  const and: WhereOptions<CaseRecord>[] = [visibleCases(person)];
  if (f.status) and.push({ status: { [Op.in]: f.status } });
  if (f.open === true) and.push({ status: { [Op.notIn]: [...TERMINAL_STATUSES] } });
  if (f.open === false) and.push({ status: { [Op.in]: [...TERMINAL_STATUSES] } });
  if (f.type) and.push({ type: { [Op.in]: f.type } });
  if (f.company && isStaff(person)) and.push({ companyId: f.company });
  if (f.breached !== undefined) and.push({ slaBreached: f.breached });
  if (f.mine && isStaff(person)) and.push({ [Op.or]: [{ ownerId: person.id }, { registeredById: person.id }] } as WhereOptions<CaseRecord>);
  if (f.q) {
    const n = Number(f.q.replace(/^#/, ''));
    and.push({
      [Op.or]: [{ title: { [Op.iLike]: `%${f.q.replace(/[%_\\]/g, '\\$&')}%` } }, ...(Number.isSafeInteger(n) ? [{ number: n }] : [])],
    } as WhereOptions<CaseRecord>);
  }
  const where = { [Op.and]: and };
  // Counted without the joins: the list's includes are one-to-one and do not change the count.
  const [rows, count] = await Promise.all([
    s.db.models.CaseRecord.findAll({
      where,
      attributes: { exclude: ['description', 'fields'] },
      include: [
        { association: 'company', attributes: ['id', 'name'] },
        { association: 'contact', attributes: ['id', 'firstName', 'lastName', 'email'] },
      ],
      order: order === 'queue' ? QUEUE_ORDER : NEWEST_FIRST,
      limit: f.pageSize,
      offset: (f.page - 1) * f.pageSize,
    }),
    s.db.models.CaseRecord.count({ where }),
  ]);
  return { items: rows, total: count, page: f.page, pageSize: f.pageSize };
}
