// The gapless invoice number series (SPEC §7, bookkeeping law: consecutive numbers, none skipped, none
// used twice). The next number lives in one counter row, locked FOR UPDATE by the transaction that writes
// the invoice: it commits the invoice and the advanced counter together or neither. A sequence would not
// do — a rolled-back transaction would burn its number and leave a gap.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../../context.js';

export const SERIES = 'invoices';

/**
 * Locks the series for this transaction and returns the number the next invoice takes. The row is made
 * on first use from the configured first number. Concurrent callers queue on the lock, so an invoice
 * checked for after this call (by company and month) cannot be written by another transaction meanwhile.
 */
export async function lockSeries(s: Services, transaction: Transaction): Promise<number> {
  await s.db.sequelize.query('INSERT INTO invoice_series (series, next_number) VALUES (:series, :first) ON CONFLICT (series) DO NOTHING', {
    transaction,
    replacements: { series: SERIES, first: s.billingIdentity().firstInvoiceNumber },
  });
  const [row] = await s.db.sequelize.query<{ next_number: string }>('SELECT next_number FROM invoice_series WHERE series = :series FOR UPDATE', {
    type: QueryTypes.SELECT,
    transaction,
    replacements: { series: SERIES },
  });
  return Number(row!.next_number);
}

/** Advances the series past `number`, the number just written (hold the lock from lockSeries). */
export async function advanceSeries(s: Services, number: number, transaction: Transaction): Promise<void> {
  await s.db.sequelize.query('UPDATE invoice_series SET next_number = :next WHERE series = :series AND next_number = :number', {
    transaction,
    replacements: { series: SERIES, number, next: number + 1 },
  });
}
