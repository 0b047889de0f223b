// What an order's form cannot judge by itself (SPEC §3a), checked when it is filed: a course booking
// names a course of the catalogue (or `custom`); a support-contact order names a person who is not yet
// anyone else's login, and — to replace someone — an active support contact of the same company.
import { Op } from 'sequelize';
import { CUSTOM_COURSE } from '../../domain/orders/forms.js';
import type { Course } from '../../domain/orders/catalogue.js';
import type { CaseType } from '../../domain/types.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';

/** Field problems of an order (`{ field: messageKey }`); empty for every other request type. */
export async function orderIntakeProblems(s: Services, contact: Person, type: CaseType, fields: Record<string, unknown>): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (type === 'course_booking' && typeof fields.course === 'string') {
    if (fields.course !== CUSTOM_COURSE && !s.courses().courses.some((c) => c.id === fields.course)) errors.course = 'invalid_choice';
  }
  if (type === 'contact_order') {
    const email = typeof fields.email === 'string' ? fields.email : '';
    const replaces = typeof fields.replaces === 'string' ? fields.replaces : '';
    const { Person } = s.db.models;
    const taken = email ? await Person.findOne({ where: { email } }) : null;
    // An inactive contact of the same company may come back; anyone else's address is taken.
    if (taken && !(taken.companyId === contact.companyId && taken.role === 'contact' && !taken.active)) errors.email = 'email_taken';
    if (fields.action === 'replace') {
      if (!replaces) errors.replaces = 'required';
      else if (replaces === email) errors.replaces = 'invalid';
      else if (
        !(await Person.findOne({ where: { email: replaces, companyId: contact.companyId!, role: 'contact', active: true, id: { [Op.ne]: taken?.id ?? 0 } } }))
      )
        errors.replaces = 'not_a_contact';
    } else if (replaces) {
      errors.replaces = 'invalid';
    }
  }
  return errors;
}

/** The catalogue's courses as choices, each labelled by `label` (name, duration, price, languages), then the custom course. */
export function courseChoices(s: Services, label: (course: Course) => string, customLabel: string): [string, string][] {
  return [...s.courses().courses.map((c): [string, string] => [c.id, label(c)]), [CUSTOM_COURSE, customLabel]];
}

/** The company's active support contacts, for choosing whom an ordered contact replaces. */
export async function replaceableContacts(s: Services, contact: Person): Promise<[string, string][]> {
  const people = await s.db.models.Person.findAll({
    where: { companyId: contact.companyId!, role: 'contact', active: true },
    order: [
      ['lastName', 'ASC'],
      ['firstName', 'ASC'],
    ],
  });
  return people.map((p) => [p.email, `${p.fullName} <${p.email}>`]);
}
