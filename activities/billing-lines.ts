// Writes a closed case's billing lines exactly once, in one statement: each line is unique per
// (case, line number), so a retry after a crash, or after a failure that followed the write, adds nothing.
import { log } from '@temporalio/activity';
import { QueryTypes } from 'sequelize';
import type { Database } from '../db/connection.js';
import type { BillingRecord } from '../workflows/records.js';
import { classifyingDataErrors } from './errors.js';

const SQL = `
INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on)
SELECT :caseNumber, l.ord, :companyId, l.kind, l.minutes, l."amountOre", l.text, :billedOn
FROM ROWS FROM (jsonb_to_recordset(CAST(:lines AS jsonb)) AS (kind text, minutes integer, "amountOre" bigint, text text)) WITH ORDINALITY AS l(kind, minutes, "amountOre", text, ord)
ORDER BY l.ord
ON CONFLICT (case_number, line_no) DO NOTHING
RETURNING 1`;

export function writeBillingLines({ db }: { db: Database }) {
  return async function writeBillingLines(record: BillingRecord): Promise<{ written: number }> {
    if (record.lines.length === 0) return { written: 0 };
    const rows = await classifyingDataErrors('writing the billing lines', () =>
      db.sequelize.query(SQL, {
        type: QueryTypes.SELECT,
        replacements: { caseNumber: record.caseNumber, companyId: record.companyId, billedOn: record.billedOn, lines: JSON.stringify(record.lines) },
      }),
    );
    // The activity context's logger: a line in the product log with the case number (worker/run.ts).
    log.info('billing lines written', { lines: record.lines.length, written: rows.length });
    return { written: rows.length };
  };
}
