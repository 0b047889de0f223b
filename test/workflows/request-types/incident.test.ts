// Incidents (SPEC §2, §3.2): free under every agreement and on every channel, whatever time is
// logged; reclassified to a billable restoration of normal operation when the customer changed the
// workflow themselves — the customer is told why, and it is billed with the 15-minute minimum,
// hyper care included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import { AGENT, kontakt1, linesOf, qualifiedCase, refusal, templatesFor } from '../steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  // A working day, well inside the hyper care of the demo company `hypercare` (first training 30 days ago).
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 9, 0));
});
afterAll(async () => h?.close());

describe('an incident', () => {
  const cases: [string, 'portal' | 'phone' | 'mail'][] = [
    ['hypercare', 'portal'],
    ['udvidet', 'portal'],
    ['basis', 'portal'],
    ['basis', 'phone'],
    ['faktureret', 'portal'],
    ['faktureret', 'phone'],
    ['faktureret', 'mail'],
  ];
  it.each(cases)('is free for %s by %s even with time logged', async (company, channel) => {
    const number = await qualifiedCase(h, company, 'incident', channel === 'portal' ? undefined : channel);
    const view = await h.act(number, AGENT, 'log-time', { minutes: 95 });
    expect(view).toMatchObject({ status: 'in_progress', billable: false, coverage: { billable: false, code: 'incident_always_free' } });
    await h.act(number, AGENT, 'resolve', { summary: 'The export runs again.' });
    await h.act(number, AGENT, 'close');
    expect((await h.result(number)).loggedMinutes).toBe(95);
    expect(await linesOf(h, number)).toEqual([]);
  });

  it('reclassified needs a reason, tells the customer why, and is billed with the 15-minute minimum', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'incident');
    const missing = await refusal(h.act(number, AGENT, 'reclassify', {}), 'invalid');
    expect(missing.fieldErrors).toEqual({ reason: 'required' });
    expect((await h.view(number)).reclassified).toBe(false);

    const reason = 'The start page was changed by your administrator; we restore it.';
    const reclassified = await h.act(number, AGENT, 'reclassify', { reason });
    expect(reclassified).toMatchObject({ type: 'incident', reclassified: true, billable: true, coverage: { billable: true, code: 'reclassified_billable' } });
    const contact = await h.person(kontakt1('faktureret'));
    const told = (await h.notifications(number)).filter((n) => n.template === 'reclassified');
    expect(told.map((n) => n.personId)).toEqual([contact.id]);
    expect(told[0].params).toMatchObject({ reason, caseNumber: number });
    const event = (await h.events(number)).find((e) => e.kind === 'reclassify')!;
    expect(event).toMatchObject({ text: reason, visibility: 'customer', actorRole: 'agent' });

    // Reclassified once only.
    await refusal(h.act(number, AGENT, 'reclassify', { reason: 'again' }), 'conflict');

    await h.act(number, AGENT, 'log-time', { minutes: 7 });
    await h.act(number, AGENT, 'resolve', { summary: 'Start page restored.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 15, amountOre: 23_750 }]);
  });

  it('reclassified during hyper care is billed too', async () => {
    const number = await qualifiedCase(h, 'hypercare', 'incident');
    expect((await h.view(number)).coverage).toMatchObject({ agreement: 'hyper_care', code: 'incident_always_free' });
    await h.act(number, AGENT, 'reclassify', { reason: 'Your economy settings were changed; we restore them.' });
    expect(await templatesFor(h, number, kontakt1('hypercare'))).toContain('reclassified');
    await h.act(number, AGENT, 'log-time', { minutes: 7 });
    await h.act(number, AGENT, 'resolve', { summary: 'Settings restored.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 15, amountOre: 23_750 }]);
  });
});
