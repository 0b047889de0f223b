// Orders and billing months through the JSON API against the running product (OpenAPI-checked): each
// order type filed (the contact's own, and by phone through the desk), offered, accepted, delivered and
// billed as configured; the billing month of a company as JSON, its CSV export locking it and coming
// back byte for byte, and a case closed after the lock billed in the next month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { AGENT, MANAGER, act } from '../../support/api-cases.js';
import { closeTestDatabase } from '../../support/servers.js';
import { shiftMonth } from '../../../domain/billing-months.js';
import { ownCompany, currentMonth, type OwnCompany } from './orders-support.js';

let co: OwnCompany;
beforeAll(async () => {
  co = await ownCompany('api-orders');
});
afterAll(async () => closeTestDatabase());

async function file(email: string, type: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}, status = 201) {
  const res = await checkedApi('POST', '/cases', {
    token: await tokenFor(email),
    body: { type, title: `API ${type} ${Date.now()}`, description: 'Bestilt gennem API’et.', fields, ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

const COURSE = { course: 'rapporter', participants: [{ name: 'Anna Holm', email: 'anna@kunde.test' }], period: 'Marts', onSite: false };

describe('orders through the API', () => {
  it('refuses an order without the fields the desk needs, and a course outside the catalogue', async () => {
    const missing = await file(co.contactA, 'contact_order', {}, {}, 422);
    expect(Object.keys(missing.fields).sort()).toEqual(['fields.action', 'fields.email', 'fields.firstName', 'fields.lastName', 'fields.qualified']);
    const unknown = await file(co.contactA, 'course_booking', { ...COURSE, course: 'no-such-course' }, {}, 422);
    expect(unknown.fields).toEqual({ 'fields.course': 'invalid_choice' });
  });

  it('a course booking: offered at a price, accepted by the price approver, delivered and billed at the price', async () => {
    const c = await file(co.contactA, 'course_booking', COURSE);
    expect(c).toMatchObject({ type: 'course_booking', status: 'received', fields: COURSE, order: null, billable: false });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi sender et tilbud.' });
    const offered = (await act(AGENT, c.number, 'offer', { text: 'Rapportkursus 12. marts, online.', priceOre: 1_100_000 })).body;
    expect(offered).toMatchObject({
      status: 'awaiting_acceptance',
      waitingOn: 'approver',
      order: { offer: { pricing: 'fixed', priceOre: 1_100_000, outcome: 'pending' } },
    });
    expect(offered.order.offer.validUntil).not.toBeNull();
    await act(co.contactB, c.number, 'accept-offer', {}, 403);
    expect((await act(co.approver, c.number, 'accept-offer')).body.status).toBe('accepted');
    await act(AGENT, c.number, 'start-work');
    await act(AGENT, c.number, 'deliver', { summary: 'Kurset er holdt.' });
    const closed = (await act(AGENT, c.number, 'close')).body;
    expect(closed.billingLines).toEqual([{ kind: 'order_price', minutes: 0, amountOre: 1_100_000, text: 'Kursus ifølge accepteret tilbud' }]);
  });

  it('a consultancy order registered by phone: by time at the accepted rate, billed for the time used', async () => {
    const c = await file(
      AGENT,
      'consultancy',
      { goal: 'Årsafslutning uden hjælp.', period: 'November', expectedHours: 8 },
      { contactEmail: co.contactB, channel: 'phone' },
    );
    expect(c).toMatchObject({ channel: 'phone', contact: { email: co.contactB } });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi sender et tilbud.' });
    const bad = await act(AGENT, c.number, 'offer', { text: 'x', priceOre: 100, hours: 2 }, 422);
    expect(bad.body.fields).toEqual({ hours: 'price_or_hours' });
    await act(AGENT, c.number, 'offer', { text: '8 timer à 1.000 kr.', hours: 8, rateOre: 100_000 });
    await act(co.contactA, c.number, 'accept-offer');
    await act(AGENT, c.number, 'start-work');
    await act(AGENT, c.number, 'log-time', { minutes: 40 });
    await act(AGENT, c.number, 'deliver', { summary: 'Sat op.' });
    expect((await act(AGENT, c.number, 'close')).body.billingLines).toEqual([
      { kind: 'time', minutes: 40, amountOre: 66_667, text: 'Konsulentbistand, forbrugt tid à 1000 kr./time (min. 15 minutter)' },
    ]);
  });

  it('a support contact order: the training offered by default at 2 hours and the hourly rate', async () => {
    const c = await file(co.contactA, 'contact_order', {
      action: 'add',
      firstName: 'Ny',
      lastName: 'Kontakt',
      email: `ny-${Date.now()}@${co.id}.test`,
      qualified: true,
    });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi booker undervisningen.' });
    const offered = (await act(AGENT, c.number, 'offer', { text: 'Undervisning tirsdag.' })).body;
    expect(offered.order.offer).toMatchObject({ pricing: 'time', hours: 2, rateOre: 95_000, priceOre: 190_000 });
    await act(co.approver, c.number, 'reject-offer', { reason: 'Vi venter.' });
    expect((await act(AGENT, c.number, 'close')).body.billingLines).toEqual([]);
  });
});

describe('billing months through the API', () => {
  it('answers a month as JSON, exports and locks it as CSV (byte for byte again), and bills a later close in the next month', async () => {
    const month = currentMonth();
    const manager = await tokenFor(MANAGER);
    expect((await checkedApi('GET', `/billing/${month}?company=${co.id}`, { token: await tokenFor(AGENT) })).status).toBe(403);
    const open = await checkedApi('GET', `/billing/${month}?company=${co.id}`, { token: manager });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ month, locked: false, companies: [{ slug: co.id, locked: false }] });
    const kinds = open.body.companies[0].lines.map((l: { kind: string }) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(['order_price', 'time']));
    expect((await checkedApi('POST', `/billing/${shiftMonth(month, 2)}/lock`, { token: manager, body: { company: co.id } })).status).toBe(409);

    const first = await api('GET', `/billing/${month}.csv?company=${co.id}`, { token: manager });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/csv/);
    const locked = await checkedApi('GET', `/billing/${month}?company=${co.id}`, { token: manager });
    expect(locked.body).toMatchObject({ locked: true, companies: [{ slug: co.id, locked: true }] });
    expect(locked.body.companies[0].lines).toEqual(open.body.companies[0].lines);

    // A case closed after the export is billed in the next month; the export stays as it was.
    const support = await file(co.contactA, 'support', { workflow: 'Fakturering', tried: 'Alt', expected: 'At det virker' });
    await act(AGENT, support.number, 'acknowledge', { plan: 'Vi ringer.' });
    await act(AGENT, support.number, 'qualify', {});
    await act(AGENT, support.number, 'resolve', { summary: 'Løst.' });
    const closed = (await act(AGENT, support.number, 'close')).body;
    expect(closed.billingLines).toEqual([expect.objectContaining({ kind: 'time', minutes: 15 })]);
    const again = await api('GET', `/billing/${month}.csv?company=${co.id}`, { token: manager });
    expect(again.body).toBe(first.body);
    expect(again.headers.get('content-disposition')).toBe(`attachment; filename="billing-${month}-${co.id}.csv"`);
    const next = await checkedApi('GET', `/billing/${shiftMonth(month, 1)}?company=${co.id}`, { token: manager });
    expect(next.body.companies[0].lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ case: support.number, kind: 'time', billedOn: `${shiftMonth(month, 1)}-01` })]),
    );
    const relock = await checkedApi('POST', `/billing/${month}/lock`, { token: manager, body: { company: co.id } });
    expect(relock.body.companies[0].lines).toEqual(open.body.companies[0].lines);
  });
});
