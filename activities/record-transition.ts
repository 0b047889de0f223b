// Writes one case transition to the read model, idempotently and in ONE statement (so one implicit
// transaction): the case row only moves forward (highest version wins), the timeline event is unique
// per (workflow id, seq), and each notification is unique per event and recipient — written only when
// the event is new. A retried or replayed activity therefore writes nothing twice.
import type { Database } from '../db/connection.js';
import type { TransitionRecord } from '../workflows/records.js';
import { classifyingDataErrors } from './errors.js';
import { RECIPIENTS_SQL } from './recipients.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const SQL = `
WITH upsert AS (
  INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at,
      response_due_at, responded_at, sla_warned, sla_breached, waiting_on, billable, coverage, logged_minutes,
      next_deadline_kind, next_deadline_at, view, closed_at, owner_id, version, updated_at)
  VALUES (:number, :workflowId, :type, :status, :channel, :companyId, :contactId, :title, :receivedAt,
      :responseDueAt, :respondedAt, :slaWarned, :slaBreached, :waitingOn, :billable, :coverage, :loggedMinutes,
      :nextDeadlineKind, :nextDeadlineAt, :view, :closedAt, :ownerId, :version, now())
  ON CONFLICT (number) DO UPDATE SET
      type = EXCLUDED.type, status = EXCLUDED.status, response_due_at = EXCLUDED.response_due_at,
      responded_at = EXCLUDED.responded_at, sla_warned = EXCLUDED.sla_warned, sla_breached = EXCLUDED.sla_breached,
      waiting_on = EXCLUDED.waiting_on, billable = EXCLUDED.billable, coverage = EXCLUDED.coverage,
      logged_minutes = EXCLUDED.logged_minutes, next_deadline_kind = EXCLUDED.next_deadline_kind,
      next_deadline_at = EXCLUDED.next_deadline_at, view = EXCLUDED.view, closed_at = EXCLUDED.closed_at,
      owner_id = EXCLUDED.owner_id, contact_id = EXCLUDED.contact_id, version = EXCLUDED.version, updated_at = now()
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
          number: view.number,
          workflowId,
          type: view.type,
          status: view.status,
          channel: view.channel,
          companyId: view.companyId,
          contactId: view.contactId,
          title: view.title,
          receivedAt: iso(view.receivedAt),
          responseDueAt: iso(view.responseDueAt),
          respondedAt: iso(view.respondedAt),
          slaWarned: view.slaWarned,
          slaBreached: view.slaBreached,
          waitingOn: view.waitingOn,
          billable: view.billable,
          coverage: JSON.stringify(view.coverage),
          loggedMinutes: view.loggedMinutes,
          nextDeadlineKind: view.nextDeadline?.kind ?? null,
          nextDeadlineAt: iso(view.nextDeadline?.at ?? null),
          view: JSON.stringify(view),
          closedAt: iso(view.closedAt),
          version: view.version,
          ownerId: view.owner?.id ?? null,
          kind: event.kind,
          actorId: event.actor?.userId ?? null,
          actorName: event.actor?.name ?? null,
          actorRole: event.actor?.role ?? null,
          text: event.text,
          visibility: event.visibility,
          data: JSON.stringify(event.data),
          occurredAt: iso(event.at),
          notices: JSON.stringify(record.notices.map((n) => ({ audience: n.audience, template: n.template, params: n.params ?? {} }))),
          caseParams: JSON.stringify({ caseNumber: view.number, title: view.title, type: view.type }),
        },
      }),
    );
  };
}
