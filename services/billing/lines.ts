// A company's billing month as it stands (SPEC §7): the case lines billed in it (corrections included,
// with the line each corrects), the company charges, the monthly fee of the support contacts active on
// any day of it beyond the included ones, and the corrections of earlier locked months whose contact fee
// changed after they were exported (billed here, in the first open month after them).
import { QueryTypes } from 'sequelize';
import {
  activeContacts,
  contactFeeCorrection,
  contactFeeLines,
  firstOpenMonth,
  monthDays,
  shiftMonth,
  type ContactPeriod,
} from '../../domain/billing-months.js';
import type { BillingLineKind } from '../../domain/billing.js';
import type { LocalDate, Locale } from '../../domain/types.js';
import type { Services } from '../context.js';

export interface LineReference {
  month: string;
  caseNumber: number | null;
  kind: string;
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
  /** The line a correction corrects (its month, case and kind); null for every other line. */
  corrects: LineReference | null;
}

/** One company's month: frozen like this when it is exported (billing_locks.document). */
export interface CompanyMonth {
  companyId: string;
  companyName: string;
  /** Support contacts active on any day of the month. */
  activeContacts: number;
  lines: ExportLine[];
}

const select = <T extends object>(s: Services, sql: string, replacements: Record<string, unknown>) =>
  s.db.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });

/** The support-contact periods overlapping the month, by company. */
async function contactPeriods(s: Services, companyIds: string[], month: string): Promise<Map<string, ContactPeriod[]>> {
  const { first, last } = monthDays(month);
  const rows = await select<ContactPeriod & { companyId: string }>(
    s,
    `SELECT e.company_id AS "companyId", e.person_id AS "personId", trim(p.first_name || ' ' || p.last_name) AS name,
            to_char(e.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(e.valid_to, 'YYYY-MM-DD') AS "validTo"
       FROM person_periods_effective e JOIN people p ON p.id = e.person_id
      WHERE e.kind = 'contact' AND e.company_id IN (:companyIds) AND e.valid_from <= CAST(:last AS date) AND (e.valid_to IS NULL OR e.valid_to >= CAST(:first AS date))`,
    { companyIds, first, last },
  );
  const by = new Map<string, ContactPeriod[]>();
  for (const r of rows) by.set(r.companyId, [...(by.get(r.companyId) ?? []), r]);
  return by;
}

interface CaseLineRow {
  company_id: string;
  case_number: number;
  title: string;
  billed_on: string;
  kind: BillingLineKind;
  minutes: number;
  amount_ore: string;
  text: string;
  corrects_case: number | null;
  corrects_month: string | null;
  corrects_kind: string | null;
}

/** The open (not exported) months of the companies, as they stand now. */
export async function liveMonths(s: Services, companies: { id: string; name: string }[], month: string, locale: Locale): Promise<CompanyMonth[]> {
  if (companies.length === 0) return [];
  const ids = companies.map((c) => c.id);
  const { first, last } = monthDays(month);
  const next = `${shiftMonth(month, 1)}-01`;
  const prices = s.terms().prices;
  const [caseLines, charges, periods, corrections] = await Promise.all([
    select<CaseLineRow>(
      s,
      `SELECT bl.company_id, bl.case_number, c.title, to_char(bl.billed_on, 'YYYY-MM-DD') AS billed_on, bl.kind, bl.minutes, bl.amount_ore, bl.text,
              o.case_number AS corrects_case, to_char(o.billed_on, 'YYYY-MM') AS corrects_month, o.kind AS corrects_kind
         FROM billing_lines bl JOIN cases c ON c.number = bl.case_number LEFT JOIN billing_lines o ON o.id = bl.corrects_id
        WHERE bl.billed_on >= CAST(:first AS date) AND bl.billed_on < CAST(:next AS date) AND bl.company_id IN (:ids)
        ORDER BY bl.case_number, bl.line_no`,
      { first, next, ids },
    ),
    select<{ company_id: string; billed_on: string; kind: BillingLineKind; minutes: number; amount_ore: string; text: string }>(
      s,
      `SELECT company_id, to_char(billed_on, 'YYYY-MM-DD') AS billed_on, kind, minutes, amount_ore, text
         FROM company_charges WHERE billed_on >= CAST(:first AS date) AND billed_on <= CAST(:last AS date) AND company_id IN (:ids)
        ORDER BY billed_on, id`,
      { first, last, ids },
    ),
    contactPeriods(s, ids, month),
    feeCorrections(s, ids, month, locale),
  ]);
  return companies.map((company) => {
    const mine = periods.get(company.id) ?? [];
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
          corrects: l.corrects_month ? { month: l.corrects_month, caseNumber: l.corrects_case, kind: l.corrects_kind ?? '' } : null,
        })),
      ...charges
        .filter((c) => c.company_id === company.id)
        .map((c) => ({ ...companyLine(company.id, c.billed_on), kind: c.kind, minutes: c.minutes, amountOre: Number(c.amount_ore), text: c.text })),
      ...contactFeeLines({ periods: mine, month, prices, locale }).map((l) => ({ ...companyLine(company.id, first), ...l })),
      ...(corrections.get(company.id) ?? []),
    ];
    return { companyId: company.id, companyName: company.name, activeContacts: activeContacts(mine, month).length, lines };
  });
}

