// The billing export (SPEC §7): for one month, per company, every billing line of the cases closed
// in that month (billing_lines.billed_on), the company charges of the month (contact training) and
// one monthly line per active support contact beyond the included ones. Shown as a page and as CSV.
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import { monthlyContactLines, type BillingLineKind } from '../domain/billing.js';
import type { LocalDate, Locale } from '../domain/types.js';
import type { Services } from './context.js';
import { invalid } from './errors.js';
import { COMPANY_SLUG } from './companies.js';

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
  company: z.union([z.literal(''), z.string().trim().regex(COMPANY_SLUG, { error: 'unknown_company' })]),
});

const first = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

/** Reads ?month=YYYY-MM&company=<id>; the month defaults to the current month in the desk's zone. */
export async function parseBillingQuery(s: Services, raw: Record<string, unknown>): Promise<BillingQuery> {
  const month = first(raw.month).trim() || s.calendar.localDate(s.now()).slice(0, 7);
  const parsed = querySchema.safeParse({ month, company: first(raw.company).trim() });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message === 'invalid_month' ? 'invalid_month' : 'unknown_company';
    throw invalid(errors);
  }
  const companyId = parsed.data.company || null;
  if (companyId && !(await s.db.models.Company.findByPk(companyId))) throw invalid({ company: 'unknown_company' });
  return { month: parsed.data.month, companyId };
}

export interface ExportLine {
  companyId: string;
  caseNumber: number | null;
  caseTitle: string | null;
  billedOn: LocalDate;
  kind: BillingLineKind;
  minutes: number;
  amountOre: number;
  text: string;
}

export interface CompanyBilling {
  companyId: string;
  companyName: string;
  activeContacts: number;
  lines: ExportLine[];
  subtotalOre: number;
}

export interface BillingMonth {
  month: string;
  companyId: string | null;
  companies: CompanyBilling[];
  lineCount: number;
  totalOre: number;
}

export async function billingMonth(s: Services, query: BillingQuery, locale: Locale): Promise<BillingMonth> {
  const { from, to } = monthBounds(query.month);
  const replacements = { from, to, companyId: query.companyId };
  const onlyCompany = (column: string) => (query.companyId ? `AND ${column} = :companyId` : '');
  const select = <T extends object>(sql: string) => s.db.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });

  const [caseLines, charges, companies] = await Promise.all([
    select<{
      company_id: string;
      case_number: number;
      title: string;
      billed_on: string;
      kind: BillingLineKind;
      minutes: number;
      amount_ore: string;
      text: string;
    }>(
      `SELECT bl.company_id, bl.case_number, c.title, to_char(bl.billed_on, 'YYYY-MM-DD') AS billed_on, bl.kind, bl.minutes, bl.amount_ore, bl.text
         FROM billing_lines bl JOIN cases c ON c.number = bl.case_number
        WHERE bl.billed_on >= CAST(:from AS date) AND bl.billed_on < CAST(:to AS date) ${onlyCompany('bl.company_id')}
        ORDER BY bl.case_number, bl.line_no`,
    ),
    select<{ company_id: string; billed_on: string; kind: BillingLineKind; minutes: number; amount_ore: string; text: string }>(
      `SELECT company_id, to_char(billed_on, 'YYYY-MM-DD') AS billed_on, kind, minutes, amount_ore, text
         FROM company_charges
        WHERE billed_on >= CAST(:from AS date) AND billed_on < CAST(:to AS date) ${onlyCompany('company_id')}
        ORDER BY billed_on, id`,
    ),
    select<{ id: string; name: string; contacts: number }>(
      `SELECT co.id, co.name, (SELECT count(*)::int FROM people p WHERE p.company_id = co.id AND p.role = 'contact' AND p.active) AS contacts
         FROM companies co WHERE true ${onlyCompany('co.id')} ORDER BY co.name, co.id`,
    ),
  ]);
  const prices = s.terms().prices;

  const result: CompanyBilling[] = [];
  for (const company of companies) {
    const lines: ExportLine[] = [
      ...caseLines
        .filter((l) => l.company_id === company.id)
        .map((l) => ({
          companyId: company.id,
          caseNumber: l.case_number,
          caseTitle: l.title,
          billedOn: l.billed_on,
          kind: l.kind,
          minutes: l.minutes,
          amountOre: Number(l.amount_ore),
          text: l.text,
        })),
      ...charges
        .filter((c) => c.company_id === company.id)
        .map((c) => ({
          companyId: company.id,
          caseNumber: null,
          caseTitle: null,
          billedOn: c.billed_on,
          kind: c.kind,
          minutes: c.minutes,
          amountOre: Number(c.amount_ore),
          text: c.text,
        })),
      ...monthlyContactLines({ contacts: company.contacts, month: query.month, prices, locale }).map((l) => ({
        companyId: company.id,
        caseNumber: null,
        caseTitle: null,
        billedOn: from,
        kind: l.kind,
        minutes: l.minutes,
        amountOre: l.amountOre,
        text: l.text,
      })),
    ];
    if (lines.length === 0 && query.companyId === null) continue;
    result.push({
      companyId: company.id,
      companyName: company.name,
      activeContacts: company.contacts,
      lines,
      subtotalOre: lines.reduce((n, l) => n + l.amountOre, 0),
    });
  }
  return {
    month: query.month,
    companyId: query.companyId,
    companies: result,
    lineCount: result.reduce((n, c) => n + c.lines.length, 0),
    totalOre: result.reduce((n, c) => n + c.subtotalOre, 0),
  };
}
