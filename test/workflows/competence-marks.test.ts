// The desk's notes on a support contact's competence (SPEC §6), as decisions on the case: a question
// that showed the workflow was not understood is marked once (internal, no notice), and a question
// lacking the contact's qualification is returned to them — the case waits on their answer (no SLA
// clock against the desk), a reply brings it back, and an unanswered one is reminded and closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { AGENT, kontakt1, qualifiedCase, refusal, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('competence marks on a support case', () => {
  it('marks a question as not understood once, internally, and the case goes on to a training offer', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    const number = await qualifiedCase(h, 'basis', 'support');
    const marked = await h.act(number, AGENT, 'mark-not-understood', { reason: 'Asked how to book an invoice, which is the core of the workflow.' });
    expect(marked).toMatchObject({ status: 'in_progress', notUnderstood: true });
    const again = await refusal(h.act(number, AGENT, 'mark-not-understood', { reason: 'Again.' }), 'conflict');
    expect(again.text.en).toContain('not marked yet');
    await refusal(h.act(number, kontakt1('basis'), 'mark-not-understood', { reason: 'Me?' }), 'forbidden');

    const event = (await h.events(number)).find((e) => e.kind === 'mark-not-understood')!;
    expect(event).toMatchObject({ visibility: 'internal', text: 'Asked how to book an invoice, which is the core of the workflow.' });
    expect(await templatesFor(h, number, kontakt1('basis'))).not.toContain('question_returned');
    expect((await h.act(number, AGENT, 'offer-training', { hours: 2 })).status).toBe('waiting_on_customer');
  });

  it('returns a question for qualification: the contact is told why, and their answer brings the case back', async () => {
    const days = plainFortnightAfter(await h.now());
    await h.skipTo(days.at(1, 9, 0));
    const number = await h.file(kontakt1('udvidet'), 'support');
    const returned = await h.act(number, AGENT, 'return-question', { reason: 'Which user saw this, and in which company file?' });
    expect(returned).toMatchObject({
      status: 'waiting_on_customer',
      waitingOn: 'customer',
      waitingFor: 'answer',
      resumeStatus: 'received',
      responseDueAt: null,
    });
    expect(await templatesFor(h, number, kontakt1('udvidet'))).toContain('question_returned');
    const event = (await h.events(number)).find((e) => e.kind === 'return-question')!;
    expect(event).toMatchObject({ visibility: 'customer', text: 'Which user saw this, and in which company file?' });

    // Two days later the first-response clock has not run against the desk.
    await h.skipTo(days.at(3, 9, 0));
    expect(await h.view(number)).toMatchObject({ slaBreached: false, status: 'waiting_on_customer' });
    const replied = await h.act(number, kontakt1('udvidet'), 'reply', { message: 'Anna in the file "Main" saw it; I checked it myself.' });
    expect(replied).toMatchObject({ status: 'received', waitingOn: 'desk' });
    await refusal(h.act(number, AGENT, 'mark-not-understood', { reason: 'Not yet in progress.' }), 'conflict');
  });

  it('closes a returned question nobody qualifies after the waiting time, with notice', async () => {
    const days = plainFortnightAfter(await h.now());
    await h.skipTo(days.at(1, 10, 0));
    const number = await qualifiedCase(h, 'udvidet', 'support');
    await h.act(number, AGENT, 'return-question', { reason: 'Please ask the user what they expected to happen.' });
    await h.skipTo(days.at(1, 10, 0) + 30 * 86_400_000);
    const view = await h.result(number);
    expect(view.status).toBe('closed');
    expect((await h.events(number)).map((e) => e.kind)).toEqual(expect.arrayContaining(['return-question', 'waiting_reminder', 'waiting_close']));
  });
});
