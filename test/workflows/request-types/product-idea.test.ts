// Product ideas (SPEC §3.4): registered, reviewed and answered — taken into the backlog or
// declined — and never billed, whatever the agreement and the time logged. Closed by the desk, or
// by itself when the reopen window has passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import { AGENT, eventAt, kontakt1, linesOf, MINUTE, qualifiedCase, refusal, templatesFor } from '../steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(4, 10, 0));
});
afterAll(async () => h?.close());

describe('a product idea', () => {
  it('taken into the backlog and closed: the contact is answered, nothing is billed', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'product_idea');
    expect(await h.view(number)).toMatchObject({ status: 'under_review', waitingOn: 'desk', billable: false, coverage: { code: 'product_idea_never_billed' } });
    await h.act(number, AGENT, 'log-time', { minutes: 50 });
    const backlog = await h.act(number, AGENT, 'backlog', { summary: 'We will build it in the spring release.' });
    expect(backlog).toMatchObject({ status: 'backlog', waitingOn: null });
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('idea_backlogged');
    // Only resolved or delivered cases can be reopened.
    await refusal(h.act(number, kontakt1('faktureret'), 'reopen', { reason: 'More ideas' }), 'conflict');
    await h.act(number, AGENT, 'close');
    expect((await h.result(number)).status).toBe('closed');
    expect(await linesOf(h, number)).toEqual([]);
  });

  it('declined with a reason and closed: nothing is billed', async () => {
    const number = await qualifiedCase(h, 'basis', 'product_idea', 'phone');
    await refusal(h.act(number, AGENT, 'decline', {}), 'invalid');
    const declined = await h.act(number, AGENT, 'decline', { reason: 'It does not fit the product direction.' });
    expect(declined.status).toBe('declined');
    const told = (await h.notifications(number)).find((n) => n.template === 'case_declined');
    expect(told?.params).toMatchObject({ reason: 'It does not fit the product direction.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([]);
  });

  it('answered and left alone: closes by itself when the reopen window (5 working days) has passed', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'product_idea');
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    const backlog = await h.act(number, AGENT, 'backlog', { summary: 'Noted for later.' });
    const closesAt = h.services.calendar.addWorkingDays(await eventAt(h, number, 'backlog'), 5);
    expect(backlog.reopenUntil).toBe(closesAt);
    expect(backlog.nextDeadline).toEqual({ kind: 'auto_close', at: closesAt });

    await h.skipTo(closesAt - MINUTE);
    expect((await h.view(number)).status).toBe('backlog');
    await h.skipTo(closesAt + MINUTE);
    const closed = await h.result(number);
    expect(closed).toMatchObject({ status: 'closed', closedAt: closesAt, reopenUntil: null });
    expect((await h.events(number)).at(-1)).toMatchObject({ kind: 'auto_close', data: { dueAt: closesAt } });
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('case_closed');
    expect(await linesOf(h, number)).toEqual([]);
  });
});
