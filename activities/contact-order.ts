// Delivers a support-contact order (SPEC §3a) in one transaction, idempotently: the ordered person
// becomes an active support contact of the company (created, or reactivated) with a contact period from
// the delivery day and an invitation to choose a password; a replaced contact loses access (their period
// ends that day) and their open cases are named for the workflow to move. Retried, it finds its own work
// done and changes nothing more (the invitation is queued once per order and person).
import { createHash, randomBytes } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import type { Database } from '../db/connection.js';
import type { Person } from '../db/models/person.js';
import { endPeriod, retireAccess, startPeriod } from '../db/person-periods.js';
import { translator } from '../i18n/index.js';
import type { ContactOrderDelivery, ContactOrderOutcome } from '../workflows/records.js';
import { classifyingDataErrors } from './errors.js';

const INVITE_HOURS = 72;

interface OrderFields {
  action?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  replaces?: string;
}

const ref = (p: Person) => ({ id: p.id, name: p.fullName });

async function invite(db: Database, person: Person, companyName: string, req: ContactOrderDelivery, transaction: Transaction): Promise<boolean> {
  if (person.passwordHash !== null) return false;
  const dedupeKey = `contact-order:${req.caseNumber}:invite:${person.id}`;
  if (await db.models.Notification.findOne({ where: { dedupeKey }, transaction })) return true;
  const token = randomBytes(32).toString('base64url');
  await db.models.PersonToken.create(
    {
      personId: person.id,
      purpose: 'invite',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(req.at + INVITE_HOURS * 3600_000),
      usedAt: null,
    },
    { transaction },
  );
  const roleName = translator(person.locale)('roles.contact').toLowerCase();
  await db.models.Notification.create(
    {
      dedupeKey,
      personId: person.id,
      email: person.email,
      locale: person.locale,
      template: 'invitation',
      params: { name: person.firstName, roleName, company: companyName, linkPath: `/password/set/${token}` },
      caseNumber: null,
    },
    { transaction },
  );
  return true;
}

export function deliverContactOrder({ db }: { db: Database }) {
  return async function deliverContactOrder(req: ContactOrderDelivery): Promise<ContactOrderOutcome> {
    return classifyingDataErrors('delivering the support-contact order', () =>
      db.sequelize.transaction(async (transaction) => {
        const { CaseRecord, Company, Person } = db.models;
        const order = await CaseRecord.findByPk(req.caseNumber, { transaction });
        const company = await Company.findByPk(req.companyId, { transaction });
        const fields = (order?.fields ?? {}) as OrderFields;
        const nothing: ContactOrderOutcome = { person: null, invited: false, replaced: null, moved: [], problem: null };
        if (!order || !company || !fields.email) return { ...nothing, problem: 'email_taken' };
        const orderedBy = await Person.findByPk(order.contactId, { transaction });

        let person = await Person.findOne({ where: { email: fields.email.trim().toLowerCase() }, transaction });
        if (person && (person.companyId !== company.id || person.role !== 'contact')) return { ...nothing, problem: 'email_taken' };
        const replaced =
          fields.action === 'replace' && fields.replaces
            ? await Person.findOne({ where: { email: fields.replaces, companyId: company.id, role: 'contact' }, transaction })
            : null;
        if (fields.action === 'replace' && (!replaced || replaced.id === person?.id)) return { ...nothing, problem: 'replaced_unknown' };

        if (!person) {
          person = await Person.create(
            {
              email: fields.email,
              firstName: fields.firstName ?? '',
              lastName: fields.lastName ?? '',
              role: 'contact',
              companyId: company.id,
              canApprove: false,
              locale: orderedBy?.locale ?? 'da',
              passwordHash: null,
              lastLoginAt: null,
            },
            { transaction },
          );
        } else if (!person.active) {
          await person.update({ active: true }, { transaction });
        }
        await startPeriod(db, { personId: person.id, companyId: company.id, kind: 'contact', from: req.deliveredOn }, transaction);
        const invited = await invite(db, person, company.name, req, transaction);

        let moved: number[] = [];
        if (replaced) {
          await retireAccess(db, replaced.id, new Date(req.at), transaction);
          for (const kind of ['contact', 'approval'] as const)
            await endPeriod(db, { personId: replaced.id, companyId: company.id, kind, on: req.deliveredOn }, transaction);
          const open = await db.sequelize.query<{ number: number }>(
            `SELECT number FROM cases WHERE contact_id = :id AND status NOT IN ('closed', 'withdrawn') AND number <> :order ORDER BY number`,
            { type: QueryTypes.SELECT, replacements: { id: replaced.id, order: req.caseNumber }, transaction },
          );
          moved = open.map((r) => r.number);
        }
        return { person: ref(person), invited, replaced: replaced ? ref(replaced) : null, moved, problem: null };
      }),
    );
  };
}
