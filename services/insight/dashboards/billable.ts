// Billable hours and amounts per company per month (issue 13 item 4): the billing lines of the cases
// closed in each of the last months and the company charges of the month (contact training), summed
// by company and month. One aggregate over both tables, each read by its (company, billed_on) index.
import { QueryTypes } from 'sequelize';
import { CHART_MONTHS, lastMonths } from '../../../domain/dashboards.js';
import type { LocalDate } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';
import { monthBounds } from '../../billing/export.js';

export interface CompanyMonths {
  companyId: string;
  companyName: string;
  /** Per month of `months`: billed minutes and amount in øre. */
  minutes: number[];
  amountOre: number[];
  totalOre: number;
}

export interface BillableMonths {
  months: string[];
  companies: CompanyMonths[];
}

export async function billableMonths(s: Services, companyId: string | null, today: LocalDate): Promise<BillableMonths> {
  const months = lastMonths(today, CHART_MONTHS);
  const from = monthBounds(months[0]).from;
  const until = monthBounds(months[months.length - 1]).to;
  const lines = (table: string) =>
    `SELECT company_id, billed_on, minutes, amount_ore FROM ${table}
      WHERE billed_on >= CAST(:from AS date) AND billed_on < CAST(:until AS date) ${onlyCompany(companyId, 'company_id')}`;
  const rows = await s.db.sequelize.query<{ company_id: string; name: string; month: string; minutes: string; amount: string }>(
    `SELECT l.company_id, co.name, to_char(l.billed_on, 'YYYY-MM') AS month, sum(l.minutes) AS minutes, sum(l.amount_ore) AS amount
       FROM (${lines('billing_lines')} UNION ALL ${lines('company_charges')}) l
       JOIN companies co ON co.id = l.company_id
      GROUP BY 1, 2, 3`,
    { type: QueryTypes.SELECT, replacements: { from, until, companyId } },
  );
  const companies = new Map<string, CompanyMonths>();
  for (const r of rows) {
    const c = companies.get(r.company_id) ?? {
      companyId: r.company_id,
      companyName: r.name,
      minutes: months.map(() => 0),
      amountOre: months.map(() => 0),
      totalOre: 0,
    };
    const i = months.indexOf(r.month);
    c.minutes[i] += Number(r.minutes);
    c.amountOre[i] += Number(r.amount);
    c.totalOre += Number(r.amount);
    companies.set(r.company_id, c);
  }
  // The biggest first: the chart stacks them in this order.
  return { months, companies: [...companies.values()].sort((a, b) => b.totalOre - a.totalOre || a.companyName.localeCompare(b.companyName)) };
}
