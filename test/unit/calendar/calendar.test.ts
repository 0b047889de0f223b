// Worked examples for the working-time calendar (SPEC §4), computed by hand.
// The host zone is set to something far from Copenhagen to prove it is never used.
process.env.TZ = 'Pacific/Kiritimati';

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar, easterSunday, formatInstant, parseInstant, type CalendarConfig } from '../../../domain/calendar/index.js';
import { calendarFilePath, loadCalendarConfig, parseCalendarConfig } from '../../../config/calendar.js';

const config = loadCalendarConfig();
const calendar = createCalendar(config);
const ZONE = 'Europe/Copenhagen';

function at(iso: string): number {
  const instant = parseInstant(iso);
  if (instant === null) throw new Error(`bad instant in test: ${iso}`);
  return instant;
}
const show = (instant: number) => formatInstant(instant, ZONE);
const withConfig = (change: Partial<CalendarConfig>) => createCalendar({ ...config, ...change });

describe('host time zone', () => {
  it('is really set to something odd, and does not matter', () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(-14 * 60);
    const before = show(calendar.addWorkingTime(at('2024-03-22T14:00:00+01:00'), 480));
    process.env.TZ = 'America/St_Johns';
    try {
      expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(210);
      const other = createCalendar(config);
      expect(show(other.addWorkingTime(at('2024-03-22T14:00:00+01:00'), 480))).toBe(before);
      expect(other.localDate(at('2024-03-22T23:30:00Z'))).toBe('2024-03-23');
    } finally {
      process.env.TZ = 'Pacific/Kiritimati';
    }
  });
});

