// Properties of the working-time calendar, checked with fast-check against the real configuration.
// An independent reference (luxon for the zone, the hand-checked closed-day lists for holidays)
// checks isOpen and workingTimeBetween.
process.env.TZ = 'Pacific/Kiritimati';

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createCalendar, parseInstant } from '../../../domain/calendar/index.js';
import { loadCalendarConfig } from '../../../config/calendar.js';

const config = loadCalendarConfig();
const calendar = createCalendar(config);
const ZONE = config.timeZone;
const RUNS = { numRuns: 2000 };
const MS_PER_MINUTE = 60_000;

// Instants 2022–2026: uniformly, and near the edges of opening hours and DST changes.
const FIRST = Date.UTC(2022, 0, 1);
const LAST = Date.UTC(2027, 0, 1);
const anyInstant = fc.integer({ min: FIRST, max: LAST });
const nearEdge = fc
  .tuple(
    fc.integer({ min: 0, max: Math.floor((LAST - FIRST) / 86_400_000) }),
    fc.constantFrom('00:00', '02:30', '08:30', '15:30', '16:00', '23:59'),
    fc.constantFrom('+01:00', '+02:00'),
    fc.constantFrom(-60_000, -1, 0, 1, 60_000),
  )
  .map(([day, clock, offset, delta]) => {
    const date = new Date(FIRST + day * 86_400_000).toISOString().slice(0, 10);
    return parseInstant(`${date}T${clock}:00${offset}`)! + delta;
  });
const instant = fc.oneof(anyInstant, nearEdge);
const fractionalInstant = fc.tuple(instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([t, f]) => t + f);

const minutes = fc.oneof(
  fc.constantFrom(0, 1, 90, 420, 450, 480, 111_420),
  fc.integer({ min: 0, max: 3_000 }),
  fc.integer({ min: 0, max: 150_000 }),
  fc.double({ min: 0, max: 5_000, noNaN: true }),
);

/** Whole milliseconds of working time, as minutes (what workingTimeBetween gives back for ms instants). */
const millisecondMinutes = fc.oneof(
  fc.constantFrom(0, 1, 90, 450, 480, 111_420),
  fc.integer({ min: 0, max: 9_000_000_000 }).map((ms) => ms / MS_PER_MINUTE),
  fc.integer({ min: 0, max: 3_000_000 }).map((ms) => ms / MS_PER_MINUTE),
);

/** The result is open, or exactly a closing instant (the last ms before it is fully open). */
function openOrClosing(at: number): boolean {
  return calendar.isOpen(at) || Math.abs(calendar.workingTimeBetween(at - 1, at) * MS_PER_MINUTE - 1) < 1e-6;
}

// --- reference implementation -------------------------------------------------------------
const closedDates = new Set<string>();
for (let year = 2021; year <= 2028; year++) for (const d of calendar.closedDays(year)) closedDates.add(d.date);

function referenceHours(day: DateTime): [DateTime, DateTime] | null {
  const hours = config.openingHours[String(day.weekday) as '1'];
  if (!hours || closedDates.has(day.toISODate()!)) return null;
  const [oh, om] = hours.open.split(':').map(Number);
  const [ch, cm] = hours.close.split(':').map(Number);
  return [day.set({ hour: oh, minute: om }), day.set({ hour: ch, minute: cm })];
}

function referenceIsOpen(at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: ZONE });
  const hours = referenceHours(local.startOf('day'));
  return hours !== null && at >= hours[0].toMillis() && at < hours[1].toMillis();
}

function referenceWorkingTime(a: number, b: number): number {
  let open = 0;
  for (let day = DateTime.fromMillis(a, { zone: ZONE }).startOf('day'); day.toMillis() < b; day = day.plus({ days: 1 })) {
    const hours = referenceHours(day);
    if (!hours) continue;
    const from = Math.max(a, hours[0].toMillis());
    const to = Math.min(b, hours[1].toMillis());
    if (to > from) open += to - from;
  }
  return open / MS_PER_MINUTE;
}

