// Locking a billing month per company (SPEC §7): exporting a month freezes each company's month as it
// stands then (billing_locks.document) under the company's billing lock, so a line written at the same
// moment lands either before (in the file) or after (in the next open month). A locked month is always
// answered from what was frozen: re-exporting it gives the identical file.
import { QueryTypes } from 'sequelize';
import { withCompanyBilling } from '../../db/billing-ledger.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { conflict } from '../errors.js';
import { liveMonths, type CompanyMonth } from './lines.js';
import { recordAudit, type AuditActor } from '../audit/record.js';

export interface LockedMonth extends CompanyMonth {
  lockedAt: string;
  lockedBy: string | null;
}

/** The company months already locked, by company id. */
export async function lockedMonths(s: Services, month: string, companyId: string | null): Promise<Map<string, LockedMonth>> {
  const rows = await s.db.sequelize.query<{ company_id: string; document: CompanyMonth; locked_at: string; locked_by: string | null }>(
    `SELECT bl.company_id, bl.document, to_char(bl.locked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS locked_at,
            trim(p.first_name || ' ' || p.last_name) AS locked_by
       FROM billing_locks bl LEFT JOIN people p ON p.id = bl.locked_by_id
      WHERE bl.month = :month AND (CAST(:companyId AS text) IS NULL OR bl.company_id = :companyId)`,
    { type: QueryTypes.SELECT, replacements: { month, companyId } },
  );
  return new Map(rows.map((r) => [r.company_id, { ...r.document, lockedAt: r.locked_at, lockedBy: r.locked_by }]));
}

/** Whether a month may be locked now: any month up to the current one. */
export function lockable(s: Services, month: string): boolean {
  return month <= s.calendar.localDate(s.now()).slice(0, 7);
}

/**
 * Locks the month for one company or for every company (those already locked stay as they were).
 * Lines are frozen in Danish, the language of the bookkeeping export.
 */
export async function lockMonth(s: Services, by: Person | AuditActor, month: string, companyId: string | null): Promise<number> {
  if (!lockable(s, month)) throw conflict('admin:billing.refusals.future_month', { month });
  const companies = await s.db.models.Company.findAll({ where: companyId ? { id: companyId } : {}, attributes: ['id', 'name'], order: [['id', 'ASC']] });
  let locked = 0;
  for (const company of companies) {
    locked += await withCompanyBilling(s.db, company.id, async (transaction) => {
      const [live] = await liveMonths(s, [{ id: company.id, name: company.name }], month, 'da');
      const rows = await s.db.sequelize.query(
        `INSERT INTO billing_locks (company_id, month, locked_at, locked_by_id, document) VALUES (:companyId, :month, :at, :by, CAST(:document AS jsonb))
         ON CONFLICT (company_id, month) DO NOTHING RETURNING 1`,
        {
          type: QueryTypes.SELECT,
          transaction,
          replacements: { companyId: company.id, month, at: new Date(s.now()), by: 'id' in by ? by.id : null, document: JSON.stringify(live) },
        },
      );
      // Every lock is in the change log: who exported which company's month, with how many lines and what total.
      if (rows.length)
        await recordAudit(
          s,
          {
            actor: by,
            entity: 'billing',
            entityId: `${company.id}/${month}`,
            action: 'month_locked',
            before: null,
            after: { companyId: company.id, month, lines: live!.lines.length, totalOre: live!.lines.reduce((n, l) => n + l.amountOre, 0) },
          },
          transaction,
        );
      return rows.length;
    });
  }
  return locked;
}

export interface LockedMonthSummary {
  month: string;
  companies: number;
  lastLockedAt: Date;
}

/** The most recent locked months, for the billing page. */
export async function lockedMonthList(s: Services, limit = 24): Promise<LockedMonthSummary[]> {
  const rows = await s.db.sequelize.query<{ month: string; companies: number; last_locked_at: Date }>(
    `SELECT month, count(*)::int AS companies, max(locked_at) AS last_locked_at FROM billing_locks GROUP BY month ORDER BY month DESC LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements: { limit } },
  );
  return rows.map((r) => ({ month: r.month, companies: r.companies, lastLockedAt: new Date(r.last_locked_at) }));
}
