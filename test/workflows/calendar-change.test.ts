// The desk's calendar changes while cases run (SPEC §5): a closed day added by a desk manager moves the
// deadlines of running cases that it affects, and their timelines say so; removing it moves them back;
// a change in the past is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { addDays, plainFortnightAfter, wallClock } from '../support/desk-time.js';
import { addClosedDay, removeClosedDay } from '../../services/calendar/admin.js';
import { calendarBroadcastSettled } from '../../services/calendar/broadcast.js';
import { AGENT, kontakt1, MANAGER, MINUTE, refusal } from './steps.js';
import { codeOf } from '../../domain/validation.js';

let h: CaseHarness;
let monday: string;
beforeAll(async () => {
  h = await createCaseHarness();
  const fortnight = plainFortnightAfter(await h.now());
  monday = fortnight.monday;
  await h.skipTo(fortnight.at(1, 10, 0));
});
afterAll(async () => {
  await h?.services.db.sequelize.query('DELETE FROM calendar_closed_days');
  await h?.close();
});

/** An instant to the minute (the case was filed a few milliseconds after 10:00). */
const minute = (at: number | null | undefined) => (at == null ? null : Math.floor(at / MINUTE) * MINUTE);

/** Waits until the case's view says `ok` (the signal is handled in the case's own workflow task). */
async function until(number: number, ok: (v: Awaited<ReturnType<CaseHarness['view']>>) => boolean) {
  await expect.poll(async () => ok(await h.view(number)), { timeout: 10_000 }).toBe(true);
  return h.view(number);
}

describe('a change to the desk calendar', () => {
  it('moves the due time of a running case due on the new closed day, and back when it is removed', async () => {
    const manager = await h.person(MANAGER);
    // Received Monday 10:00: 6 working hours on Monday, 2 on Tuesday → due Tuesday 10:30.
    const number = await h.file(kontakt1('udvidet'), 'support');
    const tuesday = addDays(monday, 1);
    expect(minute((await h.view(number)).responseDueAt)).toBe(wallClock(tuesday, 10, 30));

    await addClosedDay(h.services, manager, { date: tuesday, name: 'Flytning' });
    await calendarBroadcastSettled();
    const moved = await until(number, (v) => minute(v.responseDueAt) === wallClock(addDays(monday, 2), 10, 30));
    expect(moved.nextDeadline?.kind).toBe('response_warning');
    const event = (await h.events(number)).find((e) => e.kind === 'deadline_moved');
    expect(event?.data).toMatchObject({
      change: { kind: 'closed_day_added', date: tuesday, name: 'Flytning' },
      moved: expect.arrayContaining([expect.objectContaining({ kind: 'response_due' })]),
    });
    expect(event?.visibility).toBe('customer');
    const row = await h.services.db.models.CaseRecord.findByPk(number);
    expect(minute(row?.responseDueAt?.getTime())).toBe(wallClock(addDays(monday, 2), 10, 30));

    // A new case starts under the changed calendar.
    const later = await h.file(kontakt1('udvidet'), 'incident');
    expect(minute((await h.view(later)).responseDueAt)).toBe(wallClock(addDays(monday, 2), 10, 30));

    await removeClosedDay(h.services, manager, tuesday);
    await calendarBroadcastSettled();
    await until(number, (v) => minute(v.responseDueAt) === wallClock(tuesday, 10, 30));
    expect((await h.events(number)).filter((e) => e.kind === 'deadline_moved')).toHaveLength(2);
  });

  it('is refused in the past and for a day already closed, and only desk managers may make it', async () => {
    const manager = await h.person(MANAGER);
    const yesterday = addDays(h.services.calendar.localDate(await h.now()), -1);
    expect((await refusal(addClosedDay(h.services, manager, { date: yesterday, name: 'Too late' }), 'invalid')).fieldErrors).toEqual({ date: 'in_the_past' });
    const saturday = addDays(monday, 5);
    // The message names the day and why it is closed already (`already_closed?date=…&name=…`).
    const closedAlready = (await refusal(addClosedDay(h.services, manager, { date: saturday, name: 'Weekend' }), 'invalid')).fieldErrors;
    expect(Object.keys(closedAlready)).toEqual(['date']);
    expect(codeOf(closedAlready.date!)).toBe('already_closed');
    await refusal(addClosedDay(h.services, await h.person(AGENT), { date: addDays(monday, 3), name: 'Nope' }), 'forbidden');
    await h.skipTo((await h.now()) + MINUTE);
  });
});
