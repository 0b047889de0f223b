// Making a month's invoices (SPEC §7): one invoice per company that has locked (exported) the month and
// has lines in it. Each invoice is written in a transaction of its own that first locks the number series,
// then looks for the company's invoice of the month: a second run — or eight at once — finds it and takes
// no number, so numbers stay gapless and each company gets one invoice a month. The invoice mail is queued
// in the same transaction (exactly once: its outbox key is the invoice number). A company without a CVR or
// EAN number has no electronic address a Peppol access point can deliver to: its invoice is withheld (no
// number taken) and the run names it; once the number is added, making the month's invoices again makes it.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { conflict, invalid } from '../../errors.js';
import { billingDetailsOf } from '../../companies/billing-details.js';
import { MONTH } from '../export.js';
import { lockedMonths } from '../locks.js';
import { invoiceDocument } from './document.js';
import { advanceSeries, lockSeries } from './numbering.js';
import { queueInvoiceMail } from './mail.js';
import { listInvoices, type InvoiceSummary } from './list.js';

export function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw invalid({ month: 'invalid_month' });
}

export interface WithheldInvoice {
  company: string;
  companyName: string;
  /** What the company's billing details lack: `cvr` (neither a CVR nor an EAN number). */
  missing: 'cvr'[];
}

export interface InvoiceRun {
  /** How many invoices this run made (0 when the month's invoices existed already). */
  made: number;
  invoices: InvoiceSummary[];
  /** Companies whose invoice was not made for lack of an electronic address. */
  withheld: WithheldInvoice[];
}

export async function makeInvoices(s: Services, by: Person | null, month: string): Promise<InvoiceRun> {
  checkMonth(month);
  const locked = await lockedMonths(s, month, null);
  if (locked.size === 0) throw conflict('invoices:refusals.month_not_locked', { month });
  const ids = [...locked.entries()]
    .filter(([, m]) => m.lines.length > 0)
    .map(([id]) => id)
    .sort();
  const [companies, details] = await Promise.all([s.db.models.Company.findAll({ where: { id: ids }, attributes: ['id', 'name'] }), billingDetailsOf(s, ids)]);
  const nameOf = new Map(companies.map((c) => [c.id, c.name]));
  const issueDate = s.calendar.localDate(s.now());
  let made = 0;
  const withheld: WithheldInvoice[] = [];
  for (const id of ids) {
    made += await s.db.sequelize.transaction(async (transaction) => {
      const number = await lockSeries(s, transaction);
      const existing = await s.db.sequelize.query('SELECT 1 FROM invoices WHERE company_id = :id AND month = :month', {
        type: QueryTypes.SELECT,
        transaction,
        replacements: { id, month },
      });
      if (existing.length > 0) return 0;
      if (!details.get(id)!.cvr && !details.get(id)!.gln) {
        withheld.push({ company: id, companyName: nameOf.get(id) ?? locked.get(id)!.companyName, missing: ['cvr'] });
        return 0;
      }
      const document = invoiceDocument(s, {
        number,
        month,
        issueDate,
        company: { id, name: nameOf.get(id) ?? locked.get(id)!.companyName },
        details: details.get(id)!,
        locked: locked.get(id)!,
      });
      await s.db.sequelize.query(
        `INSERT INTO invoices (number, company_id, month, issue_date, due_date, locale, total_ex_vat_ore, vat_ore, total_ore, document, created_at, created_by_id)
         VALUES (:number, :id, :month, :issueDate, :dueDate, :locale, :totalExVatOre, :vatOre, :totalOre, CAST(:document AS jsonb), :at, :by)`,
        {
          transaction,
          replacements: {
            number,
            id,
            month,
            issueDate: document.issueDate,
            dueDate: document.dueDate,
            locale: document.locale,
            ...document.totals,
            document: JSON.stringify(document),
            at: new Date(s.now()),
            by: by?.id ?? null,
          },
        },
      );
      await advanceSeries(s, number, transaction);
      await queueInvoiceMail(s, document, transaction);
      return 1;
    });
  }
  return { made, invoices: await listInvoices(s, { month }), withheld };
}
