// Support cases and their training offer (SPEC §3.1, §5): the offer waits on the price approver
// (no SLA clock against the desk), an accepted offer is billed at the hourly rate, a declined or
// unanswered one is not, and the case goes back to work either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import { AGENT, eventAt, godkender, kontakt1, kontakt2, linesOf, MINUTE, qualifiedCase, refusal, templatesFor } from '../steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('a support case with a training offer', () => {
  it('accepted by the contact with the approval right: back to work, then billed for time (15 min minimum) and the training', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    expect((await h.view(number)).status).toBe('in_progress');
    await h.act(number, AGENT, 'log-time', { minutes: 10, note: 'Looked at the setup' });

    const offered = await h.act(number, AGENT, 'offer-training', { hours: 2 });
    expect(offered).toMatchObject({
      status: 'waiting_on_customer',
      waitingOn: 'approver',
      waitingFor: 'training_answer',
      resumeStatus: 'in_progress',
      training: { hours: 2, outcome: 'offered' },
    });
    expect(await templatesFor(h, number, kontakt1('faktureret'))).toContain('training_offered');
    expect(await templatesFor(h, number, godkender('faktureret'))).toContain('training_offered');
    expect(await templatesFor(h, number, kontakt2('faktureret'))).not.toContain('training_offered');

    const accepted = await h.act(number, kontakt1('faktureret'), 'accept-training');
    expect(accepted).toMatchObject({ status: 'in_progress', waitingOn: 'desk', waitingFor: null, training: { hours: 2, outcome: 'accepted' } });

    // One training per case: an accepted offer is never replaced (it is billed at close).
    const again = await refusal(h.act(number, AGENT, 'offer-training', { hours: 1 }), 'conflict');
    expect(again.text.en).toContain('no open or accepted offer');

    expect((await h.act(number, AGENT, 'resolve', { summary: 'Explained the approval flow.' })).status).toBe('resolved');
    expect((await h.act(number, AGENT, 'close')).status).toBe('closed');
    expect((await h.result(number)).status).toBe('closed');

    // 10 minutes logged → the 15-minute minimum; 2 hours of training at 950 kr./h.
    expect(await linesOf(h, number)).toEqual([
      { kind: 'time', minutes: 15, amountOre: 23_750 },
      { kind: 'training', minutes: 120, amountOre: 190_000 },
    ]);
    expect((await h.searchAttributes(number)).CaseStatus).toBe('closed');
    expect((await h.events(number)).map((e) => e.kind)).toEqual([
      'received',
      'acknowledge',
      'qualify',
      'log-time',
      'offer-training',
      'accept-training',
      'resolve',
      'close',
    ]);
  });

  it('declined by the price approver: back to work, only the time is billed', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(3, 9, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'offer-training', { hours: 3 });
    const declined = await h.act(number, godkender('faktureret'), 'decline-training', { reason: 'We train our people ourselves.' });
    expect(declined).toMatchObject({ status: 'in_progress', training: { hours: 3, outcome: 'declined' } });
    expect(await templatesFor(h, number, AGENT)).toContain('training_declined');
    // A declined offer may be followed by a new one; declined again, nothing is billed for training.
    await h.act(number, AGENT, 'offer-training', { hours: 1 });
    await h.act(number, kontakt1('faktureret'), 'decline-training', {});

    await h.act(number, AGENT, 'log-time', { minutes: 40 });
    await h.act(number, AGENT, 'resolve', { summary: 'Answered.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 40, amountOre: 63_333 }]);
  });

  it('unanswered: the approvers are reminded after 5 working days, the offer lapses after 10 and the case returns to work', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 11, 0));
    const number = await qualifiedCase(h, 'udvidet', 'support');
    await h.act(number, AGENT, 'offer-training', { hours: 1 });
    const offeredAt = await eventAt(h, number, 'offer-training');
    const remindAt = h.services.calendar.addWorkingDays(offeredAt, 5);
    const lapseAt = h.services.calendar.addWorkingDays(offeredAt, 10);
    // Monday 11:00 + 5 working days is the next Monday 11:00 unless a holiday lies between.
    expect(remindAt - offeredAt).toBeGreaterThanOrEqual(7 * 86_400_000 - 2 * 3_600_000);
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'waiting_reminder', at: remindAt });

    await h.skipTo(remindAt - MINUTE);
    expect(await templatesFor(h, number, godkender('udvidet'))).not.toContain('waiting_reminder');
    await h.skipTo(remindAt + MINUTE);
    expect(await templatesFor(h, number, godkender('udvidet'))).toContain('waiting_reminder');
    expect(await templatesFor(h, number, kontakt1('udvidet'))).toContain('waiting_reminder');
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'training_lapse', at: lapseAt });

    await h.skipTo(lapseAt - MINUTE);
    expect((await h.view(number)).status).toBe('waiting_on_customer');
    await h.skipTo(lapseAt + MINUTE);
    const lapsed = await h.view(number);
    expect(lapsed).toMatchObject({ status: 'in_progress', waitingOn: 'desk', training: { hours: 1, outcome: 'lapsed' }, nextDeadline: null });
    expect(await templatesFor(h, number, AGENT)).toContain('training_lapsed');

    // The offer is over: it can no longer be accepted.
    const late = await refusal(h.act(number, kontakt1('udvidet'), 'accept-training'), 'conflict');
    expect(late.text.en).toContain('no training offer awaiting an answer');
    expect((await h.events(number)).map((e) => e.kind)).toContain('training_lapse');
    await h.act(number, AGENT, 'resolve', { summary: 'Done.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([]);
  });
});
