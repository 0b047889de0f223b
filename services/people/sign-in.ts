// Signing in: password login and one-time links (invitation, password reset); API tokens are in
// services/people/api-tokens.ts. Only SHA-256 hashes of tokens are stored, so a database leak does not leak sessions.
import { Op, QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { publicUrl } from '../../config/env.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { invalid } from '../errors.js';
import { newSecret as newToken, sha256 } from './api-tokens.js';
import { enqueueMail } from '../mail/outbox.js';
import { normalizedEmail } from './rate-limits.js';
import { revokeAccess } from './access-revocation.js';

const LINK_HOURS = { invite: 72, reset: 2 } as const;

export interface PasswordSignIn {
  person: Person;
  /** The person has an authenticator app or a passkey: the sign-in needs the second step. */
  hasSecondFactor: boolean;
}

/**
 * Checks e-mail and password; the active person with whether a second factor follows, or null. The
 * same statement records the sign-in and reads the person's factors (the token budget: 4 statements).
 */
export async function checkLogin(s: Services, email: unknown, password: unknown): Promise<PasswordSignIn | null> {
  if (typeof email !== 'string' || typeof password !== 'string' || email.length > 320 || password.length > 1000) return null;
  const person = await s.db.models.Person.findOne({ where: { email: normalizedEmail(email) } });
  const ok = await verifyPassword(person?.passwordHash, password);
  if (!ok || !person || !person.active) return null;
  const now = new Date(s.now());
  const [row] = await s.db.sequelize.query<{ factor: boolean }>(
    `UPDATE people SET last_login_at = $2 WHERE id = $1
     RETURNING totp_confirmed_at IS NOT NULL OR EXISTS (SELECT 1 FROM passkeys k WHERE k.person_id = $1) AS factor`,
    { bind: [person.id, now], type: QueryTypes.SELECT },
  );
  person.setDataValue('lastLoginAt', now);
  return { person, hasSecondFactor: row?.factor ?? false };
}

/** A one-time link token for an invitation or a password reset; the person's earlier links of that kind are used up (one valid at a time). */
export async function issueLinkToken(s: Services, person: Person, purpose: 'invite' | 'reset'): Promise<string> {
  const token = newToken();
  await s.db.models.PersonToken.update({ usedAt: new Date(s.now()) }, { where: { personId: person.id, purpose, usedAt: null } });
  await s.db.models.PersonToken.create({
    personId: person.id,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(s.now() + LINK_HOURS[purpose] * 3600_000),
    usedAt: null,
  });
  return token;
}

/** The person a still-valid link belongs to, or null. */
export async function personForLink(s: Services, token: string): Promise<Person | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await s.db.models.PersonToken.findOne({
    where: { tokenHash: sha256(token), purpose: { [Op.in]: ['invite', 'reset'] }, usedAt: null, expiresAt: { [Op.gt]: new Date(s.now()) } },
  });
  return row ? s.db.models.Person.findByPk(row.personId) : null;
}

/**
 * Sets a new password from a link and uses the link up — and with it every other link of the person;
 * their other sessions, API tokens and trusted devices end (services/people/access-revocation.ts).
 */
export async function setPasswordFromLink(s: Services, token: string, password: unknown, confirm: unknown): Promise<Person | null> {
  const problem = passwordProblem(password);
  if (problem) throw invalid({ password: problem });
  if (password !== confirm) throw invalid({ confirm: 'passwords_differ' });
  return s.db.sequelize.transaction(async (transaction) => {
    const row = await s.db.models.PersonToken.findOne({
      where: { tokenHash: sha256(token), purpose: { [Op.in]: ['invite', 'reset'] }, usedAt: null, expiresAt: { [Op.gt]: new Date(s.now()) } },
      transaction,
      lock: transaction.LOCK.UPDATE,
    });
    if (!row) return null;
    const person = await s.db.models.Person.findByPk(row.personId, { transaction });
    if (!person) return null;
    await person.update({ passwordHash: await hashPassword(password as string), active: true }, { transaction });
    await row.update({ usedAt: new Date(s.now()) }, { transaction });
    await revokeAccess(s, person.id, transaction);
    return person;
  });
}

/**
 * Mails a password-reset link to the active person with this e-mail address, if there is one. The
 * caller answers the same either way, so addresses cannot be probed.
 */
export async function sendPasswordReset(s: Services, email: unknown): Promise<void> {
  const address = normalizedEmail(email);
  if (!address) return;
  const person = await s.db.models.Person.findOne({ where: { email: address, active: true } });
  if (!person) return;
  const token = await issueLinkToken(s, person, 'reset');
  await enqueueMail(s, person, 'password_reset', { link: `${publicUrl(s.env)}/password/set/${token}`, name: person.firstName });
}