describe('addWorkingTime', () => {
  it.each([
    ['SPEC: Friday 14:00 + 8 h → Monday 15:00', '2024-03-22T14:00:00+01:00', 480, '2024-03-25T15:00:00+01:00'],
    ['the same given in UTC', '2024-03-22T13:00Z', 480, '2024-03-25T15:00:00+01:00'],
    ['deadline exactly at Friday closing', '2024-03-22T14:00:00+01:00', 90, '2024-03-22T15:30:00+01:00'],
    ['deadline exactly at Thursday closing', '2024-03-21T14:30:00+01:00', 90, '2024-03-21T16:00:00+01:00'],
    ['one minute past Friday closing', '2024-03-22T14:00:00+01:00', 91, '2024-03-25T08:31:00+01:00'],
    ['received at 03:00', '2024-03-26T03:00:00+01:00', 60, '2024-03-26T09:30:00+01:00'],
    ['received on Saturday', '2024-03-23T12:00:00+01:00', 60, '2024-03-25T09:30:00+01:00'],
    ['received after closing', '2024-03-25T17:00:00+01:00', 30, '2024-03-26T09:00:00+01:00'],
    ['received exactly at opening', '2024-03-25T08:30:00+01:00', 450, '2024-03-25T16:00:00+01:00'],
    ['received on Christmas Day', '2024-12-25T10:00:00+01:00', 60, '2024-12-27T09:30:00+01:00'],
    ['Wednesday 23 Dec 2026 before Christmas', '2026-12-23T14:00:00+01:00', 480, '2026-12-28T14:30:00+01:00'],
    ['Tuesday 23 Dec 2025 before Christmas', '2025-12-23T14:00:00+01:00', 480, '2025-12-29T14:30:00+01:00'],
    ['over New Year into a Friday', '2025-12-30T14:00:00+01:00', 480, '2026-01-02T14:30:00+01:00'],
    ['Easter week 2023', '2023-04-05T14:00:00+02:00', 480, '2023-04-11T14:30:00+02:00'],
    ['store bededag 2023 is closed', '2023-05-04T14:00:00+02:00', 480, '2023-05-08T14:30:00+02:00'],
    ['the Friday after bededag in 2024 is open', '2024-04-25T14:00:00+02:00', 480, '2024-04-26T14:30:00+02:00'],
    ['Kristi himmelfartsdag 2024', '2024-05-08T14:00:00+02:00', 480, '2024-05-10T14:30:00+02:00'],
    ['2. pinsedag 2024', '2024-05-17T14:00:00+02:00', 480, '2024-05-21T15:00:00+02:00'],
    ['grundlovsdag 2024 (Wednesday)', '2024-06-04T14:00:00+02:00', 480, '2024-06-06T14:30:00+02:00'],
    ['DST spring weekend 2025', '2025-03-28T14:00:00+01:00', 480, '2025-03-31T15:00:00+02:00'],
    ['received during the DST spring weekend', '2025-03-29T12:00:00+01:00', 60, '2025-03-31T09:30:00+02:00'],
    ['DST autumn weekend 2025', '2025-10-24T14:00:00+02:00', 480, '2025-10-27T15:00:00+01:00'],
    ['DST spring weekend 2024 is also Easter', '2024-03-27T14:00:00+01:00', 480, '2024-04-02T14:30:00+02:00'],
    ['half a minute', '2024-03-25T08:30:00+01:00', 0.5, '2024-03-25T08:30:30+01:00'],
    ['1.15 minutes is exactly 69 s', '2024-03-25T08:30:00+01:00', 1.15, '2024-03-25T08:31:09+01:00'],
    ['all of 2024 (111 420 open minutes)', '2024-01-01T00:00:00+01:00', 111_420, '2024-12-30T16:00:00+01:00'],
  ])('%s', (_name, from, minutes, due) => {
    expect(show(calendar.addWorkingTime(at(from), minutes))).toBe(due);
  });

  it('0 minutes returns from itself, even when closed', () => {
    for (const from of ['2024-03-23T12:00:00+01:00', '2024-03-22T15:30:00+01:00', '2024-03-25T10:00:00.123+01:00']) {
      expect(calendar.addWorkingTime(at(from), 0)).toBe(at(from));
    }
  });

  it('rejects negative, NaN and infinite minutes and absurd spans', () => {
    const from = at('2024-03-22T14:00:00+01:00');
    expect(() => calendar.addWorkingTime(from, -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(from, Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(from, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(from, 1e300)).toThrow(/beyond year 9999/);
    expect(() => calendar.addWorkingTime(Number.NaN, 5)).toThrow(RangeError);
  });

  it('honours an extra closed day from config', () => {
    const moving = withConfig({ extraClosedDays: [{ date: '2024-03-25', name: 'Flytning' }] });
    expect(show(moving.addWorkingTime(at('2024-03-22T14:00:00+01:00'), 480))).toBe('2024-03-26T15:00:00+01:00');
    expect(moving.closedReason('2024-03-25')).toEqual({ da: 'Flytning', en: 'Flytning' });
    expect(moving.closedDays(2024)).toContainEqual({ date: '2024-03-25', name: { da: 'Flytning', en: 'Flytning' }, weekday: 1 });
  });

  it('does not see later changes to the config object it was made from', () => {
    const mine = structuredClone(config);
    const cal = createCalendar(mine);
    mine.extraClosedDays.push({ date: '2024-03-25', name: 'Flytning' });
    expect(show(cal.addWorkingTime(at('2024-03-22T14:00:00+01:00'), 480))).toBe('2024-03-25T15:00:00+01:00');
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['Friday 14:00 → Monday 15:00', '2024-03-22T14:00:00+01:00', '2024-03-25T15:00:00+01:00', 480],
    ['a whole Friday and Monday over the DST change', '2025-03-28T08:30:00+01:00', '2025-03-31T16:00:00+02:00', 870],
    ['a closed weekend', '2024-03-22T15:30:00+01:00', '2024-03-25T08:30:00+01:00', 0],
    ['reversed', '2024-03-25T15:00:00+01:00', '2024-03-22T14:00:00+01:00', 0],
    ['empty', '2024-03-25T15:00:00+01:00', '2024-03-25T15:00:00+01:00', 0],
    ['30 seconds', '2024-03-25T09:00:00+01:00', '2024-03-25T09:00:30+01:00', 0.5],
    ['all of 2024', '2024-01-01T00:00:00+01:00', '2025-01-01T00:00:00+01:00', 111_420],
    ['2023 to 2025 (year boundaries)', '2023-12-29T15:00:00+01:00', '2025-01-02T09:30:00+01:00', 30 + 111_420 + 60],
  ])('%s', (_name, a, b, minutes) => {
    expect(calendar.workingTimeBetween(at(a), at(b))).toBeCloseTo(minutes, 9);
  });
});

describe('isOpen and nextOpening', () => {
  it.each([
    ['2024-03-25T08:29:59.999+01:00', false],
    ['2024-03-25T08:30:00+01:00', true],
    ['2024-03-25T15:59:59.999+01:00', true],
    ['2024-03-25T16:00:00+01:00', false],
    ['2024-03-22T15:29:00+01:00', true],
    ['2024-03-22T15:30:00+01:00', false],
    ['2024-03-23T10:00:00+01:00', false],
    ['2024-12-24T10:00:00+01:00', false],
    ['2023-05-05T10:00:00+02:00', false],
    ['2024-04-26T10:00:00+02:00', true],
    ['2025-03-31T06:30:00Z', true],
    ['2025-03-31T06:29:00Z', false],
  ])('isOpen(%s) = %s', (instant, open) => {
    expect(calendar.isOpen(at(instant))).toBe(open);
  });

  it.each([
    ['open: itself', '2024-03-25T10:00:00.5+01:00', '2024-03-25T10:00:00.500+01:00'],
    ['at Friday closing', '2024-03-22T15:30:00+01:00', '2024-03-25T08:30:00+01:00'],
    ['Christmas Eve', '2024-12-24T10:00:00+01:00', '2024-12-27T08:30:00+01:00'],
    ['over New Year', '2023-12-31T12:00:00+01:00', '2024-01-02T08:30:00+01:00'],
    ['Saturday of the DST change', '2025-03-29T12:00:00+01:00', '2025-03-31T08:30:00+02:00'],
  ])('nextOpening: %s', (_name, instant, next) => {
    expect(show(calendar.nextOpening(at(instant)))).toBe(next);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['Thursday 15:45 + 1 → Friday closing', '2024-03-21T15:45:00+01:00', 1, '2024-03-22T15:30:00+01:00'],
    ['Thursday 15:00 + 1 → Friday 15:00', '2024-03-21T15:00:00+01:00', 1, '2024-03-22T15:00:00+01:00'],
    ['over Easter 2024 and the DST change', '2024-03-27T10:00:00+01:00', 1, '2024-04-02T10:00:00+02:00'],
    ['5 days over Easter', '2024-03-25T10:15:00+01:00', 5, '2024-04-04T10:15:00+02:00'],
    ['Saturday + 0 → Monday opening', '2024-03-23T12:00:00+01:00', 0, '2024-03-25T08:30:00+01:00'],
    ['Saturday + 1 → Tuesday opening', '2024-03-23T12:00:00+01:00', 1, '2024-03-26T08:30:00+01:00'],
    ['before opening', '2024-03-22T07:00:00+01:00', 2, '2024-03-26T08:30:00+01:00'],
    ['at Friday closing', '2024-03-22T15:30:00+01:00', 1, '2024-03-26T08:30:00+01:00'],
    ['over Christmas into the next year', '2024-12-23T11:00:00+01:00', 3, '2025-01-02T11:00:00+01:00'],
    ['open: + 0 is itself', '2024-03-25T11:00:00+01:00', 0, '2024-03-25T11:00:00+01:00'],
    ['the last working day of 2024 (251 in all)', '2024-01-02T09:00:00+01:00', 250, '2024-12-30T09:00:00+01:00'],
    ['a year of working days', '2024-01-02T09:00:00+01:00', 251, '2025-01-02T09:00:00+01:00'],
  ])('%s', (_name, from, days, expected) => {
    expect(show(calendar.addWorkingDays(at(from), days))).toBe(expected);
  });

  it('rejects negative or fractional days', () => {
    expect(() => calendar.addWorkingDays(at('2024-03-25T11:00:00+01:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(at('2024-03-25T11:00:00+01:00'), 1.5)).toThrow(RangeError);
  });
});

describe('closed days', () => {
  const CLOSED_2023 = [
    ['2023-04-06', 'Skærtorsdag', 4],
    ['2023-04-07', 'Langfredag', 5],
    ['2023-04-10', '2. påskedag', 1],
    ['2023-05-05', 'Store bededag', 5],
    ['2023-05-18', 'Kristi himmelfartsdag', 4],
    ['2023-05-29', '2. pinsedag', 1],
    ['2023-06-05', 'Grundlovsdag', 1],
    ['2023-12-25', 'Juledag', 1],
    ['2023-12-26', '2. juledag', 2],
  ];
  const CLOSED_2024 = [
    ['2024-01-01', 'Nytårsdag', 1],
    ['2024-03-28', 'Skærtorsdag', 4],
    ['2024-03-29', 'Langfredag', 5],
    ['2024-04-01', '2. påskedag', 1],
    ['2024-05-09', 'Kristi himmelfartsdag', 4],
    ['2024-05-20', '2. pinsedag', 1],
    ['2024-06-05', 'Grundlovsdag', 3],
    ['2024-12-24', 'Juleaftensdag', 2],
    ['2024-12-25', 'Juledag', 3],
    ['2024-12-26', '2. juledag', 4],
    ['2024-12-31', 'Nytårsaftensdag', 2],
  ];
  const simple = (year: number) => calendar.closedDays(year).map((d) => [d.date, d.name.da, d.weekday]);

  it('2023 has store bededag', () => expect(simple(2023)).toEqual(CLOSED_2023));
  it('2024 has no store bededag', () => expect(simple(2024)).toEqual(CLOSED_2024));

  it('gives English names too', () => {
    expect(calendar.closedDays(2023).find((d) => d.date === '2023-05-05')?.name).toEqual({ da: 'Store bededag', en: 'General Prayer Day' });
  });

  it('joins names of rules on the same date', () => {
    const cal = withConfig({
      extraClosedDays: [
        { date: '2024-12-24', name: { da: 'Lukket', en: 'Closed' } },
        { date: '2024-12-24', name: { da: 'Lukket', en: 'Closed' } },
      ],
    });
    expect(cal.closedReason('2024-12-24')).toEqual({ da: 'Juleaftensdag / Lukket', en: 'Christmas Eve / Closed' });
  });

  it.each([
    ['2024-12-24', { da: 'Juleaftensdag', en: 'Christmas Eve' }],
    ['2024-03-23', { da: 'Lørdag', en: 'Saturday' }],
    ['2024-03-24', { da: 'Søndag', en: 'Sunday' }],
    ['2024-03-31', { da: 'Påskedag', en: 'Easter Sunday' }],
    ['2024-05-19', { da: 'Pinsedag', en: 'Whit Sunday' }],
    ['2023-05-05', { da: 'Store bededag', en: 'General Prayer Day' }],
    ['2024-04-26', null],
    ['2024-03-25', null],
  ])('closedReason(%s)', (date, reason) => {
    expect(calendar.closedReason(date)).toEqual(reason);
  });

  it('rejects dates that do not exist', () => {
    expect(() => calendar.closedReason('2024-02-30')).toThrow(RangeError);
    expect(() => calendar.closedReason('24-12-24')).toThrow(RangeError);
  });
});

describe('Easter', () => {
  it.each([
    [2019, 4, 21],
    [2023, 4, 9],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('Easter Sunday %i is %i-%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('DST wall-clock opening hours', () => {
  // Open on Sundays 02:00–04:00 local: one hour on the spring Sunday, three in the autumn.
  const night = withConfig({
    openingHours: { ...config.openingHours, '7': { open: '02:00', close: '04:00' } },
  });
  it('spring: 02:00 does not exist, the desk opens at 03:00 CEST', () => {
    expect(night.workingTimeBetween(at('2025-03-30T00:00:00+01:00'), at('2025-03-31T00:00:00+02:00'))).toBe(60);
    expect(show(night.nextOpening(at('2025-03-30T00:00:00+01:00')))).toBe('2025-03-30T03:00:00+02:00');
  });
  it('autumn: 02:00–04:00 lasts three hours', () => {
    expect(night.workingTimeBetween(at('2025-10-26T00:00:00+02:00'), at('2025-10-27T00:00:00+01:00'))).toBe(180);
    expect(show(night.addWorkingTime(at('2025-10-26T00:00:00+02:00'), 90))).toBe('2025-10-26T02:30:00+01:00');
  });
});

describe('localDate', () => {
  it.each([
    ['2024-03-22T23:30:00Z', '2024-03-23'],
    ['2024-06-30T22:30:00Z', '2024-07-01'],
    ['2024-06-30T21:59:59Z', '2024-06-30'],
    ['2024-12-31T23:00:00Z', '2025-01-01'],
  ])('%s is %s in Copenhagen', (instant, date) => {
    expect(calendar.localDate(at(instant))).toBe(date);
  });
});

describe('parseInstant and formatInstant', () => {
  it.each([
    ['2024-03-28T14:00:00+01:00', Date.UTC(2024, 2, 28, 13)],
    ['2024-03-28T13:00:00Z', Date.UTC(2024, 2, 28, 13)],
    ['2024-03-28T13:00Z', Date.UTC(2024, 2, 28, 13)],
    ['2024-03-28T13:00:00.5Z', Date.UTC(2024, 2, 28, 13, 0, 0, 500)],
    ['2024-03-28T13:00:00.123456Z', Date.UTC(2024, 2, 28, 13, 0, 0, 123)],
    ['2024-03-28T08:00:00-05:00', Date.UTC(2024, 2, 28, 13)],
    ['2024-02-29T00:00:00+00:00', Date.UTC(2024, 1, 29)],
    ['2024-03-28T14:00:00+0100', Date.UTC(2024, 2, 28, 13)],
  ])('parses %s', (iso, expected) => {
    expect(parseInstant(iso)).toBe(expected);
  });

  it.each([
    '2024-03-28T14:00:00', // no offset
    '2024-03-28 14:00:00+01:00',
    '2024-03-28',
    '2023-02-29T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-03-28T24:00:00Z',
    '2024-03-28T14:60:00Z',
    '2024-03-28T14:00:60Z',
    '2024-03-28T14:00:00+24:00',
    '2024-03-28T14:00:00.Z',
    ' 2024-03-28T14:00:00Z',
    '',
    'tomorrow',
  ])('rejects %j', (iso) => {
    expect(parseInstant(iso)).toBeNull();
  });

  it.each([
    ['2024-03-28T14:00:00', Date.UTC(2024, 2, 28, 13)], // winter time
    ['2024-07-01T08:30', Date.UTC(2024, 6, 1, 6, 30)], // summer time
    ['2024-03-31T00:30', Date.UTC(2024, 2, 30, 23, 30)], // the night of the spring change, before it
    ['2024-03-31T02:30', Date.UTC(2024, 2, 31, 1, 30)], // skipped hour: moved forward by the gap
    ['2024-03-31T12:00', Date.UTC(2024, 2, 31, 10)], // the day of the spring change, after it
    ['2024-10-27T02:30', Date.UTC(2024, 9, 27, 0, 30)], // repeated hour: its first occurrence
    ['2024-10-27T03:30', Date.UTC(2024, 9, 27, 2, 30)], // after the autumn change
  ])('reads %s without offset as Copenhagen wall-clock time when given the zone', (iso, expected) => {
    expect(parseInstant(iso, ZONE)).toBe(expected);
  });

  it('formats in the zone with its offset, millis only when non-zero', () => {
    expect(formatInstant(Date.UTC(2024, 2, 25, 14), ZONE)).toBe('2024-03-25T15:00:00+01:00');
    expect(formatInstant(Date.UTC(2024, 6, 1, 6, 30, 5, 7), ZONE)).toBe('2024-07-01T08:30:05.007+02:00');
    expect(formatInstant(Date.UTC(2024, 6, 1, 6, 30), 'America/St_Johns')).toBe('2024-07-01T04:00:00-02:30');
    expect(formatInstant(Date.UTC(2024, 0, 1), 'UTC')).toBe('2024-01-01T00:00:00+00:00');
    expect(() => formatInstant(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('round-trips', () => {
    for (const iso of ['2024-10-27T02:30:00+02:00', '2024-10-27T02:30:00+01:00', '2024-03-31T03:00:00+02:00']) {
      expect(formatInstant(at(iso), ZONE)).toBe(iso);
    }
  });
});

describe('calendar configuration', () => {
  it('is the Copenhagen desk by default', () => {
    expect(config.timeZone).toBe('Europe/Copenhagen');
    expect(config.openingHours['5']).toEqual({ open: '08:30', close: '15:30' });
    expect(config.openingHours['6']).toBeNull();
  });

  it('reads CALENDAR_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    const file = join(dir, 'calendar.json');
    writeFileSync(file, JSON.stringify({ ...config, extraClosedDays: [{ date: '2024-03-25', name: 'Flytning' }] }));
    expect(calendarFilePath({ CALENDAR_FILE: file })).toBe(file);
    const loaded = loadCalendarConfig(calendarFilePath({ CALENDAR_FILE: file }));
    expect(loaded.extraClosedDays).toEqual([{ date: '2024-03-25', name: 'Flytning' }]);
  });

  /** A configuration as loose JSON, to break it in ways the type forbids. */
  type LooseConfig = {
    timeZone: string;
    openingHours: Record<string, unknown>;
    holidays: Record<string, unknown>[];
    extraClosedDays: unknown[];
    holiday?: unknown;
  };
  const broken: [string, (c: LooseConfig) => void][] = [
    ['unknown zone', (c) => (c.timeZone = 'Mars/Olympus')],
    ['missing weekday', (c) => delete c.openingHours['7']],
    ['bad clock', (c) => (c.openingHours['1'] = { open: '8:30', close: '16:00' })],
    ['open after close', (c) => (c.openingHours['1'] = { open: '16:00', close: '08:30' })],
    ['no opening hours at all', (c) => Object.keys(c.openingHours).forEach((k) => (c.openingHours[k] = null))],
    ['holiday with date and easterOffset', (c) => (c.holidays[0].easterOffset = 1)],
    ['holiday with neither', (c) => delete c.holidays[0].date],
    ['holiday date not MM-DD', (c) => (c.holidays[0].date = '1-1')],
    ['extra closed day not a date', (c) => c.extraClosedDays.push({ date: '2024-02-30', name: 'x' })],
    ['unknown field', (c) => (c.holiday = [])],
  ];
  it.each(broken)('rejects %s', (_name, breakIt) => {
    const bad = structuredClone(config) as unknown as LooseConfig;
    breakIt(bad);
    expect(() => parseCalendarConfig(bad)).toThrow(/invalid calendar configuration/);
  });

  it('the domain refuses an unknown zone too', () => {
    expect(() => createCalendar({ ...config, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('opening hours that change from a date', () => {
  const base = loadCalendarConfig();
  const shorterFridays = {
    ...base,
    hoursChanges: [{ from: '2027-01-01', openingHours: { ...base.openingHours, '5': { open: '08:30', close: '14:00' } } }],
  };
  const cal = createCalendar(shorterFridays);
  const at = (iso: string) => Date.parse(iso);

  it('keep the old hours before the date and use the new ones from it', () => {
    // Friday 2026-12-18 still closes 15:30; Friday 2027-01-08 closes 14:00.
    expect(cal.isOpen(at('2026-12-18T15:00:00+01:00'))).toBe(true);
    expect(cal.isOpen(at('2027-01-08T15:00:00+01:00'))).toBe(false);
    expect(cal.isOpen(at('2027-01-08T13:59:00+01:00'))).toBe(true);
  });

  it('count working time across the change', () => {
    // Friday 2027-01-08 13:00 + 8 working hours: 1 h on Friday, 7 h on Monday → Monday 15:30.
    expect(new Date(cal.addWorkingTime(at('2027-01-08T13:00:00+01:00'), 480)).toISOString()).toBe('2027-01-11T14:30:00.000Z');
    expect(cal.workingTimeBetween(at('2026-12-18T08:30:00+01:00'), at('2026-12-19T00:00:00+01:00'))).toBe(420);
  });
});
