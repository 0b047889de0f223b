// Writes one case transition to the read model, idempotently: the case row only moves forward
// (highest version wins), the timeline event is unique per (workflow id, seq), and each notification
// is unique per event and recipient. A retried or replayed activity therefore writes nothing twice.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Database } from '../db/connection.js';
import type { Audience, TransitionRecord } from '../workflows/records.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function recordTransition({ db }: { db: Database }) {
  return async function recordTransition(record: TransitionRecord): Promise<void> {
    const { view, event, workflowId } = record;
    await db.sequelize.transaction(async (tx) => {
      await db.sequelize.query(
        `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at,
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
            owner_id = COALESCE(cases.owner_id, :ownerId), version = EXCLUDED.version, updated_at = now()
         WHERE cases.version < EXCLUDED.version`,
        {
          transaction: tx,
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
            ownerId: event.kind === 'acknowledge' && event.actor ? event.actor.userId : null,
          },
        },
      );
      const inserted = await db.sequelize.query<{ id: number }>(
        `INSERT INTO case_events (workflow_id, seq, case_number, kind, actor_id, actor_name, actor_role, text, visibility, data, occurred_at)
         VALUES (:workflowId, :seq, :number, :kind, :actorId, :actorName, :actorRole, :text, :visibility, :data, :occurredAt)
         ON CONFLICT (workflow_id, seq) DO NOTHING RETURNING id`,
        {
          transaction: tx,
          type: QueryTypes.SELECT,
          replacements: {
            workflowId,
            seq: view.version,
            number: view.number,
            kind: event.kind,
            actorId: event.actor?.userId ?? null,
            actorName: event.actor?.name ?? null,
            actorRole: event.actor?.role ?? null,
            text: event.text,
            visibility: event.visibility,
            data: JSON.stringify(event.data),
            occurredAt: iso(event.at),
          },
        },
      );
      if (inserted.length === 0) return;
      for (const notice of record.notices) {
        const people = await recipients(db, tx, notice.audience, view.companyId, view.contactId);
        for (const p of people) {
          await db.sequelize.query(
            `INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params, case_number)
             VALUES (:key, :personId, :email, :locale, :template, :params, :number) ON CONFLICT (dedupe_key) DO NOTHING`,
            {
              transaction: tx,
              replacements: {
                key: `${workflowId}:${view.version}:${notice.template}:${p.id}`,
                personId: p.id,
                email: p.email,
                locale: p.locale,
                template: notice.template,
                params: JSON.stringify({ ...notice.params, caseNumber: view.number, title: view.title, type: view.type }),
                number: view.number,
              },
            },
          );
        }
      }
    });
  };
}

interface Recipient {
  id: number;
  email: string;
  locale: string;
}

function recipients(db: Database, tx: Transaction, audience: Audience, companyId: string, contactId: number): Promise<Recipient[]> {
  const where: Record<Audience, string> = {
    contact: 'id = :contactId',
    price_approvers: "company_id = :companyId AND (role = 'approver' OR (role = 'contact' AND can_approve))",
    desk: "role IN ('agent', 'manager')",
    desk_managers: "role = 'manager'",
  };
  return db.sequelize.query<Recipient>(`SELECT id, email, locale FROM people WHERE active AND ${where[audience]} ORDER BY id`, {
    transaction: tx,
    type: QueryTypes.SELECT,
    replacements: { companyId, contactId },
  });
}
