// Writes a closed case's billing lines exactly once: each line is unique per (case, line number),
// so a retry after a crash, or after a failure that followed the write, adds nothing.
import { log } from '@temporalio/activity';
import type { Database } from '../db/connection.js';
import type { BillingRecord } from '../workflows/records.js';

export function writeBillingLines({ db }: { db: Database }) {
  return async function writeBillingLines(record: BillingRecord): Promise<{ written: number }> {
    let written = 0;
    await db.sequelize.transaction(async (transaction) => {
      for (const [index, line] of record.lines.entries()) {
        const [, count] = await db.sequelize.query(
          `INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on)
           VALUES (:caseNumber, :lineNo, :companyId, :kind, :minutes, :amountOre, :text, :billedOn)
           ON CONFLICT (case_number, line_no) DO NOTHING`,
          {
            transaction,
            replacements: { caseNumber: record.caseNumber, lineNo: index + 1, companyId: record.companyId, ...line, billedOn: record.billedOn },
          },
        );
        written += Number(count ?? 0);
      }
    });
    // The activity context's logger: a line in the product log with the case number (worker/run.ts).
    log.info('billing lines written', { lines: record.lines.length, written });
    return { written };
  };
}
