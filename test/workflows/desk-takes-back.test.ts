// The desk takes an offer back (issue 11): staff withdraw a pending quote or training offer (the price
// approvers are told, and a new quote may follow); a desk manager sends a quote above the release limit
// back instead of releasing it; a quote carries the scope the approver reads. And the desk records an
// agreement with a support contact to contact someone else (SPEC §1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { AGENT, godkender, kontakt1, kontakt2, MANAGER, qualifiedCase, quoteRequestedCase, refusal, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(3, 10, 0));
});
afterAll(async () => h?.close());

describe('the desk takes back', () => {
  it('a sent quote: the approvers are told, the case is estimated again and a new quote with its scope follows', async () => {
    const number = await quoteRequestedCase(h, 'udvidet');
    const sent = await h.act(number, AGENT, 'quote', {
      estimationMinutes: 60,
      hours: 8,
      priceOre: 760_000,
      scope: 'Two new report columns.\nAssumes the current data model.',
    });
    expect(sent.quote).toMatchObject({ outcome: 'pending', released: true, scope: 'Two new report columns.\nAssumes the current data model.' });
    expect(await templatesFor(h, number, godkender('udvidet'))).toContain('quote_sent');

    const back = await h.act(number, AGENT, 'withdraw-quote', { reason: 'We found a cheaper way.' });
    expect(back).toMatchObject({ status: 'estimating', quote: { outcome: 'withdrawn' }, waitingOn: 'desk' });
    expect(back.nextDeadline?.kind).not.toBe('quote_expiry');
    expect(await templatesFor(h, number, godkender('udvidet'))).toContain('quote_withdrawn');
    await refusal(h.act(number, godkender('udvidet'), 'accept-quote'), 'conflict');

    const again = await h.act(number, AGENT, 'quote', { estimationMinutes: 60, hours: 6, priceOre: 570_000 });
    expect(again).toMatchObject({ status: 'awaiting_acceptance', quote: { outcome: 'pending', priceOre: 570_000 } });
  });

  it('a quote above the release limit, sent back by a desk manager with what must change', async () => {
    const number = await quoteRequestedCase(h, 'basis');
    await h.act(number, AGENT, 'quote', { estimationMinutes: 240, hours: 90, priceOre: 8_550_000 });
    await refusal(h.act(number, AGENT, 'return-quote', { reason: 'Too high.' }), 'forbidden');
    const returned = await h.act(number, MANAGER, 'return-quote', { reason: 'Split it into two deliveries.' });
    expect(returned).toMatchObject({ status: 'estimating', quote: { outcome: 'returned', released: false } });
    expect(await templatesFor(h, number, godkender('basis'))).not.toContain('quote_sent');
    const event = (await h.events(number)).find((e) => e.kind === 'return-quote');
    expect(event).toMatchObject({ visibility: 'internal', text: 'Split it into two deliveries.' });
    await h.act(number, AGENT, 'quote', { estimationMinutes: 240, hours: 40, priceOre: 3_800_000 });
  });

  it('a training offer awaiting an answer: the approvers are told and the case returns to work', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'offer-training', { hours: 2 });
    const back = await h.act(number, AGENT, 'withdraw-training', {});
    expect(back).toMatchObject({ status: 'in_progress', training: { outcome: 'withdrawn' } });
    expect(await templatesFor(h, number, godkender('faktureret'))).toContain('training_withdrawn');
    await refusal(h.act(number, kontakt1('faktureret'), 'accept-training'), 'conflict');
  });
});

describe('an agreement to contact someone else', () => {
  it('is recorded with the support contact who agreed, on the timeline', async () => {
    const number = await qualifiedCase(h, 'udvidet', 'support');
    const contact = await h.person(kontakt2('udvidet'));
    const view = await h.act(number, AGENT, 'record-contact-agreement', {
      contact: kontakt2('udvidet'),
      person: 'Bo Bogholder',
      reach: 'bo@udvidet.test',
      reason: 'Bo knows the invoice run.',
    });
    expect(view.contactAgreements).toEqual([
      { contact: contact.fullName, person: 'Bo Bogholder', reach: 'bo@udvidet.test', reason: 'Bo knows the invoice run.' },
    ]);
    const event = (await h.events(number)).find((e) => e.kind === 'record-contact-agreement');
    expect(event).toMatchObject({ visibility: 'customer', text: 'Bo knows the invoice run.', data: { contact: contact.fullName, person: 'Bo Bogholder' } });
    expect(
      (await refusal(h.act(number, AGENT, 'record-contact-agreement', { contact: 'bo@udvidet.test', person: 'Bo', reach: 'x', reason: 'y' }), 'invalid'))
        .fieldErrors,
    ).toEqual({
      contact: 'not_a_contact',
    });
  });
});
