// Orders on the time-skipping server (SPEC §3a): each order type through its path — ordered,
// acknowledged, offered, accepted by a price approver (or a contact with the right), started,
// delivered, billed at close exactly as configured — and an offer reminded after 5 and expiring after
// 20 working days like a quote, rejected or withdrawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { deskCalendar, plainFortnightAfter } from '../../support/desk-time.js';
import { AGENT, linesOf, refusal, templatesFor } from '../steps.js';
import { fileOrder, offeredOrder, testCompany, type TestCompany } from './order-steps.js';

let h: CaseHarness;
let co: TestCompany;
beforeAll(async () => {
  h = await createCaseHarness();
  co = await testCompany();
});
afterAll(async () => h?.close());

describe('a course booking', () => {
  it('is offered at a price, accepted by the price approver, delivered and billed at the accepted price', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 10, 0));
    const number = await offeredOrder(h, co.contactA, 'course_booking', { text: 'Grundkursus 3. marts, hos jer.', priceOre: 900_000 });
    expect(await templatesFor(h, number, co.approver)).toContain('order_offer_sent');
    expect(await templatesFor(h, number, co.contactB)).not.toContain('order_offer_sent');
    await refusal(h.act(number, co.contactB, 'accept-offer'), 'forbidden');
    await refusal(h.act(number, AGENT, 'accept-offer'), 'forbidden');

    const accepted = await h.act(number, co.approver, 'accept-offer');
    expect(accepted).toMatchObject({
      status: 'accepted',
      waitingOn: 'desk',
      nextDeadline: null,
      order: { offer: { outcome: 'accepted', pricing: 'fixed', priceOre: 900_000 } },
    });
    expect(await templatesFor(h, number, AGENT)).toContain('order_offer_accepted');
    expect((await h.act(number, AGENT, 'start-work')).status).toBe('in_progress');
    await h.act(number, AGENT, 'log-time', { minutes: 360 });
    expect((await h.act(number, AGENT, 'deliver', { summary: 'Kurset er holdt.' })).status).toBe('delivered');
    await h.act(number, AGENT, 'close');
    expect((await h.result(number)).status).toBe('closed');
    expect(await linesOf(h, number)).toEqual([{ kind: 'order_price', minutes: 0, amountOre: 900_000 }]);
  });

  it('refuses an unknown course and an offer without a price', async () => {
    await refusal(fileOrder(h, co.contactA, 'course_booking', { course: 'no-such-course' }), 'invalid');
    const number = await fileOrder(h, co.contactA, 'course_booking', { course: 'custom' });
    await h.act(number, AGENT, 'acknowledge', { plan: 'Vi vender tilbage med et tilbud.' });
    const refused = await refusal(h.act(number, AGENT, 'offer', { text: 'Et kursus' }), 'invalid');
    expect(refused.fieldErrors).toEqual({ priceOre: 'price_or_hours' });
    await refusal(h.act(number, AGENT, 'qualify', {}), 'conflict');
  });
});

describe('a consultancy order', () => {
  it('by time: accepted by a contact with the approval right, billed for the time used at the accepted rate', async () => {
    const number = await offeredOrder(h, co.contactA, 'consultancy', { text: '10 timer i november.', hours: 10, rateOre: 110_000 });
    const accepted = await h.act(number, co.contactA, 'accept-offer');
    expect(accepted.order?.offer).toMatchObject({ pricing: 'time', hours: 10, rateOre: 110_000, priceOre: 1_100_000, outcome: 'accepted' });
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'log-time', { minutes: 100 });
    await h.act(number, AGENT, 'deliver', { summary: 'Årsafslutningen er sat op.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 100, amountOre: Math.round((100 * 110_000) / 60) }]);
  });

  it('rejected: nothing is billed, whatever time was logged', async () => {
    const number = await offeredOrder(h, co.contactA, 'consultancy', { text: 'Fast pris.', priceOre: 500_000 });
    await h.act(number, AGENT, 'log-time', { minutes: 30 });
    expect(await h.act(number, co.approver, 'reject-offer', { reason: 'For dyrt.' })).toMatchObject({
      status: 'rejected',
      order: { offer: { outcome: 'rejected' } },
    });
    expect(await templatesFor(h, number, AGENT)).toContain('order_offer_rejected');
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([]);
  });

  it('withdrawn by the contact while the offer waits: the offer counts as rejected', async () => {
    const number = await offeredOrder(h, co.contactA, 'consultancy', { text: 'Fast pris.', priceOre: 500_000 });
    expect(await h.act(number, co.contactB, 'withdraw', {})).toMatchObject({ status: 'withdrawn', order: { offer: { outcome: 'rejected' } } });
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([]);
  });
});

describe('an offer nobody answers', () => {
  it('reminds the approvers after 5 working days and expires after 20, then closes without billing', async () => {
    const start = plainFortnightAfter(await h.now()).at(2, 9, 0);
    await h.skipTo(start);
    const number = await offeredOrder(h, co.contactA, 'course_booking', { text: 'Kursus i april.', priceOre: 300_000 });
    const offered = await h.view(number);
    const sentAt = offered.order!.offer!.sentAt!;
    expect(offered.order!.offer!.validUntil).toBe(deskCalendar.addWorkingDays(sentAt, 20));
    expect(offered.nextDeadline).toEqual({ kind: 'offer_reminder', at: deskCalendar.addWorkingDays(sentAt, 5) });

    await h.skipTo(deskCalendar.addWorkingDays(sentAt, 5) + 60_000);
    expect(await templatesFor(h, number, co.approver)).toContain('order_offer_reminder');
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'offer_expiry', at: deskCalendar.addWorkingDays(sentAt, 20) });

    await h.skipTo(deskCalendar.addWorkingDays(sentAt, 20) + 60_000);
    const expired = await h.view(number);
    expect(expired).toMatchObject({ status: 'expired', order: { offer: { outcome: 'expired' } } });
    expect(await templatesFor(h, number, co.approver)).toContain('order_offer_expired');
    await refusal(h.act(number, co.approver, 'accept-offer'), 'conflict');
    expect(expired.nextDeadline).toEqual({ kind: 'auto_close', at: deskCalendar.addWorkingDays(deskCalendar.addWorkingDays(sentAt, 20), 5) });
    await h.skipTo(expired.nextDeadline!.at + 60_000);
    const closed = await h.result(number);
    expect(closed.status).toBe('closed');
    expect(await linesOf(h, number)).toEqual([]);
    expect((await h.events(number)).map((e) => e.kind)).toEqual(expect.arrayContaining(['offer', 'offer_reminder', 'offer_expiry', 'auto_close']));
  });
});
