// Re-recording a case's read-model row from its workflow's view (the `caseView` query), for the repair
// command. The same upsert as the transition activity's (activities/record-transition.ts), without a
// timeline event: idempotent, and it never moves a row backwards — a row already at a higher version
// (written meanwhile by the case's own activity) is left as it is.
import { QueryTypes } from 'sequelize';
import type { CaseView } from '../workflows/messages.js';
import type { Services } from './context.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const SQL = `
INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at,
    response_due_at, responded_at, sla_warned, sla_breached, waiting_on, billable, coverage, logged_minutes,
    next_deadline_kind, next_deadline_at, view, closed_at, version, updated_at)
VALUES (:number, :workflowId, :type, :status, :channel, :companyId, :contactId, :title, :receivedAt,
    :responseDueAt, :respondedAt, :slaWarned, :slaBreached, :waitingOn, :billable, :coverage, :loggedMinutes,
    :nextDeadlineKind, :nextDeadlineAt, :view, :closedAt, :version, now())
ON CONFLICT (number) DO UPDATE SET
    type = EXCLUDED.type, status = EXCLUDED.status, response_due_at = EXCLUDED.response_due_at,
    responded_at = EXCLUDED.responded_at, sla_warned = EXCLUDED.sla_warned, sla_breached = EXCLUDED.sla_breached,
    waiting_on = EXCLUDED.waiting_on, billable = EXCLUDED.billable, coverage = EXCLUDED.coverage,
    logged_minutes = EXCLUDED.logged_minutes, next_deadline_kind = EXCLUDED.next_deadline_kind,
    next_deadline_at = EXCLUDED.next_deadline_at, view = EXCLUDED.view, closed_at = EXCLUDED.closed_at,
    version = EXCLUDED.version, updated_at = now()
WHERE cases.version <= EXCLUDED.version
RETURNING version`;

/** Writes the view into the case's row; false when the row was already ahead of it. */
export async function recordCaseView(s: Services, workflowId: string, view: CaseView): Promise<boolean> {
  const rows = await s.db.sequelize.query(SQL, {
    type: QueryTypes.SELECT,
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
    },
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
