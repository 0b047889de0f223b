// Reopening (SPEC §5): a resolved or delivered case may be reopened within a configurable number of
// working days (default 5); after that it closes by itself, is billed, and a reopen is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { AGENT, eventAt, kontakt1, linesOf, MINUTE, qualifiedCase, refusal, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('a resolved case', () => {
  it('reopened by the contact within the window goes back in progress, and its window starts again when resolved again', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 14, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    const resolved = await h.act(number, AGENT, 'resolve', { summary: 'Reset the password policy.' });
    const windowEnds = h.services.calendar.addWorkingDays(await eventAt(h, number, 'resolve'), 5);
    expect(resolved).toMatchObject({ status: 'resolved', reopenUntil: windowEnds, nextDeadline: { kind: 'auto_close', at: windowEnds } });
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('case_resolved');

    await h.skipTo(windowEnds - 10 * MINUTE);
    const reopened = await h.act(number, kontakt1('faktureret'), 'reopen', { reason: 'It happens again.' });
    expect(reopened).toMatchObject({ status: 'in_progress', reopenUntil: null, nextDeadline: null, waitingOn: 'desk' });
    expect(await templatesFor(h, number, AGENT)).toContain('case_reopened');

    // The old window passes without effect.
    await h.skipTo(windowEnds + MINUTE);
    expect((await h.view(number)).status).toBe('in_progress');

    await h.act(number, AGENT, 'log-time', { minutes: 10 });
    const again = await h.act(number, AGENT, 'resolve', { summary: 'Fixed for good.' });
    expect(again.reopenUntil).toBeGreaterThan(windowEnds);
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 30, amountOre: 47_500 }]);
  });

  it('left alone closes by itself after the window; a reopen then is refused', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(4, 9, 0));
    const number = await qualifiedCase(h, 'udvidet', 'incident');
    await h.act(number, AGENT, 'resolve', { summary: 'Restarted the job.' });
    const windowEnds = h.services.calendar.addWorkingDays(await eventAt(h, number, 'resolve'), 5);

    await h.skipTo(windowEnds - MINUTE);
    expect((await h.view(number)).status).toBe('resolved');
    await h.skipTo(windowEnds + MINUTE);
    const closed = await h.result(number);
    expect(closed).toMatchObject({ status: 'closed', closedAt: windowEnds });
    expect((await h.searchAttributes(number)).CaseStatus).toBe('closed');
    expect((await h.services.db.models.CaseRecord.findByPk(number))?.status).toBe('closed');

    const refused = await refusal(h.act(number, kontakt1('udvidet'), 'reopen', { reason: 'Broken again.' }), 'conflict');
    expect(refused.text.en).toBe('the case is closed');
    expect(await linesOf(h, number)).toEqual([]);
  });
});
