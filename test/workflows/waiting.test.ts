// Waiting on the customer (SPEC §4, §5): no SLA clock runs against the desk while the customer
// holds the ball; the contact is reminded after 5 working days and the case closes after 10 with
// notice; a reply brings the case back where it was, and re-arms a paused first-response clock
// with the working time that was left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { mailReplySignal } from '../../workflows/messages.js';
import { AGENT, eventAt, kontakt1, kontakt2, linesOf, MANAGER, MINUTE, qualifiedCase, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('waiting on the customer', () => {
  it('before the acknowledgement pauses the first-response clock; the reply re-arms it with the time that was left', async () => {
    const cal = h.services.calendar;
    const days = plainFortnightAfter(await h.now());
    const monday = days.at(1, 9, 30);
    await h.skipTo(monday);
    const number = await h.file(kontakt1('basis'), 'support');
    const received = await h.view(number);
    const dueAt = received.responseDueAt!;
    // Monday 09:30 + 8 working hours = Tuesday 10:00 (6.5 h on Monday, 1.5 h on Tuesday).
    expect(dueAt - received.receivedAt).toBe(days.at(2, 10, 0) - monday);

    await h.skipTo(days.at(1, 11, 30));
    const asked = await h.act(number, AGENT, 'ask-customer', { message: 'Which company file do you use?' });
    expect(asked).toMatchObject({ status: 'waiting_on_customer', waitingOn: 'customer', resumeStatus: 'received', responseDueAt: null });
    expect((await h.searchAttributes(number)).ResponseDueAt).toBeUndefined();
    expect(await templatesFor(h, number, kontakt1('basis'))).toContain('question');
    const askedAt = await eventAt(h, number, 'ask-customer');
    const left = cal.workingTimeBetween(askedAt, dueAt);
    expect(Math.round(left)).toBe(360);

    // The original due time passes while the customer holds the ball: no warning, no breach.
    const wednesday = days.at(3, 9, 0);
    await h.skipTo(wednesday);
    expect(await h.view(number)).toMatchObject({ slaWarned: false, slaBreached: false, status: 'waiting_on_customer' });

    const replied = await h.act(number, kontakt1('basis'), 'reply', { message: 'The one called "Main".' });
    const repliedAt = await eventAt(h, number, 'reply');
    const newDue = cal.addWorkingTime(repliedAt, left);
    expect(replied).toMatchObject({ status: 'received', waitingOn: 'desk', responseDueAt: newDue });
    // Wednesday 09:00 + 6 h = Wednesday 15:00.
    expect(Math.abs(newDue - days.at(3, 15, 0))).toBeLessThan(5_000);
    expect(((await h.searchAttributes(number)).ResponseDueAt as Date).getTime()).toBe(newDue);
    expect(await templatesFor(h, number, AGENT)).toContain('customer_replied');

    // The warning (75 % = 6 h of the 8) was 4 h away when the clock stopped: Wednesday 13:00.
    await h.skipTo(days.at(3, 12, 59));
    expect((await h.view(number)).slaWarned).toBe(false);
    await h.skipTo(days.at(3, 13, 1));
    expect((await h.view(number)).slaWarned).toBe(true);

    await h.skipTo(newDue - MINUTE);
    expect((await h.view(number)).slaBreached).toBe(false);
    await h.skipTo(newDue + MINUTE);
    expect((await h.view(number)).slaBreached).toBe(true);
    expect((await h.events(number)).find((e) => e.kind === 'response_due')?.data.dueAt).toBe(newDue);
    expect(await templatesFor(h, number, MANAGER)).toContain('response_breached');
    expect((await h.searchAttributes(number)).SlaBreached).toBe(true);
  });

  it('without a reply: the contact is reminded after 5 working days and the case closes after 10, with notice', async () => {
    const cal = h.services.calendar;
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Can you send a screenshot?' });
    const askedAt = await eventAt(h, number, 'ask-customer');
    const remindAt = cal.addWorkingDays(askedAt, 5);
    const closeAt = cal.addWorkingDays(askedAt, 10);
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'waiting_reminder', at: remindAt });

    await h.skipTo(remindAt - MINUTE);
    expect(await templatesFor(h, number, kontakt1('faktureret'))).not.toContain('waiting_reminder');
    await h.skipTo(remindAt + MINUTE);
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('waiting_reminder');
    expect(await templatesFor(h, number, kontakt2('faktureret'))).not.toContain('waiting_reminder');
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'waiting_close', at: closeAt });

    await h.skipTo(closeAt - MINUTE);
    expect((await h.view(number)).status).toBe('waiting_on_customer');
    await h.skipTo(closeAt + MINUTE);
    const closed = await h.result(number);
    expect(closed).toMatchObject({ status: 'closed', closedAt: closeAt, waitingOn: null });
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('closed_without_reply');
    expect((await h.events(number)).map((e) => e.kind).slice(-3)).toEqual(['ask-customer', 'waiting_reminder', 'waiting_close']);
    expect((await h.searchAttributes(number)).CaseStatus).toBe('closed');
    // The desk started the request, so its time is billed (the minimum).
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 15, amountOre: 23_750 }]);
  });

  it('a reply (in the portal or by mail) brings the case back to where it was, and its waiting timers are gone', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 10, 0));
    const number = await qualifiedCase(h, 'udvidet', 'change_request');
    const asked = await h.act(number, AGENT, 'ask-customer', { message: 'Which reports should change?' });
    expect(asked).toMatchObject({ status: 'waiting_on_customer', resumeStatus: 'estimating' });
    const oldClose = h.services.calendar.addWorkingDays(await eventAt(h, number, 'ask-customer'), 10);

    const replied = await h.act(number, kontakt2('udvidet'), 'reply', { message: 'The monthly ones.' });
    expect(replied).toMatchObject({ status: 'estimating', waitingOn: 'desk', waitingFor: null, resumeStatus: null, nextDeadline: null });

    await h.act(number, AGENT, 'ask-customer', { message: 'And the yearly ones?' });
    const contact = await h.person(kontakt1('udvidet'));
    await h
      .handle(number)
      .signal(mailReplySignal, { actor: { userId: contact.id, role: 'contact', canApprove: true, name: contact.fullName }, message: 'Those too.' });
    await expect.poll(async () => (await h.view(number)).status).toBe('estimating');

    await h.skipTo(oldClose + MINUTE);
    expect((await h.view(number)).status).toBe('estimating');
    const kinds = (await h.events(number)).map((e) => e.kind);
    expect(kinds).toEqual(['received', 'acknowledge', 'qualify', 'ask-customer', 'reply', 'ask-customer', 'reply']);
    expect((await h.events(number)).at(-1)).toMatchObject({ actorId: contact.id, data: { resumed: true } });
  });

  it('withdrawn by the contact instead of answering: the process ends and nobody waits any more', async () => {
    const number = await qualifiedCase(h, 'udvidet', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Is it still a problem?' });
    const withdrawn = await h.act(number, kontakt1('udvidet'), 'withdraw', { reason: 'Solved it ourselves.' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', waitingOn: null, waitingFor: null, resumeStatus: null, nextDeadline: null });
    expect((await h.result(number)).status).toBe('withdrawn');
    expect(await templatesFor(h, number, AGENT)).toContain('case_withdrawn');
  });
});
