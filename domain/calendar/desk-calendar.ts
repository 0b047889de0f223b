// The desk's working-time calendar: opening hours, holidays and the SLA clock (SPEC §4).
//
// Pure and deterministic: no I/O, no clock, no host time zone. The zone always comes from the
// configuration; wall-clock times are turned into instants with Intl and an explicit `timeZone`.
// Imported by Temporal workflow code.
//
// Design: per calendar year (in the calendar's zone) the open intervals are built once, lazily, as
// sorted [start, end) instants with prefix sums of open time (year-table.ts). Every question is then
// a binary search in one year plus a walk over whole years, so cost grows with the years spanned,
// not the minutes.
import type { Bilingual, Instant, LocalDate } from '../types.js';
import { MAX_YEAR, MIN_YEAR, type Calendar, type CalendarConfig, type ClosedWorkday } from './calendar-config.js';
import { civilFromDays, daysFromCivil, formatDay, isoWeekday, MS_PER_DAY, MS_PER_MINUTE, parseDay } from './civil-date.js';
import { closuresByYear } from './closures.js';
import { hoursSchedule } from './opening-hours.js';
import { offsetFunction, wallToInstant } from './time-zone.js';
import { buildYearTable, firstEndingAfter, instantAtOpenTime, openUntil, type YearTable } from './year-table.js';

const WEEKDAY_NAMES: readonly Bilingual[] = [
  { da: 'Mandag', en: 'Monday' },
  { da: 'Tirsdag', en: 'Tuesday' },
  { da: 'Onsdag', en: 'Wednesday' },
  { da: 'Torsdag', en: 'Thursday' },
  { da: 'Fredag', en: 'Friday' },
  { da: 'Lørdag', en: 'Saturday' },
  { da: 'Søndag', en: 'Sunday' },
];

const CACHED_YEARS = 32;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`calendar: year must be an integer ${MIN_YEAR}–${MAX_YEAR}, got ${year}`);
}

