// The people of a customer company (SPEC §1, §2): support contacts (with or without the
// price-approval right) and price approvers, created by the desk from name and e-mail, invited by
// e-mail, and deactivated or reactivated. Adding a support contact may bill the contact training;
// each active contact beyond the included ones carries a monthly fee (see the billing export).
import { Op, QueryTypes, UniqueConstraintError, type Transaction } from 'sequelize';
import { z } from 'zod';
import { contactTrainingLine, type BillingLine } from '../../domain/billing.js';
import { LOCALES } from '../../domain/types.js';
import type { Person } from '../../db/models/person.js';
import type { Company } from '../../db/models/company.js';
import type { Services } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { checkbox, choice, email, parseForm, requiredText } from '../companies/admin-forms.js';
import { findCompany, todayOf } from '../companies/companies.js';
import { sendInvitation, type SentLink } from './invitations.js';
import { personSnapshot, recordAudit } from '../audit/record.js';
import { revokeAccess } from './access-revocation.js';
import { companyPeriods, endPeriod, startPeriod, type PeriodRow } from '../../db/person-periods.js';
import { billedOnFor, withCompanyBilling } from '../../db/billing-ledger.js';
import { emailTaken } from './email-taken.js';

export type CompanyRole = 'contact' | 'approver';

const personFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  email,
  locale: z.preprocess((v) => (v === undefined || v === '' ? 'da' : v), choice(LOCALES as unknown as readonly ['da', 'en'])),
};
const contactSchema = z.object({ ...personFields, canApprove: checkbox, billTraining: checkbox });
const approverSchema = z.object(personFields);

/** When each of the company's people was a support contact or held the approval right, by start. */
export function companyPeriodHistory(s: Services, companyId: string): Promise<PeriodRow[]> {
  return companyPeriods(s.db, { companyId });
}

/** The company's contacts and approvers, contacts first, active before inactive. */
export async function companyPeople(s: Services, companyId: string): Promise<Person[]> {
  return s.db.models.Person.findAll({
    where: { companyId, role: { [Op.in]: ['contact', 'approver'] } },
    order: [
      ['role', 'DESC'],
      ['active', 'DESC'],
      ['lastName', 'ASC'],
      ['firstName', 'ASC'],
      ['id', 'ASC'],
    ],
  });
}

export interface ContactPricing {
  included: number;
  activeContacts: number;
  /** Whether one more contact would be beyond the included ones. */
  nextIsExtra: boolean;
  monthlyFeeOre: number;
  training: BillingLine;
}

/** What one more support contact costs this company, from the terms in force. */
export function contactPricing(s: Services, company: Company, people: Person[]): ContactPricing {
  const prices = s.terms().prices;
  const activeContacts = people.filter((p) => p.role === 'contact' && p.active).length;
  return {
    included: prices.includedContacts,
    activeContacts,
    nextIsExtra: activeContacts >= prices.includedContacts,
    monthlyFeeOre: prices.extraContactMonthlyOre,
    training: contactTrainingLine({ solutionType: company.solutionType, prices }),
  };
}

export interface AddedPerson {
  person: Person;
  /** The contact training billed for a new support contact, when the desk chose to bill it. */
  training: BillingLine | null;
  /** A new support contact beyond the included ones: it carries the monthly fee (in øre), else null. */
  monthlyFeeOre: number | null;
  invitation: SentLink;
}

/** A person after a one-click change, and the invitation it sent, if any. */
export interface PersonChange {
  person: Person;
  invitation: SentLink | null;
}

