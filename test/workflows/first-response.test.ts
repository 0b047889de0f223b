// The first-response clock counts working time only: a request received on Friday at 14:00 is due
// on Monday at 15:00 (SPEC §4), and the breach fires then, not during the weekend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('first response over a weekend', () => {
  it('is due Monday 15:00 for Friday 14:00, warns at 75 % and breaches exactly then', async () => {
    const days = plainFortnightAfter(await h.now());
    const friday = days.at(5, 14, 0);
    await h.skipTo(friday);
    const number = await h.file('kontakt1@faktureret.test', 'support');
    const monday15 = days.at(8, 15, 0);

    const received = await h.view(number);
    expect(received.status).toBe('received');
    // The test server's clock runs on by a few ms between the skip and the filing; the due time moves with it.
    const drift = received.receivedAt - friday;
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(5_000);
    expect(received.responseDueAt).toBe(monday15 + drift);
    expect(received.slaBreached).toBe(false);

    // 6 working hours (75 %): 1.5 h on Friday + 4.5 h on Monday → Monday 13:00.
    await h.skipTo(days.at(8, 12, 59));
    expect((await h.view(number)).slaWarned).toBe(false);
    await h.skipTo(days.at(8, 13, 1));
    expect((await h.view(number)).slaWarned).toBe(true);
    expect((await h.view(number)).slaBreached).toBe(false);

    await h.skipTo(monday15 - 60_000);
    expect((await h.view(number)).slaBreached).toBe(false);
    await h.skipTo(monday15 + drift + 60_000);
    const breached = await h.view(number);
    expect(breached.slaBreached).toBe(true);

    const events = await h.services.db.models.CaseEventRecord.findAll({ where: { caseNumber: number }, order: [['seq', 'ASC']] });
    expect(events.map((e) => e.kind)).toEqual(['received', 'response_warning', 'response_due']);
    expect(events[2].data.dueAt).toBe(monday15 + drift);
    expect(events[2].occurredAt.getTime() - (monday15 + drift)).toBeLessThan(2_000);
    const row = await h.services.db.models.CaseRecord.findByPk(number);
    expect(row?.slaBreached).toBe(true);
  });

  it('stops the clock when the agent acknowledges with a plan', async () => {
    const number = await h.file('kontakt1@udvidet.test', 'support');
    const acked = await h.act(number, 'agent@desk.test', 'acknowledge', { plan: 'We will look at it today.' });
    expect(acked.status).toBe('acknowledged');
    expect(acked.responseDueAt).toBeNull();
    await h.skipTo((await h.now()) + 7 * 86_400_000);
    expect((await h.view(number)).slaBreached).toBe(false);
  });
});
