// The first-response clock across Easter and across both daylight-saving changes (SPEC §4): only
// open time counts; Maundy Thursday, Good Friday and Easter Monday are closed. When the deadline
// passes the case is flagged (also as the SlaBreached search attribute, so ops find it in the
// Temporal UI) and the desk managers are notified. The weekend case is in first-response.test.ts.
//
// The weeks are the next ones ahead of the test server's clock with a DST change in them (Easter
// 2027, 2032, 2035 …; the last Sunday of October), found by test/support/desk-time.ts. Expected
// wall-clock times checked by hand and with `npm run -s sla -- due <instant> <minutes>`:
//   2027-03-24T14:00:00+01:00 480 → 2027-03-30T14:30:00+02:00 (Wed 2 h; Tue 08:30 + 6 h; CET → CEST on the 28th)
//   2027-03-24T14:00:00+01:00 360 → 2027-03-30T12:30:00+02:00 (the 75 % warning)
//   2027-10-29T14:00:00+02:00 480 → 2027-11-01T15:00:00+01:00 (Fri 1.5 h; Mon 08:30 + 6.5 h; CEST → CET on the 31st)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { autumnChangeWeekend, easterAcrossSpringChange, wallClock } from '../support/desk-time.js';
import { AGENT, kontakt1, MANAGER, MINUTE, templatesFor } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

describe('the first-response clock', () => {
  it('runs over Easter (and the spring DST change): Wednesday 14:00 is due Tuesday 14:30', async () => {
    const { wednesday, tuesday } = easterAcrossSpringChange(await h.now());
    const received = wallClock(wednesday, 14, 0);
    await h.skipTo(received);
    const number = await h.file(kontakt1('udvidet'), 'support');
    const view = await h.view(number);
    const drift = view.receivedAt - received;
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(5_000);
    const due = wallClock(tuesday, 14, 30) + drift;
    expect(view.responseDueAt).toBe(due);
    expect(view.nextDeadline).toEqual({ kind: 'response_warning', at: wallClock(tuesday, 12, 30) + drift });

    const attributes = await h.searchAttributes(number);
    expect(attributes).toMatchObject({
      CaseNumber: number,
      CaseStatus: 'received',
      CaseType: 'support',
      CompanyId: 'udvidet',
      Channel: 'portal',
      SlaBreached: false,
    });
    expect((attributes.ResponseDueAt as Date).getTime()).toBe(due);

    // Nothing happens over the holidays and the weekend.
    await h.skipTo(wallClock(tuesday, 8, 29));
    expect(await h.view(number)).toMatchObject({ slaWarned: false, slaBreached: false });
    await h.skipTo(wallClock(tuesday, 12, 31));
    expect(await h.view(number)).toMatchObject({ slaWarned: true, slaBreached: false });
    expect(await templatesFor(h, number, AGENT)).toContain('response_warning');

    await h.skipTo(due - MINUTE);
    expect((await h.view(number)).slaBreached).toBe(false);
    await h.skipTo(due + MINUTE);
    expect((await h.view(number)).slaBreached).toBe(true);
    expect((await h.searchAttributes(number)).SlaBreached).toBe(true);
    expect(await templatesFor(h, number, MANAGER)).toContain('response_breached');
    expect(await templatesFor(h, number, AGENT)).not.toContain('response_breached');
    const breach = (await h.events(number)).find((e) => e.kind === 'response_due')!;
    expect(breach).toMatchObject({ visibility: 'internal', data: { dueAt: due } });
    expect((await h.services.db.models.CaseRecord.findByPk(number))?.slaBreached).toBe(true);

    // A late acknowledgement stops the clock but keeps the flag.
    const acked = await h.act(number, AGENT, 'acknowledge', { plan: 'Sorry for the wait; we call you within the hour.' });
    expect(acked).toMatchObject({ status: 'acknowledged', slaBreached: true, responseDueAt: null });
    const after = await h.searchAttributes(number);
    expect(after).toMatchObject({ CaseStatus: 'acknowledged', SlaBreached: true });
    expect(after.ResponseDueAt).toBeUndefined();
  });

  it('runs over the autumn DST change: Friday 14:00 CEST is due Monday 15:00 CET', async () => {
    const { friday, monday } = autumnChangeWeekend(await h.now());
    const received = wallClock(friday, 14, 0);
    await h.skipTo(received);
    const number = await h.file(kontakt1('basis'), 'incident');
    const view = await h.view(number);
    const drift = view.receivedAt - received;
    expect(drift).toBeLessThan(5_000);
    const due = wallClock(monday, 15, 0) + drift;
    expect(view.responseDueAt).toBe(due);
    await h.skipTo(due - MINUTE);
    expect((await h.view(number)).slaBreached).toBe(false);
    await h.skipTo(due + MINUTE);
    expect((await h.view(number)).slaBreached).toBe(true);
    expect(await templatesFor(h, number, MANAGER)).toContain('response_breached');
  });
});
