// Re-recording a case's read-model row from its workflow's view (the `caseView` query), for the repair
// command. The same upsert as the transition activity's (db/case-row-upsert.ts), without a
// timeline event: idempotent, and it never moves a row backwards — a row already at a higher version
// (written meanwhile by the case's own activity) is left as it is.
import { QueryTypes } from 'sequelize';
import type { CaseView } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { CASE_ROW_UPSERT, caseRowValues } from '../../db/case-row-upsert.js';

const SQL = `${CASE_ROW_UPSERT}
WHERE cases.version <= EXCLUDED.version
RETURNING version`;

/** Writes the view into the case's row; false when the row was already ahead of it. */
export async function recordCaseView(s: Services, workflowId: string, view: CaseView): Promise<boolean> {
  const rows = await s.db.sequelize.query(SQL, {
    type: QueryTypes.SELECT,
    replacements: caseRowValues(workflowId, view),
  });
  return rows.length > 0;
}

/** The versions 1…`version` that have no timeline event (transitions whose record was lost). */
export async function missingTimelineVersions(s: Services, workflowId: string, version: number): Promise<number[]> {
  if (version < 1) return [];
  const rows = await s.db.sequelize.query<{ seq: number }>(
    `SELECT v AS seq FROM generate_series(1, :version) AS v
     WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.workflow_id = :workflowId AND e.seq = v) ORDER BY v`,
    { type: QueryTypes.SELECT, replacements: { workflowId, version } },
  );
  return rows.map((r) => r.seq);
}
