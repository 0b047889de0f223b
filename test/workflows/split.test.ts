// Splitting (SPEC §3): one case per topic. The agent splits a received message into new cases, each
// its own caseWorkflow (case-<number>), linked both ways and keeping the original's received time,
// so their first-response due time is the original's. Case numbers come from an idempotent
// allocation: a retried allocation returns the same cases and adds no rows. Under rules 2 the
// original closes with the split and bills nothing of its own: a call with three topics bills the
// three new cases' own time, never a minimum for the original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { allocateSplitCases } from '../../activities/split-cases.js';
import { AGENT, kontakt1, refusal, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 11, 0));
});
afterAll(async () => h?.close());

const ready = async (number: number) => {
  await expect.poll(async () => (await h.view(number)).version, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  return h.view(number);
};

describe('splitting a case', () => {
  it('creates one linked case per title, each with its own process and the original received time', async () => {
    const parent = await h.file(kontakt1('udvidet'), 'support', { title: 'Three questions in one mail' });
    const original = await h.view(parent);
    await refusal(h.act(parent, AGENT, 'split', { titles: [] }), 'invalid');

    const split = await h.act(parent, AGENT, 'split', { titles: ['Printing invoices', 'Exporting to Excel', 'Changing the logo'] });
    expect(split.status).toBe('closed');
    expect(split.splitInto).toHaveLength(3);
    const [a, b] = split.splitInto;
    expect(a).not.toBe(b);

    for (const [index, [number, title]] of [
      [a, 'Printing invoices'],
      [b, 'Exporting to Excel'],
    ].entries()) {
      const child = await ready(number as number);
      expect(child).toMatchObject({
        number,
        title,
        status: 'received',
        type: 'support',
        companyId: 'udvidet',
        contactId: original.contactId,
        channel: original.channel,
        splitFrom: parent,
        receivedAt: original.receivedAt,
        responseDueAt: original.responseDueAt,
      });
      const row = await h.services.db.models.CaseRecord.findByPk(number as number);
      expect(row).toMatchObject({ splitFrom: parent, splitIndex: index, title, workflowId: `case-${number}` });
      expect(row?.receivedAt.getTime()).toBe(original.receivedAt);
      const described = await h.handle(number as number).describe();
      expect(described.status.name).toBe('RUNNING');
      expect(described.type).toBe('caseWorkflow');
      const received = (await h.events(number as number))[0];
      expect(received).toMatchObject({ kind: 'received', data: { splitFrom: parent } });
      // The contact was told about the original; the split-off cases do not mail again.
      expect(await templatesFor(h, number as number, kontakt1('udvidet'))).toEqual([]);
    }
    const event = (await h.events(parent)).find((e) => e.kind === 'split');
    expect(event?.data).toEqual({ titles: ['Printing invoices', 'Exporting to Excel', 'Changing the logo'], closed: true });
    const c = split.splitInto[2];
    expect(await ready(c)).toMatchObject({ title: 'Changing the logo', splitFrom: parent, responseDueAt: original.responseDueAt });
    // The original has ended: its process completed, with no billing lines, and it cannot be split again.
    expect((await h.result(parent)).status).toBe('closed');
    expect(await h.billingLines(parent)).toEqual([]);
    await refusal(h.act(parent, AGENT, 'split', { titles: ['Late'] }), 'conflict');

    // The allocation retried (as after a lost reply) returns the same cases and adds no rows.
    const allocate = allocateSplitCases({ db: h.services.db });
    expect(await allocate({ parentNumber: parent, titles: ['Printing invoices', 'Exporting to Excel', 'Changing the logo'], firstIndex: 0 })).toEqual([
      { number: a, title: 'Printing invoices' },
      { number: b, title: 'Exporting to Excel' },
      { number: c, title: 'Changing the logo' },
    ]);
    expect(await h.services.db.models.CaseRecord.count({ where: { splitFrom: parent } })).toBe(3);

    // Each new case goes its own way.
    expect((await h.view(a)).status).toBe('received');
    await h.act(a, AGENT, 'acknowledge', { plan: 'We look at printing.' });
    expect((await h.view(a)).status).toBe('acknowledged');
    expect((await h.view(b)).status).toBe('received');
  });

  it('bills a three-topic phone call as the three new cases, never a minimum for the original', async () => {
    const call = await h.file(AGENT, 'support', { contactEmail: kontakt1('basis'), channel: 'phone', title: 'A call about three things' });
    const { splitInto } = await h.act(call, AGENT, 'split', { titles: ['Reports', 'Users', 'Printing'] });
    for (const [i, number] of splitInto.entries()) {
      await ready(number);
      await h.act(number, AGENT, 'acknowledge', { plan: 'On it.' });
      await h.act(number, AGENT, 'qualify', {});
      await h.act(number, AGENT, 'log-time', { minutes: 20 + 10 * i });
      await h.act(number, AGENT, 'resolve', { summary: 'Done.' });
      await h.act(number, AGENT, 'close');
    }
    expect(await h.billingLines(call)).toEqual([]);
    const minutes = await Promise.all(splitInto.map(async (n) => (await h.billingLines(n)).map((l) => [l.kind, l.minutes])));
    expect(minutes).toEqual([[['time', 20]], [['time', 30]], [['time', 40]]]);
  });
});
