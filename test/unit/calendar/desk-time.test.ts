// The test helpers that turn "now" into the instants tests act at (test/support/desk-time.ts), run
// for awkward "now" instants: Monday evening (the failure of issue 10 item 6), Friday just before
// closing, a Saturday, Christmas, Easter, Whitsun and both DST nights. Whatever day the suite runs,
// the days they pick are plain working days, and the hand-written expectations of the workflow
// tests (Friday 14:00 + 8 working hours = Monday 15:00, …) hold for them.
// The host zone is set far from Copenhagen to prove it is never used.
process.env.TZ = 'America/St_Johns';

import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../domain/calendar/index.js';
import {
  addDays,
  autumnChangeWeekend,
  deskCalendar as cal,
  easterAcrossSpringChange,
  monthOf,
  plainFortnightAfter,
  wallClock,
  weekdayOf,
  workingTimeBefore,
} from '../../support/desk-time.js';

const ZONE = 'Europe/Copenhagen';
const iso = (at: number) => formatInstant(at, ZONE);
const at = (text: string) => Date.parse(text);

/** Awkward "now" instants and the first Monday of the plain fortnight after each (worked out by hand). */
const NOWS: [label: string, now: string, monday: string][] = [
  ['Monday 21:09 (the failing evening)', '2026-11-30T21:09:00+01:00', '2026-12-07'],
  ['Monday at midnight', '2026-11-30T00:00:00+01:00', '2026-12-07'],
  ['Sunday just before midnight', '2026-11-29T23:59:59+01:00', '2026-11-30'],
  ['Friday 15:29, a minute before closing', '2026-12-04T15:29:00+01:00', '2026-12-07'],
  ['Saturday', '2026-12-05T11:00:00+01:00', '2026-12-07'],
  ['Monday before Christmas (24th–26th closed)', '2026-12-21T09:00:00+01:00', '2027-01-04'],
  ['Christmas Eve', '2026-12-24T10:00:00+01:00', '2027-01-04'],
  ['New Year’s Eve', '2026-12-31T16:30:00+01:00', '2027-01-04'],
  ['Maundy Thursday (Easter Monday follows)', '2026-04-02T10:00:00+02:00', '2026-04-13'],
  ['Easter Monday', '2027-03-29T10:00:00+02:00', '2027-04-05'],
  ['the spring DST night, before the change', '2027-03-28T01:59:00+01:00', '2027-04-05'],
  ['the spring DST night, after the change', '2027-03-28T03:30:00+02:00', '2027-04-05'],
  ['the autumn DST night, first 02:30', '2026-10-25T02:30:00+02:00', '2026-10-26'],
  ['the autumn DST night, second 02:30', '2026-10-25T02:30:00+01:00', '2026-10-26'],
  ['a fortnight across the autumn change', '2026-10-14T12:00:00+02:00', '2026-10-19'],
  ['before Ascension, Whit Monday and Constitution Day', '2026-05-04T12:00:00+02:00', '2026-06-08'],
];

describe('plainFortnightAfter', () => {
  for (const [label, now, monday] of NOWS) {
    it(`from ${label} (${now}) starts on Monday ${monday}, all ten weekdays open`, () => {
      const from = at(now);
      const f = plainFortnightAfter(from);
      expect(f.monday).toBe(monday);
      expect(weekdayOf(f.monday)).toBe(1);
      expect(f.monday > cal.localDate(from)).toBe(true);
      for (const day of [1, 2, 3, 4, 5, 8, 9, 10, 11, 12]) {
        const date = addDays(f.monday, day - 1);
        expect(cal.closedReason(date), date).toBeNull();
        expect(f.at(day, 8, 29)).toBeGreaterThan(from);
        expect(cal.isOpen(f.at(day, 8, 30)), `${date} 08:30`).toBe(true);
        expect(iso(f.at(day, 14, 0)).slice(0, 19)).toBe(`${date}T14:00:00`);
      }
      expect(iso(f.at(6, 12, 0)).slice(0, 10)).toBe(addDays(f.monday, 5));
      expect(cal.closedReason(addDays(f.monday, 5))?.en).toBe('Saturday');
    });

    it(`from ${label}: the hand-written expectations of the workflow tests hold`, () => {
      const f = plainFortnightAfter(at(now));
      // first-response.test.ts: Friday 14:00 + 8 working hours = Monday 15:00, the 75 % warning at Monday 13:00.
      expect(cal.addWorkingTime(f.at(5, 14, 0), 480)).toBe(f.at(8, 15, 0));
      expect(cal.addWorkingTime(f.at(5, 14, 0), 360)).toBe(f.at(8, 13, 0));
      // waiting.test.ts: Monday 09:30 + 8 h = Tuesday 10:00; asked at 11:30, 6 h are left; Wednesday 09:00 + 6 h = 15:00.
      expect(cal.addWorkingTime(f.at(1, 9, 30), 480)).toBe(f.at(2, 10, 0));
      expect(cal.workingTimeBetween(f.at(1, 11, 30), f.at(2, 10, 0))).toBe(360);
      expect(cal.addWorkingTime(f.at(3, 9, 0), 360)).toBe(f.at(3, 15, 0));
      expect(cal.addWorkingTime(f.at(3, 9, 0), 240)).toBe(f.at(3, 13, 0));
      // support.test.ts: Monday 11:00 + 5 working days is the next Monday 11:00.
      expect(cal.addWorkingDays(f.at(1, 11, 0), 5)).toBe(f.at(8, 11, 0));
    });
  }

  it('keeps wall-clock times across the autumn change inside the fortnight', () => {
    const f = plainFortnightAfter(at('2026-10-14T12:00:00+02:00'));
    expect(iso(f.at(1, 9, 0))).toBe('2026-10-19T09:00:00+02:00');
    expect(iso(f.at(8, 9, 0))).toBe('2026-10-26T09:00:00+01:00');
    expect(cal.addWorkingTime(f.at(5, 14, 0), 480)).toBe(at('2026-10-26T15:00:00+01:00'));
  });

  it('refuses a day outside the fortnight', () => {
    const f = plainFortnightAfter(at('2026-11-30T21:09:00+01:00'));
    expect(() => f.at(0, 10, 0)).toThrow(RangeError);
    expect(() => f.at(15, 10, 0)).toThrow(RangeError);
  });
});

