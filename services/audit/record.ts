// The audit log (issue 11 item 7): one small service every administrative change goes through —
// companies, agreements, people, roles, approval rights, prices, calendar, staff. Each entry says who
// (a person, or the command line / configuration file when there is none), when, what, and the
// record before and after. Entries are only ever added.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';

/** What kind of thing changed; the audit page filters by it. */
export const AUDIT_ENTITIES = ['company', 'agreement', 'person', 'staff', 'prices', 'calendar', 'billing', 'retention'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Who made a change: a signed-in person, or a named source without a login (the command line, a configuration file). */
export type AuditActor = Pick<Person, 'id' | 'firstName' | 'lastName'> | { source: string };

export interface AuditChange {
  actor: AuditActor;
  entity: AuditEntity;
  entityId: string | number;
  /** What was done, as a short verb: created, updated, role_changed, deactivated, … */
  action: string;
  /** The record before the change (null when it was created), and after (null when it was removed). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function actorOf(actor: AuditActor): { id: number | null; name: string } {
  if ('source' in actor) return { id: null, name: actor.source };
  return { id: actor.id, name: `${actor.firstName} ${actor.lastName}`.trim() };
}

/** Records one administrative change; pass the change's transaction so both commit or neither. */
export async function recordAudit(s: Pick<Services, 'db' | 'now'>, change: AuditChange, transaction?: Transaction): Promise<void> {
  const actor = actorOf(change.actor);
  await s.db.sequelize.query(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before, after)
     VALUES (:at, :actorId, :actorName, :entity, :entityId, :action, :before, :after)`,
    {
      transaction,
      type: QueryTypes.INSERT,
      replacements: {
        at: new Date(s.now()),
        actorId: actor.id,
        actorName: actor.name,
        entity: change.entity,
        entityId: String(change.entityId),
        action: change.action,
        before: change.before === null ? null : JSON.stringify(change.before),
        after: change.after === null ? null : JSON.stringify(change.after),
      },
    },
  );
}

/** The fields of a person worth keeping in the log (never the password hash). */
export function personSnapshot(p: Person): Record<string, unknown> {
  return {
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    role: p.role,
    companyId: p.companyId,
    canApprove: p.canApprove,
    locale: p.locale,
    active: p.active,
  };
}
