// People of the sign-in tests' own (never a demo login other tests use), and reading the links and
// mails the product queued for them.
import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import { hashPassword } from '../../../services/people/passwords.js';
import { testDatabase } from '../../support/servers.js';
import type { Role } from '../../../domain/types.js';

export const PASSWORD = 'rigtig-kode-1';

export async function freshPerson(role: Role, prefix = 'login'): Promise<{ id: number; email: string }> {
  const email = `${prefix}-${randomUUID().slice(0, 8)}@${role === 'agent' || role === 'manager' ? 'desk.test' : 'basis.test'}`;
  const person = await testDatabase().models.Person.create({
    email,
    firstName: 'Tove',
    lastName: 'Tofaktor',
    role,
    companyId: role === 'agent' || role === 'manager' ? null : 'basis',
    canApprove: role === 'approver',
    passwordHash: await hashPassword(PASSWORD),
    lastLoginAt: null,
  });
  return { id: person.id, email };
}

/** The code the authenticator app shows now for `secret`. */
export const codeFor = (secret: string, at = Date.now()) => generate({ secret, epoch: Math.floor(at / 1000) });

/** A code of the next 30-second step (accepted: one step of clock drift), unused so far. */
export const nextCodeFor = (secret: string) => codeFor(secret, Date.now() + 30_000);

/** The newest queued mail of a template to an address, with its parameters. */
export async function lastMail(email: string, template: string): Promise<Record<string, unknown> | null> {
  const row = await testDatabase().models.Notification.findOne({ where: { email, template }, order: [['id', 'DESC']] });
  return (row?.params as Record<string, unknown> | undefined) ?? null;
}

export const pathOf = (link: unknown) => new URL(String(link)).pathname;