describe('calendar properties', () => {
  it('workingTimeBetween(a, addWorkingTime(a, m)) = m', () => {
    fc.assert(
      fc.property(fractionalInstant, minutes, (a, m) => {
        expect(Math.abs(calendar.workingTimeBetween(a, calendar.addWorkingTime(a, m)) - m)).toBeLessThan(1e-6);
      }),
      RUNS,
    );
  });

  it('addWorkingTime is monotonic in the minutes', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (a, m1, m2) => {
        const [low, high] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(calendar.addWorkingTime(a, low)).toBeLessThanOrEqual(calendar.addWorkingTime(a, high));
      }),
      RUNS,
    );
  });

  it('addWorkingTime is monotonic in the start', () => {
    fc.assert(
      fc.property(instant, instant, minutes, (a1, a2, m) => {
        const [early, late] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(calendar.addWorkingTime(early, m)).toBeLessThanOrEqual(calendar.addWorkingTime(late, m));
      }),
      RUNS,
    );
  });

  it('a due instant is never strictly inside closed time', () => {
    fc.assert(
      fc.property(fractionalInstant, minutes, (a, m) => {
        const due = calendar.addWorkingTime(a, m);
        if (m === 0) expect(due).toBe(a);
        else {
          expect(due).toBeGreaterThanOrEqual(a);
          expect(openOrClosing(due)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('addWorkingTime(a, x + y) = addWorkingTime(addWorkingTime(a, x), y)', () => {
    fc.assert(
      // Fractions below a ms are not used here: with doubles, x + 5e-324 === x but the second
      // addWorkingTime(closing, 5e-324) rightly moves to the next opening.
      fc.property(instant, millisecondMinutes, millisecondMinutes, (a, x, y) => {
        const once = calendar.addWorkingTime(a, x + y);
        const twice = calendar.addWorkingTime(calendar.addWorkingTime(a, x), y);
        expect(once).toBe(twice);
      }),
      RUNS,
    );
  });

  it('workingTimeBetween is additive', () => {
    fc.assert(
      fc.property(instant, instant, instant, (p, q, r) => {
        const [a, b, c] = [p, q, r].sort((x, y) => x - y);
        const whole = calendar.workingTimeBetween(a, c);
        expect(Math.abs(whole - calendar.workingTimeBetween(a, b) - calendar.workingTimeBetween(b, c))).toBeLessThan(1e-6);
      }),
      RUNS,
    );
  });

  it('nextOpening is the first open instant at or after a', () => {
    fc.assert(
      fc.property(instant, (a) => {
        const next = calendar.nextOpening(a);
        expect(next).toBeGreaterThanOrEqual(a);
        expect(calendar.isOpen(next)).toBe(true);
        expect(calendar.workingTimeBetween(a, next)).toBe(0);
        if (next > a) expect(calendar.isOpen(next - 1)).toBe(false);
      }),
      RUNS,
    );
  });

  it('addWorkingDays lands in opening hours, one working day further per day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (a, n) => {
        const due = calendar.addWorkingDays(a, n);
        const later = calendar.addWorkingDays(a, n + 1);
        expect(openOrClosing(due)).toBe(true);
        expect(due).toBeGreaterThanOrEqual(calendar.nextOpening(a));
        expect(later).toBeGreaterThan(due);
        expect(calendar.localDate(later) > calendar.localDate(due)).toBe(true);
        // exactly one working day between them: the next opening after `due`'s day is `later`'s day
        const tomorrow = DateTime.fromMillis(due, { zone: ZONE }).startOf('day').plus({ days: 1 }).toMillis();
        const nextDay = calendar.localDate(calendar.nextOpening(tomorrow));
        expect(calendar.localDate(later)).toBe(nextDay);
      }),
      RUNS,
    );
  });

  it('isOpen agrees with a luxon reference', () => {
    fc.assert(
      fc.property(instant, (a) => {
        expect(calendar.isOpen(a)).toBe(referenceIsOpen(a));
      }),
      RUNS,
    );
  });

  it('workingTimeBetween agrees with a luxon reference', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), (a, span) => {
        expect(calendar.workingTimeBetween(a, a + span)).toBeCloseTo(referenceWorkingTime(a, a + span), 9);
      }),
      RUNS,
    );
  });

  it('localDate agrees with luxon', () => {
    fc.assert(
      fc.property(instant, (a) => {
        expect(calendar.localDate(a)).toBe(DateTime.fromMillis(a, { zone: ZONE }).toISODate());
      }),
      RUNS,
    );
  });
});
