// Who is asking: how a person becomes an actor in a case, and what staff means.
import type { Person } from '../../db/models/person.js';
import type { Actor } from '../../domain/actions/index.js';
import type { Services } from '../context.js';

/** The person record pages and the API work with (web/ reaches it only through services/). */
export type { Person };

export const isStaff = (p: Pick<Person, 'role'>) => p.role === 'agent' || p.role === 'manager';
export const isCustomer = (p: Pick<Person, 'role'>) => p.role === 'contact' || p.role === 'approver';

export function actorOf(p: Person): Actor {
  return { userId: p.id, role: p.role, canApprove: p.role === 'approver' || (p.role === 'contact' && p.canApprove), name: p.fullName };
}

/** The signed-in person of a session, if they still exist and are active. */
export async function activePerson(s: Services, id: number): Promise<Person | null> {
  const person = await s.db.models.Person.findByPk(id);
  return person?.active ? person : null;
}
