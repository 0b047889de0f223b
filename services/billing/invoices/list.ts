// Reading invoices: the list of a month or of a company with each invoice's status (made; sent once its
// mail has left the outbox), one invoice as issued, and who may read it — desk managers every invoice, a
// company's approvers (price approvers and support contacts holding the approval right) their company's;
// anyone else is told it does not exist.
import { QueryTypes } from 'sequelize';
import type { InvoiceDocument } from '../../../domain/invoices/document.js';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { notFound } from '../../errors.js';
import { actorOf } from '../../people/people.js';
import { invoiceMailKey } from './mail.js';

export type InvoiceStatus = 'made' | 'sent';

export interface InvoiceSummary {
  number: number;
  companyId: string;
  companyName: string;
  month: string;
  issueDate: string;
  dueDate: string;
  locale: string;
  totalExVatOre: number;
  vatOre: number;
  totalOre: number;
  status: InvoiceStatus;
  /** Where the invoice mail goes (null: the company had no invoice e-mail when it was made). */
  mailedTo: string | null;
  sentAt: Date | null;
}

interface Row {
  number: string;
  company_id: string;
  company_name: string;
  month: string;
  issue_date: string;
  due_date: string;
  locale: string;
  total_ex_vat_ore: string;
  vat_ore: string;
  total_ore: string;
  mailed_to: string | null;
  sent_at: Date | null;
}

const SELECT = `
  SELECT i.number, i.company_id, i.document->'buyer'->>'name' AS company_name, i.month,
         to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.locale,
         i.total_ex_vat_ore, i.vat_ore, i.total_ore, n.email AS mailed_to, n.sent_at
    FROM invoices i LEFT JOIN notifications n ON n.dedupe_key = '${invoiceMailKey('')}' || i.number::text`;

const summaryOf = (r: Row): InvoiceSummary => ({
  number: Number(r.number),
  companyId: r.company_id,
  companyName: r.company_name,
  month: r.month,
  issueDate: r.issue_date,
  dueDate: r.due_date,
  locale: r.locale,
  totalExVatOre: Number(r.total_ex_vat_ore),
  vatOre: Number(r.vat_ore),
  totalOre: Number(r.total_ore),
  status: r.sent_at ? 'sent' : 'made',
  mailedTo: r.mailed_to,
  sentAt: r.sent_at ? new Date(r.sent_at) : null,
});

/** Invoices by number, of one month and/or one company. */
export async function listInvoices(s: Services, filter: { month?: string; companyId?: string }): Promise<InvoiceSummary[]> {
  const rows = await s.db.sequelize.query<Row>(
    `${SELECT} WHERE (CAST(:month AS text) IS NULL OR i.month = :month) AND (CAST(:companyId AS text) IS NULL OR i.company_id = :companyId)
      ORDER BY i.number`,
    { type: QueryTypes.SELECT, replacements: { month: filter.month ?? null, companyId: filter.companyId ?? null } },
  );
  return rows.map(summaryOf);
}

/** Whether a person may read a company's invoices: desk managers, and the company's approvers. */
export function mayReadInvoicesOf(person: Person, companyId: string): boolean {
  if (person.role === 'manager') return true;
  return person.companyId === companyId && actorOf(person).canApprove;
}

export interface Invoice extends InvoiceSummary {
  document: InvoiceDocument;
}

/** One invoice, if `person` may read it (404 otherwise, also for a number that is not a number). */
export async function findInvoice(s: Services, person: Person, number: number): Promise<Invoice> {
  if (!Number.isSafeInteger(number) || number <= 0) throw notFound();
  const [row] = await s.db.sequelize.query<Row & { document: InvoiceDocument }>(`${SELECT.replace('SELECT', 'SELECT i.document,')} WHERE i.number = :number`, {
    type: QueryTypes.SELECT,
    replacements: { number },
  });
  if (!row || !mayReadInvoicesOf(person, row.company_id)) throw notFound();
  return { ...summaryOf(row), document: row.document };
}

/** Whether a case is billed on one of the company's invoices (its approvers may then open it). */
export async function caseOnCompanyInvoice(s: Services, companyId: string, caseNumber: number): Promise<boolean> {
  const rows = await s.db.sequelize.query(`SELECT 1 FROM invoices WHERE company_id = :companyId AND document->'lines' @> CAST(:probe AS jsonb) LIMIT 1`, {
    type: QueryTypes.SELECT,
    replacements: { companyId, probe: JSON.stringify([{ caseNumber }]) },
  });
  return rows.length > 0;
}

/** Invoiced amounts per month (excluding VAT, and in total), the latest `months` months that have invoices. */
export async function invoicedPerMonth(s: Services, months = 12): Promise<{ month: string; invoices: number; totalExVatOre: number; totalOre: number }[]> {
  const rows = await s.db.sequelize.query<{ month: string; invoices: number; ex: string; total: string }>(
    `SELECT month, count(*)::int AS invoices, sum(total_ex_vat_ore) AS ex, sum(total_ore) AS total FROM invoices
      GROUP BY month ORDER BY month DESC LIMIT :months`,
    { type: QueryTypes.SELECT, replacements: { months } },
  );
  return rows.reverse().map((r) => ({ month: r.month, invoices: r.invoices, totalExVatOre: Number(r.ex), totalOre: Number(r.total) }));
}
