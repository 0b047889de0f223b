// Writes one case transition to the read model, idempotently and in ONE statement (so one implicit
// transaction): the case row only moves forward (highest version wins), the timeline event is unique
// per (workflow id, seq), and each notification is unique per event and recipient — written only when
// the event is new. A retried or replayed activity therefore writes nothing twice.
import type { Database } from '../db/connection.js';
import type { TransitionRecord } from '../workflows/records.js';
import { classifyingDataErrors } from './errors.js';
import { RECIPIENTS_SQL } from './recipients.js';
import { CASE_ROW_UPSERT, caseRowValues } from '../db/case-row-upsert.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const SQL = `
WITH upsert AS (
  ${CASE_ROW_UPSERT}
  WHERE cases.version < EXCLUDED.version
  RETURNING 1
), event AS (
  INSERT INTO case_events (workflow_id, seq, case_number, kind, actor_id, actor_name, actor_role, text, visibility, data, occurred_at)
  VALUES (:workflowId, :version, :number, :kind, :actorId, :actorName, :actorRole, :text, :visibility, :data, :occurredAt)
  ON CONFLICT (workflow_id, seq) DO NOTHING
  RETURNING id
), notices AS (
  SELECT n.audience, n.template, n.params, n.ord
  FROM ROWS FROM (jsonb_to_recordset(CAST(:notices AS jsonb)) AS (audience text, template text, params jsonb)) WITH ORDINALITY AS n(audience, template, params, ord)
  WHERE EXISTS (SELECT 1 FROM event)
)
INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params, case_number)
SELECT :workflowId || ':' || :version || ':' || n.template || ':' || p.id, p.id, p.email, p.locale, n.template,
       COALESCE(n.params, '{}'::jsonb) || CAST(:caseParams AS jsonb), :number
FROM notices n JOIN people p ON ${RECIPIENTS_SQL}
ORDER BY n.ord, p.id
ON CONFLICT (dedupe_key) DO NOTHING`;

export function recordTransition({ db }: { db: Database }) {
  return async function recordTransition(record: TransitionRecord): Promise<void> {
    const { view, event, workflowId } = record;
    await classifyingDataErrors('recording the transition', () =>
      db.sequelize.query(SQL, {
        replacements: {
          ...caseRowValues(workflowId, view),
          kind: event.kind,
          actorId: event.actor?.userId ?? null,
          actorName: event.actor?.name ?? null,
          actorRole: event.actor?.role ?? null,
          text: event.text,
          visibility: event.visibility,
          data: JSON.stringify(event.data),
          occurredAt: iso(event.at),
          notices: JSON.stringify(record.notices.map((n) => ({ audience: n.audience, template: n.template, params: n.params ?? {} }))),
          followerIds: JSON.stringify((view.followers ?? []).map((f) => f.id)),
          caseParams: JSON.stringify({ caseNumber: view.number, title: view.title, type: view.type, contactId: view.contactId }),
        },
      }),
    );
  };
}
