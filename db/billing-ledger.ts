// The billing ledger's rules of time (SPEC §7), shared by the billing activity and the desk's services:
// a company's billing is changed under one lock per company, so a month is frozen at export with every
// line written before it and none after; a line that would fall into a locked month goes to the first
// open month after it.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Database } from './connection.js';
import { billingDate, monthOf } from '../domain/billing-months.js';
import type { LocalDate } from '../domain/types.js';

/** Runs `fn` in a transaction holding the company's billing lock. */
export async function withCompanyBilling<T>(db: Database, companyId: string, fn: (t: Transaction) => Promise<T>): Promise<T> {
  return db.sequelize.transaction(async (transaction) => {
    await db.sequelize.query(`SELECT pg_advisory_xact_lock(hashtext('billing:' || :companyId))`, {
      type: QueryTypes.SELECT,
      replacements: { companyId },
      transaction,
    });
    return fn(transaction);
  });
}

/** The company's locked months from `month` on. */
export async function lockedMonthsFrom(db: Database, companyId: string, month: string, transaction?: Transaction): Promise<Set<string>> {
  const rows = await db.sequelize.query<{ month: string }>('SELECT month FROM billing_locks WHERE company_id = :companyId AND month >= :month', {
    type: QueryTypes.SELECT,
    replacements: { companyId, month },
    transaction,
  });
  return new Set(rows.map((r) => r.month));
}

/** The day a company line dated `date` is billed on (hold the company's billing lock). */
export async function billedOnFor(db: Database, companyId: string, date: LocalDate, transaction: Transaction): Promise<LocalDate> {
  const locked = await lockedMonthsFrom(db, companyId, monthOf(date), transaction);
  return billingDate(date, (m) => locked.has(m));
}
