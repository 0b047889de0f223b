// Writes a closed case's billing lines exactly once. Under the company's billing lock it compares what
// the case bills now with what was billed for it before (domain/billing-months billingDelta): the first
// close writes every line, a retried write finds them and adds nothing, and a reopened case that closes
// again adds only `correction` lines for what changed (referencing the line corrected). Lines go to the
// close day's month, or to the next open month when that one is locked (exported).
import { log } from '@temporalio/activity';
import { QueryTypes } from 'sequelize';
import type { Database } from '../db/connection.js';
import { billedOnFor, withCompanyBilling } from '../db/billing-ledger.js';
import { billingDelta, type BilledLine } from '../domain/billing-months.js';
import type { BillingRecord } from '../workflows/records.js';
import { classifyingDataErrors } from './errors.js';

const BILLED = `
SELECT b.id::int AS id, b.kind, b.minutes, b.amount_ore::bigint AS "amountOre", b.text, to_char(b.billed_on, 'YYYY-MM-DD') AS "billedOn",
       b.corrects_id::int AS "correctsId", o.kind AS "correctsKind", b.line_no AS "lineNo"
  FROM billing_lines b LEFT JOIN billing_lines o ON o.id = b.corrects_id
 WHERE b.case_number = :caseNumber
 ORDER BY b.line_no`;

const INSERT = `
INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on, corrects_id)
SELECT :caseNumber, :firstLineNo + l.ord - 1, :companyId, l.kind, l.minutes, l."amountOre", l.text, :billedOn, l."correctsId"
FROM ROWS FROM (jsonb_to_recordset(CAST(:lines AS jsonb)) AS (kind text, minutes integer, "amountOre" bigint, text text, "correctsId" bigint)) WITH ORDINALITY AS l(kind, minutes, "amountOre", text, "correctsId", ord)
ORDER BY l.ord
ON CONFLICT (case_number, line_no) DO NOTHING
RETURNING 1`;

interface BilledRow {
  id: number;
  kind: BilledLine['kind'];
  minutes: number;
  amountOre: string;
  text: string;
  billedOn: string;
  correctsId: number | null;
  correctsKind: BilledLine['kind'] | null;
  lineNo: number;
}

export function writeBillingLines({ db }: { db: Database }) {
  return async function writeBillingLines(record: BillingRecord): Promise<{ written: number }> {
    if (record.lines.length === 0 && !record.again) return { written: 0 };
    const written = await classifyingDataErrors('writing the billing lines', () =>
      withCompanyBilling(db, record.companyId, async (transaction) => {
        const rows = await db.sequelize.query<BilledRow>(BILLED, { type: QueryTypes.SELECT, replacements: { caseNumber: record.caseNumber }, transaction });
        const billed: BilledLine[] = rows.map((r) => ({
          ...r,
          amountOre: Number(r.amountOre),
          corrects: r.correctsId === null ? null : { id: r.correctsId, kind: r.correctsKind ?? 'time' },
        }));
        const lines = billingDelta(billed, record.lines);
        if (lines.length === 0) return 0;
        const billedOn = await billedOnFor(db, record.companyId, record.billedOn, transaction);
        const inserted = await db.sequelize.query(INSERT, {
          type: QueryTypes.SELECT,
          transaction,
          replacements: {
            caseNumber: record.caseNumber,
            companyId: record.companyId,
            billedOn,
            firstLineNo: rows.reduce((n, r) => Math.max(n, r.lineNo), 0) + 1,
            lines: JSON.stringify(lines),
          },
        });
        return inserted.length;
      }),
    );
    // The activity context's logger: a line in the product log with the case number (worker/run.ts).
    log.info('billing lines written', { lines: record.lines.length, written });
    return { written };
  };
}