/** Creates a support contact or a price approver and sends the invitation to choose a password. */
export async function addCompanyPerson(s: Services, by: Person, companyId: string, role: CompanyRole, raw: unknown): Promise<AddedPerson> {
  const company = await findCompany(s, companyId);
  const values = role === 'contact' ? parseForm(contactSchema, raw) : { ...parseForm(approverSchema, raw), canApprove: true, billTraining: false };
  const { Person } = s.db.models;
  const taken = await emailTaken(s, values.email);
  if (taken) throw invalid({ email: taken });

  const training = values.billTraining ? contactTrainingLine({ solutionType: company.solutionType, prices: s.terms().prices }) : null;
  let person: Person;
  const today = todayOf(s);
  try {
    // Under the company's billing lock: a training charge dated in an exported month goes to the next open one.
    person = await withCompanyBilling(s.db, company.id, async (transaction) => {
      const created = await Person.create(
        {
          email: values.email,
          firstName: values.firstName,
          lastName: values.lastName,
          role,
          companyId: company.id,
          canApprove: values.canApprove,
          locale: values.locale,
          passwordHash: null,
          lastLoginAt: null,
        },
        { transaction },
      );
      await startPeriod(s.db, { personId: created.id, companyId: company.id, kind: role === 'contact' ? 'contact' : 'approval', from: today }, transaction);
      if (role === 'contact' && values.canApprove)
        await startPeriod(s.db, { personId: created.id, companyId: company.id, kind: 'approval', from: today }, transaction);
      if (training) {
        await s.db.sequelize.query(
          `INSERT INTO company_charges (company_id, person_id, kind, minutes, amount_ore, text, billed_on, created_by_id)
           VALUES (:companyId, :personId, :kind, :minutes, :amountOre, :text, :billedOn, :byId)`,
          {
            transaction,
            type: QueryTypes.INSERT,
            replacements: {
              companyId: company.id,
              personId: created.id,
              ...training,
              text: `${training.text}: ${created.fullName}`,
              billedOn: await billedOnFor(s.db, company.id, today, transaction),
              byId: by.id,
            },
          },
        );
      }
      const after = { ...personSnapshot(created), ...(training ? { trainingBilledOre: training.amountOre } : {}) };
      await recordAudit(s, { actor: by, entity: 'person', entityId: created.id, action: 'created', before: null, after }, transaction);
      return created;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintError) throw invalid({ email: (await emailTaken(s, values.email)) ?? 'email_taken' });
    throw err;
  }
  const invitation = await sendInvitation(s, person, company);
  const prices = s.terms().prices;
  const contacts = role === 'contact' ? await Person.count({ where: { companyId: company.id, role: 'contact', active: true } }) : 0;
  return { person, training, monthlyFeeOre: contacts > prices.includedContacts ? prices.extraContactMonthlyOre : null, invitation };
}

async function companyPerson(s: Services, companyId: string, personId: number): Promise<{ company: Company; person: Person }> {
  const company = await findCompany(s, companyId);
  const person = Number.isSafeInteger(personId) ? await s.db.models.Person.findByPk(personId) : null;
  if (!person || person.companyId !== company.id || (person.role !== 'contact' && person.role !== 'approver')) throw notFound();
  return { company, person };
}

/** Gives or takes a support contact's right to accept prices (quotes and training offers). */
export async function setApprovalRight(s: Services, by: Person, companyId: string, personId: number, canApprove: boolean): Promise<PersonChange> {
  const { person } = await companyPerson(s, companyId, personId);
  if (person.role !== 'contact') throw conflict('rules:refusals.approver_always_approves');
  if (person.canApprove === canApprove) return { person, invitation: null };
  await s.db.sequelize.transaction(async (transaction) => {
    const period = { personId: person.id, companyId: person.companyId!, kind: 'approval' as const };
    if (canApprove && person.active) await startPeriod(s.db, { ...period, from: todayOf(s) }, transaction);
    else if (!canApprove) await endPeriod(s.db, { ...period, on: todayOf(s) }, transaction);
    await person.update({ canApprove }, { transaction });
    const action = canApprove ? 'approval_given' : 'approval_taken';
    await recordAudit(s, { actor: by, entity: 'person', entityId: person.id, action, before: { canApprove: !canApprove }, after: { canApprove } }, transaction);
  });
  return { person, invitation: null };
}

/**
 * Deactivates a person (they can no longer sign in; open links, API tokens and sessions stop working
 * at once), or reactivates them (with a new invitation when they never chose a password). The last
 * active support contact of a company cannot be deactivated: add the new contact first.
 */
export async function setPersonActive(s: Services, by: Person, companyId: string, personId: number, active: boolean): Promise<PersonChange> {
  const { company, person } = await companyPerson(s, companyId, personId);
  if (person.active === active) return { person, invitation: null };
  const audit = (transaction: Transaction) =>
    recordAudit(
      s,
      { actor: by, entity: 'person', entityId: person.id, action: active ? 'reactivated' : 'deactivated', before: { active: !active }, after: { active } },
      transaction,
    );
  if (!active) {
    await s.db.sequelize.transaction(async (transaction) => {
      if (person.role === 'contact') {
        const others = await s.db.models.Person.count({
          where: { companyId: company.id, role: 'contact', active: true, id: { [Op.ne]: person.id } },
          transaction,
        });
        if (others === 0) {
          throw conflict('rules:refusals.last_contact');
        }
      }
      await revokeAccess(s, person.id, transaction);
      for (const kind of periodKinds(person)) await endPeriod(s.db, { personId: person.id, companyId: company.id, kind, on: todayOf(s) }, transaction);
      await person.update({ active: false }, { transaction });
      await audit(transaction);
    });
    return { person, invitation: null };
  }
  await s.db.sequelize.transaction(async (transaction) => {
    for (const kind of periodKinds(person)) await startPeriod(s.db, { personId: person.id, companyId: company.id, kind, from: todayOf(s) }, transaction);
    await person.update({ active: true }, { transaction });
    await audit(transaction);
  });
  return { person, invitation: person.passwordHash === null ? await sendInvitation(s, person, company) : null };
}

/** The periods a person's activity opens and closes: a contact's (and their approval right's), an approver's right. */
function periodKinds(person: Person): ('contact' | 'approval')[] {
  if (person.role === 'approver') return ['approval'];
  return person.canApprove ? ['contact', 'approval'] : ['contact'];
}

/** Sends a new invitation to an active person who has not chosen a password yet. */
export async function resendInvitation(s: Services, by: Person, companyId: string, personId: number): Promise<PersonChange> {
  const { company, person } = await companyPerson(s, companyId, personId);
  if (!person.active || person.passwordHash !== null) {
    throw conflict('rules:refusals.reinvite_only');
  }
  const invitation = await sendInvitation(s, person, company);
  await recordAudit(s, { actor: by, entity: 'person', entityId: person.id, action: 'invited_again', before: null, after: null });
  return { person, invitation };
}
