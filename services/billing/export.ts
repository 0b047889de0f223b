// The billing export (SPEC §7): for one month, per company, every billing line of the cases closed
// in that month (billing_lines.billed_on, corrections included), the company charges of the month
// (contact training) and the monthly fee of the support contacts active in it beyond the included
// ones — as frozen when the company's month was exported (locked), else as it stands. Page, CSV, JSON.
import { z } from 'zod';
import type { LocalDate, Locale } from '../../domain/types.js';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import { COMPANY_SLUG } from '../companies/companies.js';
import { liveMonths, type CompanyMonth } from './lines.js';
import { lockable, lockedMonths } from './locks.js';

export const MONTH = /^(20\d\d|2[1-9]\d\d)-(0[1-9]|1[0-2])$/;

export interface BillingQuery {
  month: string;
  companyId: string | null;
}

/** First day of the month and first day of the next, both local dates. */
export function monthBounds(month: string): { from: LocalDate; to: LocalDate } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

const querySchema = z.object({
  month: z.string().trim().regex(MONTH, { error: 'invalid_month' }),
  company: z.union([z.literal(''), z.string().regex(COMPANY_SLUG, { error: 'unknown_company' })]),
});

const first = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

/** Reads ?month=YYYY-MM&company=<id>; the month defaults to the current month in the desk's zone. */
export async function parseBillingQuery(s: Services, raw: Record<string, unknown>): Promise<BillingQuery> {
  const month = first(raw.month).trim() || s.calendar.localDate(s.now()).slice(0, 7);
  const parsed = querySchema.safeParse({ month, company: first(raw.company) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message === 'invalid_month' ? 'invalid_month' : 'unknown_company';
    throw invalid(errors);
  }
  const companyId = parsed.data.company || null;
  if (companyId && !(await s.db.models.Company.findByPk(companyId))) throw invalid({ company: 'unknown_company' });
  return { month: parsed.data.month, companyId };
}

export type { ExportLine, LineReference } from './lines.js';

export interface CompanyBilling extends CompanyMonth {
  subtotalOre: number;
  /** When and by whom the company's month was exported (locked); null while it is open. */
  locked: { at: string; by: string | null } | null;
}

export interface BillingMonth {
  month: string;
  companyId: string | null;
  companies: CompanyBilling[];
  lineCount: number;
  totalOre: number;
  /** Every company in view has exported (locked) the month. */
  locked: boolean;
  /** The month may be exported now (up to the current month). */
  lockable: boolean;
}

/** The month per company: as exported when it is locked, as it stands now when it is open. */
export async function billingMonth(s: Services, query: BillingQuery, locale: Locale): Promise<BillingMonth> {
  const companies = await s.db.models.Company.findAll({
    where: query.companyId ? { id: query.companyId } : {},
    attributes: ['id', 'name'],
    order: [
      ['name', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  const frozen = await lockedMonths(s, query.month, query.companyId);
  const live = await liveMonths(
    s,
    companies.filter((c) => !frozen.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    query.month,
    locale,
  );
  const liveById = new Map(live.map((m) => [m.companyId, m]));
  const result: CompanyBilling[] = [];
  for (const company of companies) {
    const locked = frozen.get(company.id);
    const month = locked ?? liveById.get(company.id)!;
    if (month.lines.length === 0 && query.companyId === null) continue;
    result.push({
      companyId: month.companyId,
      companyName: month.companyName,
      activeContacts: month.activeContacts,
      lines: month.lines,
      subtotalOre: month.lines.reduce((n, l) => n + l.amountOre, 0),
      locked: locked ? { at: locked.lockedAt, by: locked.lockedBy } : null,
    });
  }
  // A frozen month keeps the name it was exported under: order by that, as the file did.
  result.sort((a, b) => a.companyName.localeCompare(b.companyName, 'da') || a.companyId.localeCompare(b.companyId));
  return {
    month: query.month,
    companyId: query.companyId,
    companies: result,
    lineCount: result.reduce((n, c) => n + c.lines.length, 0),
    totalOre: result.reduce((n, c) => n + c.subtotalOre, 0),
    locked: companies.length > 0 && companies.every((c) => frozen.has(c.id)),
    lockable: lockable(s, query.month),
  };
}