describe('workingTimeBefore', () => {
  it('goes back over the weekend, over Easter and within the day, by hand', () => {
    // Monday 21:09: the whole Monday (7.5 h) and the last half hour of Friday.
    expect(iso(workingTimeBefore(at('2026-11-30T21:09:00+01:00'), 480))).toBe('2026-11-27T15:00:00+01:00');
    // Friday 15:29: 6 h 59 min of Friday and 1 h 1 min of Thursday (closing 16:00).
    expect(iso(workingTimeBefore(at('2026-12-04T15:29:00+01:00'), 480))).toBe('2026-12-03T14:59:00+01:00');
    // Easter Monday: Easter Sunday, Good Friday and Maundy Thursday are closed; Wednesday 7.5 h, Tuesday 30 min.
    expect(iso(workingTimeBefore(at('2027-03-29T10:00:00+02:00'), 480))).toBe('2027-03-23T15:30:00+01:00');
    // Inside opening hours: an hour ago.
    expect(iso(workingTimeBefore(at('2026-12-02T11:00:00+01:00'), 60))).toBe('2026-12-02T10:00:00+01:00');
    // The first minute of the first working day after New Year.
    expect(iso(workingTimeBefore(at('2027-01-04T08:31:00+01:00'), 1))).toBe('2027-01-04T08:30:00+01:00');
  });

  for (const [label, now] of NOWS) {
    it(`from ${label}: exactly that much working time lies between, and it is the latest such instant`, () => {
      const to = at(now);
      for (const minutes of [1, 480, 3 * 480, 30 * 450]) {
        const from = workingTimeBefore(to, minutes);
        expect(from).toBeLessThan(to);
        expect(cal.workingTimeBetween(from, to)).toBeCloseTo(minutes, 6);
        expect(cal.workingTimeBetween(from + 1, to)).toBeLessThan(minutes);
        expect(cal.addWorkingTime(from, minutes)).toBeLessThanOrEqual(to);
      }
      // "Received three first-response times ago" is overdue whatever the day: the due time has passed.
      expect(cal.addWorkingTime(workingTimeBefore(to, 3 * 480), 480)).toBeLessThan(to);
    });
  }
});

describe('the DST weeks the SLA tests run in', () => {
  it('finds the next Easter whose week holds the spring change', () => {
    expect(easterAcrossSpringChange(at('2026-11-30T21:09:00+01:00'))).toEqual({ wednesday: '2027-03-24', tuesday: '2027-03-30' });
    expect(easterAcrossSpringChange(at('2027-03-24T14:00:00+01:00'))).toEqual({ wednesday: '2032-03-24', tuesday: '2032-03-30' });
    expect(easterAcrossSpringChange(at('2032-06-01T12:00:00+02:00'))).toEqual({ wednesday: '2035-03-21', tuesday: '2035-03-27' });
    for (const year of [2027, 2032, 2035]) {
      const { wednesday, tuesday } = easterAcrossSpringChange(at(`${year}-01-01T00:00:00+01:00`));
      // Wednesday 14:00 + 8 working hours = Tuesday 14:30: 2 h on Wednesday, Tuesday 08:30 + 6 h.
      expect(iso(cal.addWorkingTime(wallClock(wednesday, 14, 0), 480))).toBe(`${tuesday}T14:30:00+02:00`);
      expect(iso(wallClock(wednesday, 14, 0))).toBe(`${wednesday}T14:00:00+01:00`);
    }
  });

  it('finds the next autumn change weekend', () => {
    expect(autumnChangeWeekend(at('2026-11-30T21:09:00+01:00'))).toEqual({ friday: '2027-10-29', monday: '2027-11-01' });
    expect(autumnChangeWeekend(at('2026-10-01T12:00:00+02:00'))).toEqual({ friday: '2026-10-23', monday: '2026-10-26' });
    expect(autumnChangeWeekend(at('2027-10-29T14:00:00+02:00'))).toEqual({ friday: '2028-10-27', monday: '2028-10-30' });
    for (const from of ['2026-10-01T12:00:00+02:00', '2027-04-01T12:00:00+02:00', '2028-01-01T12:00:00+01:00']) {
      const { friday, monday } = autumnChangeWeekend(at(from));
      // Friday 14:00 CEST + 8 working hours = Monday 15:00 CET (1.5 h on Friday, Monday 08:30 + 6.5 h).
      expect(iso(cal.addWorkingTime(wallClock(friday, 14, 0), 480))).toBe(`${monday}T15:00:00+01:00`);
      expect(iso(wallClock(friday, 14, 0))).toBe(`${friday}T14:00:00+02:00`);
    }
  });

  it('names the month of an instant in the desk zone, not UTC', () => {
    expect(monthOf(at('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(monthOf(at('2026-12-31T22:59:59Z'))).toBe('2026-12');
  });
});