const companyLine = (companyId: string, billedOn: LocalDate) => ({ companyId, caseNumber: null, caseTitle: null, billedOn, corrects: null });

/**
 * Corrections of the contact fee of locked months whose first open month after them is `month`, for
 * the months whose support-contact periods changed after they were exported.
 */
async function feeCorrections(s: Services, ids: string[], month: string, locale: Locale): Promise<Map<string, ExportLine[]>> {
  const out = new Map<string, ExportLine[]>();
  const changed = await select<{ company_id: string; month: string }>(
    s,
    `SELECT bl.company_id, bl.month FROM billing_locks bl
      WHERE bl.company_id IN (:ids) AND bl.month < :month
        AND EXISTS (SELECT 1 FROM person_periods_effective e
                     WHERE e.company_id = bl.company_id AND e.kind = 'contact' AND e.changed_at > bl.locked_at
                       AND e.valid_from <= (to_date(bl.month, 'YYYY-MM') + interval '1 month' - interval '1 day')::date
                       AND (e.valid_to IS NULL OR e.valid_to >= to_date(bl.month, 'YYYY-MM')))
      ORDER BY bl.company_id, bl.month`,
    { ids, month },
  );
  if (changed.length === 0) return out;
  const docs = await select<{ company_id: string; month: string; document: CompanyMonth }>(
    s,
    'SELECT company_id, month, document FROM billing_locks WHERE company_id IN (:companies) AND month >= :from AND month < :month',
    { companies: [...new Set(changed.map((c) => c.company_id))], from: changed.reduce((m, c) => (c.month < m ? c.month : m), month), month },
  );
  const prices = s.terms().prices;
  for (const { company_id: companyId, month: locked } of changed) {
    const mine = docs.filter((d) => d.company_id === companyId);
    const lockedSet = new Set(mine.map((d) => d.month));
    if (firstOpenMonth(shiftMonth(locked, 1), (m) => lockedSet.has(m)) !== month) continue;
    const billedOre = mine
      .flatMap((d) => d.document.lines)
      .filter((l) => (l.kind === 'contact_fee' && l.billedOn.startsWith(locked)) || (l.corrects?.month === locked && l.corrects.kind === 'contact_fee'))
      .reduce((n, l) => n + l.amountOre, 0);
    const due = contactFeeLines({ periods: (await contactPeriods(s, [companyId], locked)).get(companyId) ?? [], month: locked, prices, locale });
    const line = contactFeeCorrection({ month: locked, billedOre, due, prices, locale });
    if (line)
      out.set(companyId, [
        ...(out.get(companyId) ?? []),
        { ...companyLine(companyId, `${month}-01`), ...line, corrects: { month: locked, caseNumber: null, kind: 'contact_fee' } },
      ]);
  }
  return out;
}
