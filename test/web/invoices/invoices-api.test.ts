// Invoices through the JSON API against the running product (OpenAPI-checked): a company's billing details
// (validated, audited), a month with time, an order, a contact fee and a correction locked and invoiced —
// the totals equal the locked lines for every company invoiced, VAT 25 % on the total, the UBL totals say
// the same — making them again gives the same invoices, the list says the same, and who may read what.
// A correction after invoicing goes to the next month's invoice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { api, tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, act, approver, contact1, contact2 } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { closeTestDatabase, devServerClient, testDatabase } from '../../support/servers.js';
import { pino } from 'pino';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { lockMonth } from '../../../services/billing/locks.js';
import { makeInvoices as makeInvoiceRun } from '../../../services/billing/invoices/make.js';
import { findInvoice } from '../../../services/billing/invoices/list.js';
import { shiftMonth } from '../../../domain/billing-months.js';
import { vatOre } from '../../../domain/invoices/vat.js';
import { ownCompany, type OwnCompany } from '../orders/orders-support.js';
import {
  billSomeWork,
  billedCompany,
  currentMonth,
  frozenMonth,
  lockCompanyMonth,
  makeInvoices,
  thirdContact,
  ubl,
  xmlOf,
  type ApiInvoice,
} from './invoices-support.js';

let co: OwnCompany;
let month: string;
let cases: Awaited<ReturnType<typeof billSomeWork>>;
let locked: Awaited<ReturnType<typeof lockCompanyMonth>>;
let first: { status: number; invoices: ApiInvoice[] };

beforeAll(async () => {
  co = await billedCompany('invoice-api');
  await thirdContact(co);
  month = currentMonth();
  cases = await billSomeWork(co);
  locked = await lockCompanyMonth(co.id, month);
  first = await makeInvoices(month);
}, 300_000);
afterAll(async () => closeTestDatabase());

describe("a company's billing details", () => {
  it('are read and changed by desk managers, each field checked with a message naming it, and audited', async () => {
    const manager = await tokenFor(MANAGER);
    const got = await checkedApi('GET', `/companies/${co.id}/billing`, { token: manager });
    expect(got.body).toMatchObject({ company: co.id, cvr: '10291003', country: 'DK', locale: 'da', invoiceEmail: `faktura@${co.id}.test` });
    const bad = await checkedApi('PATCH', `/companies/${co.id}/billing`, { token: manager, body: { cvr: '12345678', gln: '5798000428408', locale: 'de' } });
    expect(bad.status).toBe(422);
    expect(bad.body.fields).toEqual({ cvr: 'invalid_cvr', gln: 'invalid_gln', locale: 'invalid_choice' });
    expect(bad.body.errors.cvr).toMatch(/CVR number is 8 digits/);
    expect((await checkedApi('PATCH', `/companies/${co.id}/billing`, { token: manager, body: { colour: 'red' } })).body.fields).toEqual({
      colour: 'unknown_field',
    });
    expect((await checkedApi('GET', `/companies/${co.id}/billing`, { token: await tokenFor(AGENT) })).status).toBe(403);
    const changed = await checkedApi('PATCH', `/companies/${co.id}/billing`, { token: manager, body: { attention: 'Bo Bogholder', gln: '5798 0004 2840 9' } });
    expect(changed.body).toMatchObject({ attention: 'Bo Bogholder', gln: '5798000428409', cvr: '10291003' });
    const [entry] = await testDatabase().sequelize.query<{ before: Record<string, unknown>; after: Record<string, unknown>; actor_name: string }>(
      `SELECT before, after, actor_name FROM audit_log WHERE entity = 'company' AND entity_id = :id AND action = 'billing_details_updated' ORDER BY id DESC LIMIT 1`,
      { type: QueryTypes.SELECT, replacements: { id: co.id } },
    );
    expect(entry).toMatchObject({ before: { gln: null, attention: 'Bente Bogholder' }, after: { gln: '5798000428409', attention: 'Bo Bogholder' } });
  });
});

