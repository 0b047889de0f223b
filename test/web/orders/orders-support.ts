// A company of a test's own for the order and billing tests against the running product: two support
// contacts (the first with the approval right) and a price approver, all with the demo password, a
// `faktureret` agreement, and contact periods since 2020 — so locking its months touches no other test.
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { hashPassword } from '../../../platform/password-hash.js';
import { testDatabase } from '../../support/servers.js';

export interface OwnCompany {
  id: string;
  name: string;
  contactA: string;
  contactB: string;
  approver: string;
}

export async function ownCompany(prefix: string, solutionType: 'standard' | 'enterprise' = 'standard'): Promise<OwnCompany> {
  const db = testDatabase();
  const key = randomUUID().slice(0, 8);
  const id = `${prefix}-${key}`;
  const name = `${prefix === 'web-orders' ? 'Webordrer' : 'Ordrer'} ${key} ApS`;
  await db.models.Company.create({ id, name, solutionType, firstTrainingDay: null });
  await db.models.Agreement.create({ companyId: id, kind: 'faktureret', validFrom: '2020-01-01', validTo: null });
  const passwordHash = await hashPassword('demo1234');
  const person = (local: string, role: 'contact' | 'approver', canApprove: boolean, firstName: string) =>
    db.models.Person.create({ email: `${local}@${id}.test`, firstName, lastName: 'Test', role, companyId: id, canApprove, passwordHash, lastLoginAt: null });
  const a = await person('kontakt-a', 'contact', true, 'Alma');
  const b = await person('kontakt-b', 'contact', false, 'Bent');
  const g = await person('godkender', 'approver', true, 'Gitte');
  await db.sequelize.query(
    `INSERT INTO person_periods (person_id, company_id, kind, valid_from) VALUES (:a, :id, 'contact', '2020-01-01'), (:b, :id, 'contact', '2020-01-01'),
       (:a, :id, 'approval', '2020-01-01'), (:g, :id, 'approval', '2020-01-01')`,
    { type: QueryTypes.INSERT, replacements: { a: a.id, b: b.id, g: g.id, id } },
  );
  return { id, name, contactA: a.email, contactB: b.email, approver: g.email };
}

/** The current month in the desk's time zone (the product runs on the wall clock). */
export const currentMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 7);