function checkInstant(at: Instant, what: string): void {
  if (typeof at !== 'number' || !Number.isFinite(at)) throw new RangeError(`calendar: ${what} is not an instant: ${at}`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function createCalendar(input: CalendarConfig): Calendar {
  // A frozen copy: the caches below must not go stale when the caller changes its object.
  const config = deepFreeze(JSON.parse(JSON.stringify(input)) as CalendarConfig);
  const offsetAt = offsetFunction(config.timeZone);
  const hours = hoursSchedule(config);
  const closuresOf = closuresByYear(config);

  /** Upper bound of open time in any year, to refuse absurd spans without walking to year 9999. */
  const maxOpenPerYear = hours.maxOpenPerYear;

  const tables = new Map<number, YearTable>();
  function yearTable(year: number): YearTable {
    let table = tables.get(year);
    if (!table) {
      checkYear(year);
      table = buildYearTable(year, hours, closuresOf(year), offsetAt);
      if (tables.size >= CACHED_YEARS) tables.delete(tables.keys().next().value!);
      tables.set(year, table);
    }
    return table;
  }

  const yearStarts = new Map<number, Instant>();
  function yearStart(year: number): Instant {
    let start = yearStarts.get(year);
    if (start === undefined) {
      const wall = daysFromCivil(year, 1, 1) * MS_PER_DAY;
      start = wallToInstant(offsetAt, wall, offsetAt(wall));
      yearStarts.set(year, start);
    }
    return start;
  }

  /** The calendar year (in the calendar's zone) an instant falls in. */
  function yearOf(at: Instant): number {
    let year = civilFromDays(Math.floor(at / MS_PER_DAY))[0];
    if (at < yearStart(year)) year--;
    else if (at >= yearStart(year + 1)) year++;
    checkYear(year);
    return year;
  }

  function isOpen(at: Instant): boolean {
    checkInstant(at, 'isOpen');
    const table = yearTable(yearOf(at));
    const i = firstEndingAfter(table, at);
    return i < table.count && table.starts[i] <= at;
  }

  function nextOpening(at: Instant): Instant {
    checkInstant(at, 'nextOpening');
    for (let year = yearOf(at); year <= MAX_YEAR; year++) {
      const table = yearTable(year);
      const i = firstEndingAfter(table, at);
      if (i < table.count) return Math.max(at, table.starts[i]);
    }
    throw new RangeError(`calendar: no opening before year ${MAX_YEAR + 1}`);
  }

  function addWorkingTime(from: Instant, minutes: number): Instant {
    checkInstant(from, 'addWorkingTime from');
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0)
      throw new RangeError(`calendar: minutes must be a finite number >= 0, got ${minutes}`);
    if (minutes === 0) return from;
    let remaining = minutes * MS_PER_MINUTE;
    const whole = Math.round(remaining);
    if (whole > 0 && Math.abs(remaining - whole) < 1e-6) remaining = whole; // 1.15 min → 69000 ms, not 68999.99…
    let year = yearOf(from);
    if (remaining > (MAX_YEAR - year + 1) * maxOpenPerYear) throw new RangeError(`calendar: ${minutes} working minutes reach beyond year ${MAX_YEAR}`);

    let table = yearTable(year);
    const i = firstEndingAfter(table, from);
    if (i < table.count) {
      const begin = Math.max(from, table.starts[i]);
      const available = table.ends[i] - begin;
      if (remaining <= available) return begin + remaining;
      remaining -= available;
      const target = table.openBefore[i + 1] + remaining;
      if (target <= table.total) return instantAtOpenTime(table, target, i + 1);
      remaining = target - table.total;
    }
    for (year++; year <= MAX_YEAR; year++) {
      table = yearTable(year);
      if (remaining <= table.total) return instantAtOpenTime(table, remaining, 0);
      remaining -= table.total;
    }
    throw new RangeError(`calendar: ${minutes} working minutes reach beyond year ${MAX_YEAR}`);
  }

  function workingTimeBetween(a: Instant, b: Instant): number {
    checkInstant(a, 'workingTimeBetween a');
    checkInstant(b, 'workingTimeBetween b');
    if (b <= a) return 0;
    const yearA = yearOf(a);
    const yearB = yearOf(b);
    const tableA = yearTable(yearA);
    if (yearA === yearB) return (openUntil(tableA, b) - openUntil(tableA, a)) / MS_PER_MINUTE;
    let open = tableA.total - openUntil(tableA, a);
    for (let year = yearA + 1; year < yearB; year++) open += yearTable(year).total;
    open += openUntil(yearTable(yearB), b);
    return open / MS_PER_MINUTE;
  }

  function addWorkingDays(from: Instant, days: number): Instant {
    checkInstant(from, 'addWorkingDays from');
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`calendar: days must be an integer >= 0, got ${days}`);
    const start = nextOpening(from);
    if (days === 0) return start;
    let year = yearOf(start);
    let table = yearTable(year);
    const i = firstEndingAfter(table, start);
    const timeOfDay = start + offsetAt(start) - table.days[i] * MS_PER_DAY;
    let j = i + days;
    while (j >= table.count) {
      j -= table.count;
      if (++year > MAX_YEAR) throw new RangeError(`calendar: ${days} working days reach beyond year ${MAX_YEAR}`);
      table = yearTable(year);
    }
    const h = hours.on(table.days[j])!;
    if (timeOfDay <= h.open) return table.starts[j];
    if (timeOfDay >= h.close) return table.ends[j];
    const wall = table.days[j] * MS_PER_DAY + timeOfDay;
    const at = wallToInstant(offsetAt, wall, table.days[j] * MS_PER_DAY + h.open - table.starts[j]);
    return Math.min(Math.max(at, table.starts[j]), table.ends[j]);
  }

  function closedDays(year: number): ClosedWorkday[] {
    checkYear(year);
    const result: ClosedWorkday[] = [];
    for (const [day, name] of yearTable(year).closures) {
      const weekday = isoWeekday(day);
      if (hours.on(day)) result.push({ date: formatDay(day), name: { ...name }, weekday });
    }
    return result;
  }

  function closedReason(date: LocalDate): Bilingual | null {
    const day = typeof date === 'string' ? parseDay(date) : null;
    if (day === null) throw new RangeError(`calendar: not a date 'YYYY-MM-DD': ${date}`);
    const name = yearTable(civilFromDays(day)[0]).closures.get(day);
    if (name) return { ...name };
    const weekday = isoWeekday(day);
    return hours.on(day) ? null : { ...WEEKDAY_NAMES[weekday - 1] };
  }

  function localDate(at: Instant): LocalDate {
    checkInstant(at, 'localDate');
    yearOf(at);
    return formatDay(Math.floor((at + offsetAt(at)) / MS_PER_DAY));
  }

  return {
    config,
    isOpen,
    nextOpening,
    addWorkingTime,
    workingTimeBetween,
    addWorkingDays,
    closedDays,
    closedReason,
    localDate,
  };
}
