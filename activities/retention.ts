// The retention run's activities (workflows/retention.ts): clearing the texts of cases closed before
// the cut-off, in batches, with an audit entry of the counts; and deleting the data keys of closed
// cases an erasure marked. Idempotent: a cleared case is listed in case_text_removals and not taken again.
import { QueryTypes } from 'sequelize';
import type { Database } from '../db/connection.js';
import type { RetentionActivities } from '../workflows/retention.js';
import { removeCaseTexts, shredCaseKeys } from '../db/privacy/case-texts.js';

export function createRetentionActivities(deps: { db: Database }): RetentionActivities {
  const db = deps.db.sequelize;
  return {
    async removeExpiredCaseTexts({ closedBefore, limit }) {
      return db.transaction(async (t) => {
        const rows = await db.query<{ number: number }>(
          `SELECT c.number FROM cases c
            WHERE c.closed_at < :closedBefore AND c.status IN ('closed', 'withdrawn')
              AND NOT EXISTS (SELECT 1 FROM case_text_removals r WHERE r.case_number = c.number)
            ORDER BY c.closed_at, c.number LIMIT :limit FOR UPDATE OF c SKIP LOCKED`,
          { type: QueryTypes.SELECT, replacements: { closedBefore, limit }, transaction: t },
        );
        const removed = await removeCaseTexts(
          db,
          rows.map((r) => r.number),
          'retention',
          t,
        );
        if (removed.cases > 0) {
          // The audit log's one writer is services/audit/record.ts; activities may not import services/, so the same insert here.
          await db.query(
            `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, before, after)
             VALUES (NULL, 'retention', 'retention', :closedBefore, 'texts_removed', NULL, CAST(:after AS jsonb))`,
            { replacements: { closedBefore: closedBefore.slice(0, 10), after: JSON.stringify({ closedBefore, ...removed }) }, transaction: t },
          );
        }
        return removed;
      });
    },
    async shredPendingCaseKeys() {
      const rows = await deps.db.sequelize.query<{ number: number }>(
        `SELECT p.case_number AS number FROM payload_key_shreds_pending p JOIN cases c ON c.number = p.case_number WHERE c.status IN ('closed', 'withdrawn')`,
        { type: QueryTypes.SELECT },
      );
      return shredCaseKeys(
        db,
        rows.map((r) => r.number),
      );
    },
  };
}
