// Instants for tests, computed with the desk calendar (config/calendar.json) from a given "now"
// (the time-skipping server's clock or the wall clock), so no test depends on the weekday, hour,
// daylight-saving change or holiday of the day the suite runs. test/unit/calendar/desk-time.test.ts runs
// these helpers for awkward "now" instants (Monday evening, Friday afternoon, Christmas, Easter,
// the DST nights) and checks what they produce.
import { loadCalendarConfig } from '../../config/calendar.js';
import { createCalendar, easterSunday, formatInstant, parseInstant, type Calendar } from '../../domain/calendar/index.js';
import type { Instant, LocalDate } from '../../domain/types.js';

/** The desk calendar the product runs with (the same file the product reads). */
export const deskCalendar: Calendar = createCalendar(loadCalendarConfig());

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a local date, 1 = Monday. */
export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The instant of wall-clock time hh:mm on `date` in the calendar's zone. */
export function wallClock(date: LocalDate, hh: number, mm: number, calendar: Calendar = deskCalendar): Instant {
  const at = parseInstant(`${date}T${pad(hh)}:${pad(mm)}`, calendar.config.timeZone);
  if (at === null) throw new RangeError(`not a wall-clock time: ${date} ${hh}:${mm}`);
  return at;
}

/** Two whole working weeks: every day Monday–Friday of both weeks is open by the calendar (no holiday, no closed day). */
export interface PlainFortnight {
  /** The first Monday, YYYY-MM-DD. */
  readonly monday: LocalDate;
  /** Wall-clock time hh:mm on day `day` of the fortnight: 1 = the first Monday … 5 = Friday, 8 = the second Monday … 14 = the last Sunday. */
  at(day: number, hh: number, mm: number): Instant;
}

/**
 * The first plain fortnight starting on a Monday after the local date of `from`, so every instant
 * in it lies ahead of `from`. Tests that speak of "Friday 14:00 → due Monday 15:00" take their days
 * from it, and so never land on Good Friday, Christmas or a weekend by accident.
 */
export function plainFortnightAfter(from: Instant, calendar: Calendar = deskCalendar): PlainFortnight {
  const today = calendar.localDate(from);
  let monday = addDays(today, 8 - weekdayOf(today));
  const plain = (first: LocalDate) =>
    [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].every((offset) => {
      const date = addDays(first, offset);
      return calendar.closedReason(date) === null;
    });
  for (let weeks = 0; !plain(monday); weeks++) {
    if (weeks > 52) throw new Error(`no plain fortnight within a year after ${today}`);
    monday = addDays(monday, 7);
  }
  const first = monday;
  return {
    monday: first,
    at(day, hh, mm) {
      if (!Number.isInteger(day) || day < 1 || day > 14) throw new RangeError(`day of the fortnight must be 1–14, got ${day}`);
      return wallClock(addDays(first, day - 1), hh, mm, calendar);
    },
  };
}

/**
 * The latest instant from which `minutes` of open time have elapsed by `to`: a request "received
 * that much working time ago". Always inside opening hours (or at the end of a working day).
 */
export function workingTimeBefore(to: Instant, minutes: number, calendar: Calendar = deskCalendar): Instant {
  if (!(minutes > 0)) throw new RangeError(`minutes must be > 0, got ${minutes}`);
  let early = to - DAY;
  while (calendar.workingTimeBetween(early, to) < minutes) early -= DAY;
  let late = to;
  // workingTimeBetween(early, to) >= minutes > workingTimeBetween(late, to); keep it so to the millisecond.
  while (late - early > 1) {
    const mid = Math.floor((early + late) / 2);
    if (calendar.workingTimeBetween(mid, to) >= minutes) early = mid;
    else late = mid;
  }
  return early;
}

/** The local month (YYYY-MM) of an instant in the calendar's zone. */
export function monthOf(at: Instant, calendar: Calendar = deskCalendar): string {
  return calendar.localDate(at).slice(0, 7);
}

/** Whether two instants in the calendar's zone differ in their UTC offset (a DST change lies between). */
export function offsetChangesBetween(a: Instant, b: Instant, calendar: Calendar = deskCalendar): boolean {
  const offset = (at: Instant) => formatInstant(at, calendar.config.timeZone).slice(-6);
  return offset(a) !== offset(b);
}

const YEARS_SEARCHED = 30;

/**
 * The first Easter whose Wednesday before Maundy Thursday, 14:00, lies after `from` and whose week
 * holds the spring DST change (Easter Sunday on the last Sunday of March, as in 2027, 2032, 2035).
 */
export function easterAcrossSpringChange(from: Instant, calendar: Calendar = deskCalendar): { wednesday: LocalDate; tuesday: LocalDate } {
  const firstYear = Number(calendar.localDate(from).slice(0, 4));
  for (let year = firstYear; year < firstYear + YEARS_SEARCHED; year++) {
    const easter = easterSunday(year);
    const sunday = `${year}-${pad(easter.month)}-${pad(easter.day)}`;
    const wednesday = addDays(sunday, -4);
    const tuesday = addDays(sunday, 2);
    const received = wallClock(wednesday, 14, 0, calendar);
    if (received > from && offsetChangesBetween(received, wallClock(tuesday, 14, 30, calendar), calendar)) return { wednesday, tuesday };
  }
  throw new Error(`no Easter across a DST change within ${YEARS_SEARCHED} years after ${calendar.localDate(from)}`);
}

/** The first autumn DST change (a Sunday in late October) whose Friday before, 14:00, lies after `from`: that Friday and the Monday after. */
export function autumnChangeWeekend(from: Instant, calendar: Calendar = deskCalendar): { friday: LocalDate; monday: LocalDate } {
  const firstYear = Number(calendar.localDate(from).slice(0, 4));
  for (let year = firstYear; year < firstYear + YEARS_SEARCHED; year++) {
    for (let day = 25; day <= 31; day++) {
      const sunday = `${year}-10-${day}`;
      if (weekdayOf(sunday) !== 7) continue;
      const friday = addDays(sunday, -2);
      const monday = addDays(sunday, 1);
      const received = wallClock(friday, 14, 0, calendar);
      if (received > from && offsetChangesBetween(received, wallClock(monday, 15, 0, calendar), calendar)) return { friday, monday };
    }
  }
  throw new Error(`no autumn DST change within ${YEARS_SEARCHED} years after ${calendar.localDate(from)}`);
}
