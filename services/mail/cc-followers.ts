// Colleagues Cc'd on a support contact's mail follow the case it makes or answers (SPEC §9): each Cc
// (and To) address of an active support contact or price approver of the sender's company who is not
// the case's contact becomes a follower — the `add-follower` decision, taken as the sender. Repeating it
// (a mail processed again after a crash) finds them following already and changes nothing.
import { Op } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { actOnCase } from '../cases/actions.js';
import { Refusal } from '../errors.js';

export async function followersFromCc(s: Services, sender: Person, caseNumber: number, addresses: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()))].filter((a) => a && a !== sender.email).slice(0, 20);
  if (!wanted.length || !sender.companyId) return [];
  const colleagues = await s.db.models.Person.findAll({
    where: { email: { [Op.in]: wanted }, companyId: sender.companyId, active: true, role: { [Op.in]: ['contact', 'approver'] } },
    attributes: ['email'],
  });
  const added: string[] = [];
  for (const c of colleagues) {
    try {
      await actOnCase(s, sender, caseNumber, 'add-follower', { email: c.email });
      added.push(c.email);
    } catch (err) {
      // Following already, the case's own contact, or the case has ended: nothing to add.
      if (!(err instanceof Refusal)) throw err;
    }
  }
  return added;
}
