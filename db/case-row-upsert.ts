// The case's read-model row written from its workflow's view: one upsert, shared by the transition
// activity (activities/record-transition.ts) and the repair command (services/cases/read-model.ts), so
// both write every column the view carries. The caller adds the version guard and RETURNING.
// A rating by a person since erased is written without their comment and name (VIEW).
import type { CaseView } from '../workflows/messages.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The view as given, except that a rating by a person since erased keeps its score only: their process
 * still holds the comment and their name (until the case closes and its payload key is deleted), the
 * read model never again (services/privacy/everyday-traces.ts removed them at the erasure).
 */
const VIEW = `(SELECT CASE WHEN erased.id IS NULL THEN given.v
      ELSE jsonb_set(jsonb_set(given.v, '{rating,comment}', 'null'::jsonb), '{rating,by,name}', to_jsonb(erased.first_name || ' ' || erased.last_name)) END
    FROM (SELECT CAST(:view AS jsonb) AS v) given
    LEFT JOIN people erased ON erased.erased_at IS NOT NULL AND erased.id = CAST(given.v #>> '{rating,by,id}' AS int))`;

export const CASE_ROW_UPSERT = `
INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at,
    response_due_at, responded_at, sla_warned, sla_breached, waiting_on, billable, coverage, logged_minutes,
    next_deadline_kind, next_deadline_at, view, closed_at, owner_id, version, updated_at)
VALUES (:number, :workflowId, :type, :status, :channel, :companyId, :contactId, :title, :receivedAt,
    :responseDueAt, :respondedAt, :slaWarned, :slaBreached, :waitingOn, :billable, :coverage, :loggedMinutes,
    :nextDeadlineKind, :nextDeadlineAt, ${VIEW}, :closedAt, :ownerId, :version, now())
ON CONFLICT (number) DO UPDATE SET
    type = EXCLUDED.type, status = EXCLUDED.status, response_due_at = EXCLUDED.response_due_at,
    responded_at = EXCLUDED.responded_at, sla_warned = EXCLUDED.sla_warned, sla_breached = EXCLUDED.sla_breached,
    waiting_on = EXCLUDED.waiting_on, billable = EXCLUDED.billable, coverage = EXCLUDED.coverage,
    logged_minutes = EXCLUDED.logged_minutes, next_deadline_kind = EXCLUDED.next_deadline_kind,
    next_deadline_at = EXCLUDED.next_deadline_at, view = EXCLUDED.view, closed_at = EXCLUDED.closed_at,
    owner_id = EXCLUDED.owner_id, contact_id = EXCLUDED.contact_id, version = EXCLUDED.version, updated_at = now()`;

/** The upsert's replacements for `view`. */
export function caseRowValues(workflowId: string, view: CaseView) {
  return {
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
    ownerId: view.owner?.id ?? null,
    version: view.version,
  };
}
