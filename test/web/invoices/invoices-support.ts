// Helpers for the invoice tests against the running product: a company of the test's own with billing
// details, a month of real billing for it (time, an order, the monthly fee of a third contact, and a
// correction from a case reopened and billed again), locked months made from frozen lines for companies
// the test owns, and the invoices as the API lists them.
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { expect } from 'vitest';
import { api, tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, act } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { testDatabase } from '../../support/servers.js';
import { ownCompany, type OwnCompany } from '../orders/orders-support.js';

export { currentMonth } from '../orders/orders-support.js';

export interface ApiInvoice {
  number: number;
  company: string;
  month: string;
  totalExVatOre: number;
  vatOre: number;
  totalOre: number;
  status: string;
}

/** A company of the test's own with billing details set through the API. */
export async function billedCompany(prefix: string, details: Record<string, unknown> = {}): Promise<OwnCompany> {
  const co = await ownCompany(prefix);
  const res = await checkedApi('PATCH', `/companies/${co.id}/billing`, {
    token: await tokenFor(MANAGER),
    body: {
      street: 'Prøvevej 1',
      postcode: '2100',
      city: 'København Ø',
      cvr: '10291003',
      invoiceEmail: `faktura@${co.id}.test`,
      attention: 'Bente Bogholder',
      reference: `REF-${co.id.slice(-4)}`,
      ...details,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return co;
}

async function file(email: string, type: string, fields: Record<string, unknown>) {
  const res = await checkedApi('POST', '/cases', {
    token: await tokenFor(email),
    body: { type, title: `Faktura ${type} ${randomUUID().slice(0, 6)}`, description: 'Til fakturaen.', fields },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { number: number };
}

/** A third support contact from 2020 on: the month bills one extra contact's monthly fee. */
export async function thirdContact(co: OwnCompany): Promise<void> {
  const db = testDatabase();
  const p = await db.models.Person.create({
    email: `kontakt-c@${co.id}.test`,
    firstName: 'Carl',
    lastName: 'Tredje',
    role: 'contact',
    companyId: co.id,
    canApprove: false,
    passwordHash: null,
    lastLoginAt: null,
  });
  await db.sequelize.query(`INSERT INTO person_periods (person_id, company_id, kind, valid_from) VALUES (:p, :id, 'contact', '2020-01-01')`, {
    type: QueryTypes.INSERT,
    replacements: { p: p.id, id: co.id },
  });
}

/** Billing in the current month: time, a course at its price, and a correction (a case reopened and billed again). Returns the case numbers. */
export async function billSomeWork(co: OwnCompany): Promise<{ support: number; course: number; reopened: number }> {
  const support = await file(co.contactA, 'support', { workflow: 'Fakturering', tried: 'Alt', expected: 'At det virker' });
  await act(AGENT, support.number, 'acknowledge', { plan: 'Vi ringer.' });
  await act(AGENT, support.number, 'qualify', {});
  await act(AGENT, support.number, 'log-time', { minutes: 45 });
  await act(AGENT, support.number, 'resolve', { summary: 'Løst.' });
  await act(AGENT, support.number, 'close');

  const course = await file(co.contactA, 'course_booking', {
    course: 'rapporter',
    participants: [{ name: 'Anna Holm', email: 'anna@kunde.test' }],
    period: 'Marts',
    onSite: false,
  });
  await act(AGENT, course.number, 'acknowledge', { plan: 'Vi sender et tilbud.' });
  await act(AGENT, course.number, 'offer', { text: 'Rapportkursus online.', priceOre: 1_100_000 });
  await act(co.approver, course.number, 'accept-offer');
  await act(AGENT, course.number, 'start-work');
  await act(AGENT, course.number, 'deliver', { summary: 'Kurset er holdt.' });
  await act(AGENT, course.number, 'close');

  const reopened = await file(co.contactB, 'support', { workflow: 'Lager', tried: 'Genstart', expected: 'Tal der stemmer' });
  await act(AGENT, reopened.number, 'acknowledge', { plan: 'Vi ser på det.' });
  await act(AGENT, reopened.number, 'qualify', {});
  await act(AGENT, reopened.number, 'log-time', { minutes: 20 });
  await act(AGENT, reopened.number, 'resolve', { summary: 'Løst.' });
  await act(AGENT, reopened.number, 'close');
  await act(co.contactB, reopened.number, 'reopen', { reason: 'Tallene stemmer stadig ikke.' });
  await act(AGENT, reopened.number, 'log-time', { minutes: 30 });
  await act(AGENT, reopened.number, 'resolve', { summary: 'Nu stemmer de.' });
  await act(AGENT, reopened.number, 'close');
  return { support: support.number, course: course.number, reopened: reopened.number };
}

/** Locks a company's month as the export does (through the API), returning the locked lines. */
export async function lockCompanyMonth(companyId: string, month: string): Promise<{ kind: string; amountOre: number; case: number | null }[]> {
  const res = await checkedApi('POST', `/billing/${month}/lock`, { token: await tokenFor(MANAGER), body: { company: companyId } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.companies[0].lines;
}

/** A month frozen straight into billing_locks (for companies a test owns, in months no case can reach). */
export async function frozenMonth(
  companyId: string,
  month: string,
  lines: { kind: string; minutes: number; amountOre: number; text: string; caseNumber?: number | null }[],
) {
  const document = {
    companyId,
    companyName: companyId,
    activeContacts: 2,
    lines: lines.map((l) => ({
      companyId,
      caseNumber: l.caseNumber ?? null,
      caseTitle: l.caseNumber ? `Sag ${l.caseNumber}` : null,
      billedOn: `${month}-01`,
      kind: l.kind,
      minutes: l.minutes,
      amountOre: l.amountOre,
      text: l.text,
      corrects: null,
    })),
  };
  await testDatabase().sequelize.query(
    `INSERT INTO billing_locks (company_id, month, locked_at, document) VALUES (:companyId, :month, now(), CAST(:document AS jsonb)) ON CONFLICT DO NOTHING`,
    { replacements: { companyId, month, document: JSON.stringify(document) } },
  );
}

export async function makeInvoices(
  month: string,
  expected?: number,
): Promise<{ status: number; invoices: ApiInvoice[]; withheld: { company: string; companyName: string; missing: string[] }[] }> {
  const res = await checkedApi('POST', `/billing/${month}/invoices`, { token: await tokenFor(MANAGER) });
  if (expected !== undefined) expect(res.status, JSON.stringify(res.body)).toBe(expected);
  return { status: res.status, invoices: res.body.invoices, withheld: res.body.withheld };
}

export async function xmlOf(number: number, email = MANAGER) {
  return api('GET', `/invoices/${number}.xml`, { token: await tokenFor(email) });
}

/** A UBL amount element's value: <cbc:PayableAmount currencyID="DKK">12.50</…> → 1250 øre. */
export function ubl(xml: string, element: string): number {
  const m = new RegExp(`<cbc:${element} currencyID="DKK">(-?\\d+)\\.(\\d\\d)</cbc:${element}>`).exec(xml);
  if (!m) throw new Error(`no ${element} in ${xml.slice(0, 300)}`);
  const ore = Number(m[1]!.replace('-', '')) * 100 + Number(m[2]);
  return m[1]!.startsWith('-') ? -ore : ore;
}