describe('making a locked month’s invoices', () => {
  it('refuses a month nobody has locked (409), and anyone but a desk manager (403)', async () => {
    expect((await checkedApi('POST', '/billing/2001-01/invoices', { token: await tokenFor(MANAGER) })).status).toBe(409);
    expect((await checkedApi('POST', `/billing/${month}/invoices`, { token: await tokenFor(AGENT) })).status).toBe(403);
    expect((await checkedApi('POST', `/billing/${month}/invoices`, { token: await tokenFor(approver('faktureret')) })).status).toBe(403);
    expect((await api('POST', '/billing/2025-13/invoices', { token: await tokenFor(MANAGER) })).status).toBe(422);
  });

  it("makes one invoice per company with the locked month's lines: time, the order, the contact fee and the correction", async () => {
    expect(first.status).toBe(201);
    expect(locked.map((l) => l.kind)).toEqual(expect.arrayContaining(['time', 'order_price', 'contact_fee', 'correction']));
    const mine = first.invoices.filter((i) => i.company === co.id);
    expect(mine).toHaveLength(1);
    const total = locked.reduce((n, l) => n + l.amountOre, 0);
    // 45 min and 20 min of time at 950 kr./h, the course at 11.000 kr., one extra contact at 500 kr., the correction of 30 min.
    expect(total).toBe(71_250 + 31_667 + 1_100_000 + 50_000 + 47_500);
    expect(mine[0]).toMatchObject({ company: co.id, month, totalExVatOre: total, vatOre: vatOre(total), totalOre: total + vatOre(total) });
    expect(locked.find((l) => l.kind === 'correction')).toMatchObject({ case: cases.reopened, amountOre: 47_500 });
  });

  it('has totals equal to the locked lines for every company invoiced that month', async () => {
    const manager = await tokenFor(MANAGER);
    for (const invoice of first.invoices) {
      const monthDoc = await checkedApi('GET', `/billing/${month}?company=${invoice.company}`, { token: manager });
      const lines: { amountOre: number }[] = monthDoc.body.companies[0].lines;
      const sum = lines.reduce((n, l) => n + l.amountOre, 0);
      expect(invoice.totalExVatOre, invoice.company).toBe(sum);
      expect(invoice.vatOre).toBe(vatOre(sum));
      expect(invoice.totalOre).toBe(sum + vatOre(sum));
      const xml = (await xmlOf(invoice.number)).body as string;
      expect(ubl(xml.slice(xml.indexOf('<cac:LegalMonetaryTotal>')), 'LineExtensionAmount')).toBe(sum);
      expect(ubl(xml, 'TaxAmount')).toBe(invoice.vatOre);
      expect(ubl(xml, 'PayableAmount')).toBe(invoice.totalOre);
      expect(xml.match(/<cac:InvoiceLine>/g)).toHaveLength(lines.length);
    }
  });

  it('gives the same invoices when made again, and the list says the same', async () => {
    const again = await makeInvoices(month, 200);
    expect(again.invoices).toEqual(first.invoices);
    const listed = await checkedApi('GET', `/invoices?month=${month}`, { token: await tokenFor(MANAGER) });
    expect(listed.status).toBe(200);
    expect(listed.body.invoices).toEqual(first.invoices);
    expect((await checkedApi('GET', '/invoices?month=2025-1', { token: await tokenFor(MANAGER) })).status).toBe(422);
  });

  it('withholds the invoice of a company with neither a CVR nor an EAN number until one is added (no number taken)', async () => {
    const bare = await ownCompany('invoice-bare');
    const frozen = '2017-05'; // a month no other test reaches
    await frozenMonth(bare.id, frozen, [{ kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr (${frozen})` }]);
    const withheld = await makeInvoices(frozen, 200);
    expect(withheld.invoices.map((i) => i.company)).not.toContain(bare.id);
    expect(withheld.withheld).toEqual([{ company: bare.id, companyName: bare.name, missing: ['cvr'] }]);
    const manager = await tokenFor(MANAGER);
    const patched = await checkedApi('PATCH', `/companies/${bare.id}/billing`, { token: manager, body: { gln: '5798000428409' } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const made = await makeInvoices(frozen, 201);
    expect(made.withheld).toEqual([]);
    const invoice = made.invoices.find((i) => i.company === bare.id)!;
    expect(invoice.totalExVatOre).toBe(50_000);
    expect((await xmlOf(invoice.number)).body).toContain('<cbc:EndpointID schemeID="0088">5798000428409</cbc:EndpointID>');
  });

  it('serves the UBL XML and the PDF to desk managers and the company’s approvers only (404 for anyone else)', async () => {
    const number = first.invoices.find((i) => i.company === co.id)!.number;
    const xml = await xmlOf(number);
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(xml.body).toContain('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"');
    expect(xml.body).toContain(`<cbc:ID>${number}</cbc:ID>`);
    expect(xml.body).toContain(`<cac:OrderReference><cbc:ID>REF-${co.id.slice(-4)}</cbc:ID></cac:OrderReference>`);
    expect(xml.body).toContain('<cbc:EndpointID schemeID="0184">10291003</cbc:EndpointID>');
    const pdf = await api('GET', `/invoices/${number}.pdf`, { token: await tokenFor(co.approver) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    expect((await xmlOf(number, co.contactA)).status).toBe(200); // a contact with the approval right
    expect((await xmlOf(number, co.contactB)).status).toBe(404); // a contact without it
    expect((await xmlOf(number, approver('faktureret'))).status).toBe(404); // another company's approver
    expect((await xmlOf(number, AGENT)).status).toBe(404);
    expect((await xmlOf(999_999_999)).status).toBe(404);
    expect((await api('GET', `/invoices/${number}.txt`, { token: await tokenFor(MANAGER) })).status).toBe(404);
    const own = await checkedApi('GET', '/invoices', { token: await tokenFor(co.approver) });
    expect(own.body.invoices.map((i: ApiInvoice) => i.company)).toEqual([co.id]);
    expect((await checkedApi('GET', '/invoices', { token: await tokenFor(contact2('faktureret')) })).status).toBe(403);
    expect((await checkedApi('GET', '/invoices', { token: await tokenFor(contact1('faktureret')) })).status).toBe(200);
  });

  it('bills a correction made after invoicing on the next month’s invoice', async () => {
    await act(co.contactB, cases.reopened, 'reopen', { reason: 'Endnu en ting.' });
    await act(AGENT, cases.reopened, 'log-time', { minutes: 15 });
    await act(AGENT, cases.reopened, 'resolve', { summary: 'Færdig.' });
    await act(AGENT, cases.reopened, 'close');
    const next = shiftMonth(month, 1);
    const nextMonth = await checkedApi('GET', `/billing/${next}?company=${co.id}`, { token: await tokenFor(MANAGER) });
    expect(nextMonth.body.companies[0].lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ case: cases.reopened, kind: 'correction', amountOre: 23_750, billedOn: `${next}-01` })]),
    );
    // This month's invoice is unchanged.
    expect((await makeInvoices(month, 200)).invoices).toEqual(first.invoices);
    // Next month (a service layer whose clock is in it): locked and invoiced, the correction is on its invoice.
    const s = createServices({
      db: testDatabase(),
      temporal: await devServerClient(),
      env: readEnv({ ...process.env, NODE_ENV: 'test' }),
      log: pino({ level: 'silent' }),
      now: () => Date.parse(`${next}-15T12:00:00Z`),
    });
    const manager = (await testDatabase().models.Person.findOne({ where: { email: MANAGER } }))!;
    await lockMonth(s, manager, next, co.id);
    const run = await makeInvoiceRun(s, manager, next);
    const invoice = run.invoices.find((i) => i.companyId === co.id)!;
    const doc = (await findInvoice(s, manager, invoice.number)).document;
    expect(doc.lines).toEqual(expect.arrayContaining([expect.objectContaining({ caseNumber: cases.reopened, kind: 'correction', amountOre: 23_750 })]));
    expect(invoice.number).toBeGreaterThan(Math.max(...first.invoices.map((i) => i.number)));
    await s.temporal.connection.close();
  });
});
