// What a desk text inserted into a case is filled from (SPEC §8 "reuse"): the case's number and
// title, its contact's names and language, the agent's first name, and the first-response due time
// written in the contact's language and the desk's time zone.
import { QueryTypes } from 'sequelize';
import { fillPlaceholders } from '../../domain/knowledge/placeholders.js';
import { isLocale } from '../../i18n/index.js';
import type { Locale } from '../../domain/types.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { forbidden, notFound } from '../errors.js';

export interface CaseTexts {
  number: number;
  title: string;
  companyId: string;
  contactFirstName: string;
  contactLastName: string;
  locale: Locale;
  agentFirstName: string;
  responseDue: string;
}

/** The first-response due time as a reader of `locale` reads it, e.g. "mandag 3. marts 2025 kl. 15.00". */
export function dueText(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at);
}

export async function caseTexts(s: Services, person: Person, caseNumber: number): Promise<CaseTexts> {
  if (!isStaff(person)) throw forbidden();
  if (!Number.isSafeInteger(caseNumber) || caseNumber <= 0 || caseNumber > 2_147_483_647) throw notFound();
  const [c] = await s.db.sequelize.query<{
    number: number;
    title: string;
    company_id: string;
    first_name: string;
    last_name: string;
    locale: string;
    received_at: Date;
    response_due_at: Date | null;
  }>(
    `SELECT c.number, c.title, c.company_id, p.first_name, p.last_name, p.locale, c.received_at, c.response_due_at
       FROM cases c JOIN people p ON p.id = c.contact_id WHERE c.number = :caseNumber`,
    { type: QueryTypes.SELECT, replacements: { caseNumber } },
  );
  if (!c) throw notFound();
  const locale: Locale = isLocale(c.locale) ? c.locale : 'da';
  // Once answered the case has no due time of its own any more: the deadline it had is counted again from its receipt.
  const due = c.response_due_at
    ? new Date(c.response_due_at)
    : new Date(s.calendar.addWorkingTime(new Date(c.received_at).getTime(), s.terms().timers.firstResponseMinutes));
  return {
    number: c.number,
    title: c.title,
    companyId: c.company_id,
    contactFirstName: c.first_name,
    contactLastName: c.last_name,
    locale,
    agentFirstName: person.firstName,
    responseDue: dueText(due, locale, s.calendarConfig().timeZone),
  };
}

export function fillForCase(text: string, c: CaseTexts): string {
  return fillPlaceholders(text, {
    'contact.firstName': c.contactFirstName,
    'contact.lastName': c.contactLastName,
    'case.number': String(c.number),
    'case.title': c.title,
    'agent.firstName': c.agentFirstName,
    responseDue: c.responseDue,
  });
}
