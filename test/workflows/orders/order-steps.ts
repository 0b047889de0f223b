// Steps shared by the order and money-over-time workflow tests: a company of the test's own (so locking
// its billing months or replacing its contacts touches no other test), and an order filed and offered.
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { expect } from 'vitest';
import { fileCase } from '../../../services/cases/intake.js';
import type { CaseHarness } from '../../support/case-harness.js';
import { testDatabase } from '../../support/servers.js';
import type { CaseType, SolutionType } from '../../../domain/types.js';
import { AGENT } from '../steps.js';

export interface TestCompany {
  id: string;
  /** Support contact with the approval right, without, and the price approver. */
  contactA: string;
  contactB: string;
  approver: string;
}

/** A company with two support contacts (contacts since 2020), a price approver and a `faktureret` agreement. */
export async function testCompany(solutionType: SolutionType = 'standard'): Promise<TestCompany> {
  const db = testDatabase();
  const key = randomUUID().slice(0, 8);
  const id = `orders-${key}`;
  await db.models.Company.create({ id, name: `Ordrer ${key} ApS`, solutionType, firstTrainingDay: null });
  await db.models.Agreement.create({ companyId: id, kind: 'faktureret', validFrom: '2020-01-01', validTo: null });
  const person = (local: string, role: 'contact' | 'approver', canApprove: boolean, first: string) =>
    db.models.Person.create({
      email: `${local}@${id}.test`,
      firstName: first,
      lastName: 'Test',
      role,
      companyId: id,
      canApprove,
      passwordHash: null,
      lastLoginAt: null,
    });
  const a = await person('kontakt-a', 'contact', true, 'Alma');
  const b = await person('kontakt-b', 'contact', false, 'Bent');
  const approver = await person('godkender', 'approver', true, 'Gitte');
  await db.sequelize.query(
    `INSERT INTO person_periods (person_id, company_id, kind, valid_from) VALUES (:a, :id, 'contact', '2020-01-01'), (:b, :id, 'contact', '2020-01-01'),
       (:a, :id, 'approval', '2020-01-01'), (:g, :id, 'approval', '2020-01-01')`,
    { type: QueryTypes.INSERT, replacements: { a: a.id, b: b.id, g: approver.id, id } },
  );
  return { id, contactA: a.email, contactB: b.email, approver: approver.email };
}

/** The form values of an order of `type`, as a contact fills them in. */
export function orderValues(type: CaseType, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = { title: `${type} ${randomUUID().slice(0, 6)}`, description: 'Hvad vi ønsker, med ord.' };
  switch (type) {
    case 'course_booking':
      return { ...base, course: 'grundkursus', participants: 'Anna Holm, anna@kunde.test\nBo Berg, bo@kunde.test', period: 'Uge 10', onSite: 'true', ...extra };
    case 'consultancy':
      return { ...base, goal: 'At årsafslutningen kører af sig selv.', period: 'November', expectedHours: '10', ...extra };
    case 'contact_order':
      return { ...base, action: 'add', firstName: 'Dorte', lastName: 'Dahl', email: `dorte-${randomUUID().slice(0, 8)}@kunde.test`, qualified: 'on', ...extra };
    default:
      return { ...base, ...extra };
  }
}

/** Files an order through the same service as the portal's form, as `email` (a contact of the company). */
export async function fileOrder(h: CaseHarness, email: string, type: CaseType, extra: Record<string, unknown> = {}): Promise<number> {
  const record = await fileCase(h.services, await h.person(email), { type, values: orderValues(type, extra), mode: 'form' });
  return record.number;
}

/** An order filed, acknowledged and offered; its view awaits acceptance. */
export async function offeredOrder(
  h: CaseHarness,
  email: string,
  type: CaseType,
  offer: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const number = await fileOrder(h, email, type, extra);
  await h.act(number, AGENT, 'acknowledge', { plan: 'Vi sender et tilbud i dag.' });
  const view = await h.act(number, AGENT, 'offer', offer);
  expect(view).toMatchObject({ status: 'awaiting_acceptance', waitingOn: 'approver', order: { offer: { outcome: 'pending' } } });
  return number;
}
