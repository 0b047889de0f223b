// Who may be added to follow a case (SPEC §9): the active support contacts and price approvers of the
// case's company who do not follow it yet and are not its contact — for the case's contacts and staff.
import { Op } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { CaseRow } from '../cases/access.js';
import type { Services } from '../context.js';
import { isStaff } from './people.js';

export interface Colleague {
  email: string;
  name: string;
  role: string;
}

export async function followerChoices(s: Services, person: Person, record: CaseRow): Promise<Colleague[]> {
  const mayAdd = isStaff(person) || (person.role === 'contact' && person.companyId === record.companyId);
  if (!mayAdd) return [];
  const following = new Set((record.view?.followers ?? []).map((f) => f.id));
  const rows = await s.db.models.Person.findAll({
    where: { companyId: record.companyId, active: true, role: { [Op.in]: ['contact', 'approver'] }, id: { [Op.ne]: record.contactId } },
    attributes: ['id', 'email', 'firstName', 'lastName', 'role'],
    order: [
      ['firstName', 'ASC'],
      ['lastName', 'ASC'],
    ],
  });
  return rows.filter((p) => !following.has(p.id)).map((p) => ({ email: p.email, name: p.fullName, role: p.role }));
}

/** Whether the person follows the case. */
export const follows = (record: Pick<CaseRow, 'view'>, person: Pick<Person, 'id'>) => (record.view?.followers ?? []).some((f) => f.id === person.id);
