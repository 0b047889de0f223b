// What the desk picks from: the customer companies (queue filter), their active support contacts
// (phone and mail intake), the staff a case can be assigned to, and the counts shown above the queue. Staff only.
import { Op, QueryTypes } from 'sequelize';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { forbidden } from '../errors.js';
import { isStaff } from './people.js';

export interface CompanyChoice {
  id: string;
  name: string;
}

export interface ContactChoice {
  email: string;
  name: string;
}

export interface CompanyContacts {
  company: CompanyChoice;
  contacts: ContactChoice[];
}

function staffOnly(person: Person): void {
  if (!isStaff(person)) throw forbidden();
}

/** Every customer company, by name. */
export async function companyChoices(s: Services, person: Person): Promise<CompanyChoice[]> {
  staffOnly(person);
  const rows = await s.db.models.Company.findAll({ attributes: ['id', 'name'], order: [['name', 'ASC']] });
  return rows.map((c) => ({ id: c.id, name: c.name }));
}

/** The active agents and desk managers, by name: who a case can be assigned to. */
export async function staffChoices(s: Services, person: Person): Promise<(ContactChoice & { id: number })[]> {
  staffOnly(person);
  const rows = await s.db.models.Person.findAll({
    where: { role: { [Op.in]: ['agent', 'manager'] }, active: true },
    attributes: ['id', 'email', 'firstName', 'lastName'],
    order: [
      ['firstName', 'ASC'],
      ['lastName', 'ASC'],
    ],
  });
  return rows.map((p) => ({ id: p.id, email: p.email, name: p.fullName }));
}

/** The active support contacts of one company, by name. */
export async function companyContactChoices(s: Services, person: Person, companyId: string): Promise<ContactChoice[]> {
  staffOnly(person);
  const rows = await s.db.models.Person.findAll({
    where: { companyId, role: 'contact', active: true },
    attributes: ['email', 'firstName', 'lastName'],
    order: [
      ['firstName', 'ASC'],
      ['lastName', 'ASC'],
    ],
  });
  return rows.map((p) => ({ email: p.email, name: p.fullName }));
}

/** The active support contacts of every company, grouped by company (companies without contacts left out). */
export async function contactsByCompany(s: Services, person: Person): Promise<CompanyContacts[]> {
  const companies = await companyChoices(s, person);
  const contacts = await s.db.models.Person.findAll({
    where: { role: 'contact', active: true, companyId: { [Op.ne]: null } },
    attributes: ['email', 'firstName', 'lastName', 'companyId'],
    order: [
      ['firstName', 'ASC'],
      ['lastName', 'ASC'],
      ['email', 'ASC'],
    ],
  });
  return companies
    .map((company) => ({
      company,
      contacts: contacts.filter((p) => p.companyId === company.id).map((p) => ({ email: p.email, name: p.fullName })),
    }))
    .filter((g) => g.contacts.length > 0);
}

export interface QueueSummary {
  open: number;
  unacknowledged: number;
  breached: number;
  waitingOnCustomer: number;
}

/** Counts over every open case, for the figures above the queue (one pass over the open cases). */
export async function queueSummary(s: Services, person: Person): Promise<QueueSummary> {
  staffOnly(person);
  const [row] = await s.db.sequelize.query<QueueSummary>(
    `SELECT count(*)::int AS "open",
            count(*) FILTER (WHERE status = 'received')::int AS "unacknowledged",
            count(*) FILTER (WHERE sla_breached)::int AS "breached",
            count(*) FILTER (WHERE waiting_on IN ('customer', 'approver'))::int AS "waitingOnCustomer"
       FROM cases WHERE status NOT IN (:terminal)`,
    { type: QueryTypes.SELECT, replacements: { terminal: [...TERMINAL_STATUSES] } },
  );
  return row;
}

/** A company's id and name (for headings), or null. */
export async function companyChoiceOf(s: Services, companyId: string | null): Promise<CompanyChoice | null> {
  const company = companyId ? await s.db.models.Company.findByPk(companyId, { attributes: ['id', 'name'] }) : null;
  return company ? { id: company.id, name: company.name } : null;
}
