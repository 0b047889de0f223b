// Desk staff accounts (SPEC §1, issue 11 item 2): a desk manager invites agents and managers, changes
// their role, deactivates them (sessions, API tokens and links stop working at once; the open cases
// they own are released) and reactivates them. The first manager of an install comes from the
// command line (scripts/admin.ts) through the same invitation. Every change is in the audit log.
import { Op, UniqueConstraintError } from 'sequelize';
import { z } from 'zod';
import { LOCALES } from '../../domain/types.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { choice, email, parseForm, requiredText } from '../companies/admin-forms.js';
import { personSnapshot, recordAudit, type AuditActor } from '../audit/record.js';
import { revokeAccess } from './access-revocation.js';
import { openCasesPerOwner, releaseOwnedCases } from '../cases/ownership.js';
import { sendInvitation, sendPasswordLink, type SentLink } from './invitations.js';
import type { PersonChange } from './company-people.js';
import { emailTaken } from './email-taken.js';

export const STAFF_ROLES = ['agent', 'manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const inviteSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email,
  role: choice(STAFF_ROLES),
  locale: z.preprocess((v) => (v === undefined || v === '' ? 'da' : v), choice(LOCALES as unknown as readonly ['da', 'en'])),
});

export type StaffState = 'invited' | 'active' | 'inactive';

export interface StaffRow {
  person: Person;
  state: StaffState;
  /** Open cases the person owns. */
  openCases: number;
}

export const staffState = (p: Pick<Person, 'active' | 'passwordHash'>): StaffState => (!p.active ? 'inactive' : p.passwordHash === null ? 'invited' : 'active');

/** Every agent and desk manager: active before inactive, managers first, by name. */
export async function listStaff(s: Services): Promise<StaffRow[]> {
  const people = await s.db.models.Person.findAll({
    where: { role: { [Op.in]: [...STAFF_ROLES] } },
    order: [
      ['active', 'DESC'],
      ['role', 'DESC'],
      ['firstName', 'ASC'],
      ['lastName', 'ASC'],
      ['id', 'ASC'],
    ],
  });
  const owned = await openCasesPerOwner(s);
  return people.map((person) => ({ person, state: staffState(person), openCases: owned.get(person.id) ?? 0 }));
}

/** Invites an agent or a desk manager: the account exists at once and gets a link to choose a password. */
export async function inviteStaff(s: Services, by: AuditActor, raw: unknown): Promise<{ person: Person; invitation: SentLink }> {
  const values = parseForm(inviteSchema, raw);
  const { Person } = s.db.models;
  const taken = await emailTaken(s, values.email);
  if (taken) throw invalid({ email: taken });
  let person: Person;
  try {
    person = await s.db.sequelize.transaction(async (transaction) => {
      const created = await Person.create({ ...values, companyId: null, canApprove: false, passwordHash: null, lastLoginAt: null }, { transaction });
      await recordAudit(s, { actor: by, entity: 'staff', entityId: created.id, action: 'invited', before: null, after: personSnapshot(created) }, transaction);
      return created;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw invalid({ email: (await emailTaken(s, values.email)) ?? 'email_taken' });
    throw err;
  }
  return { person, invitation: await sendInvitation(s, person, null) };
}

async function staffMember(s: Services, personId: number): Promise<Person> {
  const person = Number.isSafeInteger(personId) ? await s.db.models.Person.findByPk(personId) : null;
  if (!person || !(STAFF_ROLES as readonly string[]).includes(person.role)) throw notFound();
  return person;
}

/** Refuses a change that would leave the desk without an active desk manager who can sign in. */
async function keepOneManager(s: Services, person: Person): Promise<void> {
  if (person.role !== 'manager' || !person.active) return;
  const others = await s.db.models.Person.count({
    where: { role: 'manager', active: true, passwordHash: { [Op.ne]: null }, id: { [Op.ne]: person.id } },
  });
  if (others === 0) {
    throw conflict('rules:refusals.one_manager');
  }
}

/** Makes a staff member an agent or a desk manager. */
export async function changeStaffRole(s: Services, by: Person, personId: number, raw: unknown): Promise<PersonChange> {
  const person = await staffMember(s, personId);
  const { role } = parseForm(z.object({ role: choice(STAFF_ROLES) }), raw);
  if (person.role === role) return { person, invitation: null };
  if (role === 'agent') await keepOneManager(s, person);
  const before = { role: person.role };
  await s.db.sequelize.transaction(async (transaction) => {
    await person.update({ role }, { transaction });
    await recordAudit(s, { actor: by, entity: 'staff', entityId: person.id, action: 'role_changed', before, after: { role } }, transaction);
  });
  return { person, invitation: null };
}

export interface Deactivation {
  person: Person;
  /** The open cases the person owned, handed back to the desk. */
  releasedCases: number[];
}

/** Deactivates a staff member: signed out everywhere at once, and their open cases released. */
export async function deactivateStaff(s: Services, by: Person, personId: number): Promise<Deactivation> {
  const person = await staffMember(s, personId);
  if (person.id === by.id) throw conflict('rules:refusals.not_yourself');
  if (!person.active) return { person, releasedCases: [] };
  await keepOneManager(s, person);
  await s.db.sequelize.transaction(async (transaction) => {
    await revokeAccess(s, person.id, transaction);
    await person.update({ active: false }, { transaction });
    await recordAudit(
      s,
      { actor: by, entity: 'staff', entityId: person.id, action: 'deactivated', before: { active: true }, after: { active: false } },
      transaction,
    );
  });
  return { person, releasedCases: await releaseOwnedCases(s, person.id, by) };
}

/** Reactivates a staff member; one who never chose a password is invited again. */
export async function reactivateStaff(s: Services, by: Person, personId: number): Promise<PersonChange> {
  const person = await staffMember(s, personId);
  if (person.active) return { person, invitation: null };
  await s.db.sequelize.transaction(async (transaction) => {
    await person.update({ active: true }, { transaction });
    await recordAudit(
      s,
      { actor: by, entity: 'staff', entityId: person.id, action: 'reactivated', before: { active: false }, after: { active: true } },
      transaction,
    );
  });
  return { person, invitation: person.passwordHash === null ? await sendInvitation(s, person, null) : null };
}

/** A new link for an active staff member: an invitation while they have no password, else a password reset. */
export async function sendStaffLink(s: Services, by: Person, personId: number): Promise<PersonChange> {
  const person = await staffMember(s, personId);
  if (!person.active) throw conflict('rules:refusals.reactivate_first');
  const invitation = person.passwordHash === null ? await sendInvitation(s, person, null) : await sendPasswordLink(s, person);
  await recordAudit(s, {
    actor: by,
    entity: 'staff',
    entityId: person.id,
    action: invitation.purpose === 'invite' ? 'invited_again' : 'password_link_sent',
    before: null,
    after: null,
  });
  return { person, invitation };
}
