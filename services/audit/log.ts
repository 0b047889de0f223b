// Reading the audit log (issue 11 item 7): the manager's page lists the changes, newest first,
// filtered by what changed, who changed it and a date range (in the desk's time zone), and exports
// the same selection as CSV.
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import type { Services } from '../context.js';
import { AUDIT_ENTITIES, type AuditEntity } from './record.js';
import { isCalendarDate, parseForm } from '../companies/admin-forms.js';
import { textCell } from '../billing/csv.js';

export const AUDIT_PAGE_SIZE = 100;
/** The most rows one CSV export holds. */
export const AUDIT_CSV_LIMIT = 50_000;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : '');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(text, z.union([z.literal('').transform(() => null), schema]));
const date = z.string().refine(isCalendarDate, { error: 'invalid_date' });

const filterSchema = z
  .object({
    entity: optional(z.enum(AUDIT_ENTITIES, { error: 'invalid_choice' })),
    entityId: optional(z.string().max(60, { error: 'too_long' })),
    actor: optional(
      z
        .string()
        .regex(/^\d{1,9}$/, { error: 'invalid_choice' })
        .transform(Number),
    ),
    from: optional(date),
    to: optional(date),
    page: z.preprocess(text, z.union([z.literal('').transform(() => 1), z.coerce.number().int().min(1).max(100_000)])),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'valid_to_before_from', path: ['to'] });

export type AuditFilter = z.output<typeof filterSchema>;

/** Reads the page's query; throws an `invalid` refusal naming each bad field. */
export function parseAuditFilter(raw: Record<string, unknown>): AuditFilter {
  return parseForm(filterSchema, raw);
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  entity: AuditEntity;
  entityId: string;
  /** What the entry is about in words: the person's or company's name, else its id. */
  subject: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: FieldChange[];
}

/** The order fields are listed in (PostgreSQL's jsonb keeps its own key order); others follow alphabetically. */
const FIELD_ORDER = [
  'name',
  'firstName',
  'lastName',
  'email',
  'role',
  'companyId',
  'canApprove',
  'active',
  'locale',
  'solutionType',
  'firstTrainingDay',
  'kind',
  'validFrom',
  'validTo',
  'trainingBilledOre',
  'month',
  'lines',
  'totalOre',
];
const rankOf = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

/** The fields whose value differs between before and after, in a stable, readable order. */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
  return keys
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

interface Row {
  id: string;
  at: Date;
  actor_id: number | null;
  actor_name: string;
  entity: AuditEntity;
  entity_id: string;
  subject: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function whereOf(s: Services, f: AuditFilter): { sql: string; replacements: Record<string, unknown> } {
  const conditions: [string, string, unknown][] = [
    ['a.entity = :entity', 'entity', f.entity],
    ['a.entity_id = :entityId', 'entityId', f.entityId],
    ['a.actor_id = :actor', 'actor', f.actor],
    // Dates are the desk's local days; PostgreSQL turns them into instants in its zone, `to` inclusive.
    ['a.at >= (CAST(:from AS timestamp) AT TIME ZONE :zone)', 'from', f.from],
    ['a.at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :zone)', 'to', f.to],
  ];
  const used = conditions.filter(([, , value]) => value !== null);
  const replacements: Record<string, unknown> = { zone: s.calendarConfig().timeZone };
  for (const [, name, value] of used) replacements[name] = value;
  return { sql: used.length ? `WHERE ${used.map(([sql]) => sql).join(' AND ')}` : '', replacements };
}

async function select(s: Services, f: AuditFilter, limit: number, offset: number): Promise<AuditEntry[]> {
  const where = whereOf(s, f);
  const rows = await s.db.sequelize.query<Row>(
    `SELECT a.id, a.at, a.actor_id, a.actor_name, a.entity, a.entity_id, a.action, a.before, a.after,
            coalesce(p.first_name || ' ' || p.last_name, co.name, ac.name) AS subject
       FROM audit_log a
       LEFT JOIN people p ON a.entity IN ('person', 'staff') AND p.id::text = a.entity_id
       LEFT JOIN companies co ON a.entity = 'company' AND co.id = a.entity_id
       LEFT JOIN companies ac ON a.entity IN ('agreement', 'billing') AND ac.id = coalesce(a.after, a.before) ->> 'companyId'
       ${where.sql}
      ORDER BY a.at DESC, a.id DESC
      LIMIT :limit OFFSET :offset`,
    { type: QueryTypes.SELECT, replacements: { ...where.replacements, limit, offset } },
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    actorId: r.actor_id,
    actorName: r.actor_name,
    entity: r.entity,
    entityId: r.entity_id,
    subject: r.subject ?? r.entity_id,
    action: r.action,
    before: r.before,
    after: r.after,
    changes: fieldChanges(r.before, r.after),
  }));
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pages: number;
}

export async function listAudit(s: Services, f: AuditFilter): Promise<AuditPage> {
  const where = whereOf(s, f);
  const [items, [count]] = await Promise.all([
    select(s, f, AUDIT_PAGE_SIZE, (f.page - 1) * AUDIT_PAGE_SIZE),
    s.db.sequelize.query<{ total: number }>(`SELECT count(*)::int AS total FROM audit_log a ${where.sql}`, {
      type: QueryTypes.SELECT,
      replacements: where.replacements,
    }),
  ]);
  return { items, total: count.total, page: f.page, pages: Math.max(1, Math.ceil(count.total / AUDIT_PAGE_SIZE)) };
}

const CSV_HEADER = ['at', 'actor_id', 'actor', 'entity', 'entity_id', 'subject', 'action', 'before', 'after'] as const;

/** The selection as CSV (semicolons, UTF-8 with BOM, CRLF, like the billing export); before/after as JSON. */
export async function auditCsv(s: Services, f: AuditFilter): Promise<string> {
  const entries = await select(s, f, AUDIT_CSV_LIMIT, 0);
  const json = (v: unknown) => (v === null ? '' : textCell(JSON.stringify(v)));
  const rows = entries.map((e) =>
    [
      e.at.toISOString(),
      e.actorId === null ? '' : String(e.actorId),
      textCell(e.actorName),
      e.entity,
      textCell(e.entityId),
      textCell(e.subject),
      e.action,
      json(e.before),
      json(e.after),
    ].join(';'),
  );
  return `\uFEFF${[CSV_HEADER.join(';'), ...rows].join('\r\n')}\r\n`;
}
