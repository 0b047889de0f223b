// Who is asking: how a person becomes an actor in a case, and what staff means.
import type { Person } from '../db/models/person.js';
import type { Actor } from '../domain/actions/index.js';

export type { Person };

export const isStaff = (p: Pick<Person, 'role'>) => p.role === 'agent' || p.role === 'manager';
export const isCustomer = (p: Pick<Person, 'role'>) => p.role === 'contact' || p.role === 'approver';

export function actorOf(p: Person): Actor {
  return { userId: p.id, role: p.role, canApprove: p.role === 'approver' || (p.role === 'contact' && p.canApprove), name: p.fullName };
}
