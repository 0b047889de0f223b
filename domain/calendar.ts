// The desk's working-time calendar: opening hours, holidays and the SLA clock (SPEC §4).
//
// Pure and deterministic: no I/O, no clock, no host time zone. The zone always comes from the
// configuration; wall-clock times are turned into instants with Intl and an explicit `timeZone`.
// Imported by Temporal workflow code.
//
// Design: per calendar year (in the calendar's zone) the open intervals are built once, lazily, as
// sorted [start, end) instants with prefix sums of open time. Every question is then a binary
// search in one year plus a walk over whole years, so cost grows with the years spanned, not the
// minutes.

import { easterSunday } from './easter.js';
import type { Bilingual, Instant, LocalDate } from './types.js';

export type IsoWeekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';

/** Local wall-clock opening hours of a weekday, 'HH:MM' (close may be '24:00'); open is [open, close). */
export interface OpeningHours {
  open: string;
  close: string;
}

/** A public holiday: a fixed 'MM-DD' date or a day relative to Easter Sunday, optionally limited to years (inclusive). */
export interface HolidayRule {
  name: Bilingual;
  date?: string;
  easterOffset?: number;
  fromYear?: number;
  untilYear?: number;
}

/** A one-off closed day from configuration. */
export interface ClosedDay {
  date: LocalDate;
  name: string | Bilingual;
}

export interface CalendarConfig {
  timeZone: string;
  /** ISO weekday (1 = Monday) → opening hours, or null when closed all day. */
  openingHours: Record<IsoWeekday, OpeningHours | null>;
  holidays: HolidayRule[];
  extraClosedDays: ClosedDay[];
}

/** A day that has opening hours by its weekday but is closed by a holiday or an extra closed day. */
export interface ClosedWorkday {
  date: LocalDate;
  name: Bilingual;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

export interface Calendar {
  readonly config: CalendarConfig;
  /** Whether the desk is open at `at`; an open interval is [open, close). */
  isOpen(at: Instant): boolean;
  /** `at` itself when open, else the start of the next open interval. */
  nextOpening(at: Instant): Instant;
  /** Earliest instant by which `minutes` (>= 0, fractional allowed) of open time have elapsed since `from`; 0 → `from`. */
  addWorkingTime(from: Instant, minutes: number): Instant;
  /** Open minutes in [a, b) (fractional); 0 when b <= a. */
  workingTimeBetween(a: Instant, b: Instant): number;
  /** The `days`-th following working day at the same local time of day, clamped into its hours; starts from nextOpening(from). */
  addWorkingDays(from: Instant, days: number): Instant;
  /** Days of `year` with opening hours by weekday but closed by a holiday or extra closed day, sorted. */
  closedDays(year: number): ClosedWorkday[];
  /** Why the desk is closed on `date` (holiday, extra closed day or weekday without hours), null on a working day. */
  closedReason(date: LocalDate): Bilingual | null;
  /** The calendar date of `at` in the calendar's zone. */
  localDate(at: Instant): LocalDate;
}

/** Calendar years the calendar answers for. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const MS_PER_SECOND = 1_000;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

const WEEKDAY_NAMES: readonly Bilingual[] = [
  { da: 'Mandag', en: 'Monday' },
  { da: 'Tirsdag', en: 'Tuesday' },
  { da: 'Onsdag', en: 'Wednesday' },
  { da: 'Torsdag', en: 'Thursday' },
  { da: 'Fredag', en: 'Friday' },
  { da: 'Lørdag', en: 'Saturday' },
  { da: 'Søndag', en: 'Sunday' },
];

// ---------------------------------------------------------------------------------------------
// Civil dates as day numbers (days since 1970-01-01, proleptic Gregorian)

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** ISO weekday of a day number, 1 = Monday (1970-01-01 was a Thursday). */
function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day number of a valid y-m-d, or null when the date does not exist. */
function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = daysFromCivil(year, month, day);
  const [, m, d] = civilFromDays(days);
  return m === month && d === day ? days : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatDay(days: number): LocalDate {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function parseDay(date: LocalDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// ---------------------------------------------------------------------------------------------
// Zone offsets, from Intl with an explicit zone (never the host's)

/** Offset of local wall time from UTC at an instant, in ms (local = at + offset). */
type OffsetAt = (at: Instant) => number;

const offsetFunctions = new Map<string, OffsetAt>();
const WALL_CLOCK = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/;

function offsetFunction(timeZone: string): OffsetAt {
  const known = offsetFunctions.get(timeZone);
  if (known) return known;
  // Throws RangeError for an unknown zone.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt: OffsetAt = (at) => {
    const whole = Math.floor(at / MS_PER_SECOND) * MS_PER_SECOND;
    const p = WALL_CLOCK.exec(format.format(whole));
    if (!p) throw new RangeError(`cannot read wall-clock time in ${timeZone}`);
    const wall =
      daysFromCivil(Number(p[3]), Number(p[1]), Number(p[2])) * MS_PER_DAY + ((Number(p[4]) * 60 + Number(p[5])) * 60 + Number(p[6])) * MS_PER_SECOND;
    return wall - whole;
  };
  offsetFunctions.set(timeZone, offsetAt);
  return offsetAt;
}

/**
 * The instant of a local wall-clock time (ms since 1970-01-01T00:00 local), given a guess of the
 * offset. A wall time inside a DST gap is moved forward by the gap; in an overlap the occurrence
 * nearest the guess wins.
 */
function wallToInstant(offsetAt: OffsetAt, wall: number, guess: number): Instant {
  const first = wall - guess;
  const o1 = offsetAt(first);
  if (o1 === guess) return first;
  const second = wall - o1;
  const o2 = offsetAt(second);
  if (o2 === o1) return second;
  return wall - Math.min(o1, o2);
}

// ---------------------------------------------------------------------------------------------
// Strict ISO-8601 instants

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Parses an ISO-8601 instant with an explicit offset or Z, e.g. 2024-03-28T14:00:00+01:00,
 * 2024-03-28T13:00Z, 2024-03-28T13:00:00.250Z, 2024-03-28T14:00+0100. Fractions beyond
 * milliseconds are truncated. A date-time without offset (2024-03-28T14:00) is ISO 8601 local time:
 * read as wall-clock time in `localZone` when one is given (a time skipped by a DST change moves
 * forward by the gap, a repeated one means its first occurrence), otherwise refused.
 * Null when the text is not such an instant (including an impossible date).
 */
export function parseInstant(iso: string, localZone?: string): Instant | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_INSTANT.exec(iso);
  if (!m) return null;
  const days = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  if (days === null || hour > 23 || minute > 59 || second > 59) return null;
  const wall = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * MS_PER_SECOND + millis;
  if (m[8] === undefined && m[9] === undefined) {
    if (localZone === undefined) return null;
    const offsetAt = offsetFunction(localZone);
    return wallToInstant(offsetAt, wall, Math.max(offsetAt(wall - 14 * MS_PER_HOUR), offsetAt(wall + 14 * MS_PER_HOUR)));
  }
  let offset = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  }
  return wall - offset;
}

/**
 * ISO 8601 in the given zone with its offset, e.g. 2024-03-25T15:00:00+01:00. Seconds always,
 * milliseconds only when non-zero; the instant is rounded to the millisecond.
 */
export function formatInstant(at: Instant, timeZone: string): string {
  if (!Number.isFinite(at)) throw new RangeError(`formatInstant: not an instant: ${at}`);
  const instant = Math.round(at);
  const offsetMinutes = Math.round(offsetFunction(timeZone)(instant) / MS_PER_MINUTE);
  const wall = instant + offsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(wall / MS_PER_DAY);
  const [year] = civilFromDays(days);
  if (year < 0 || year > 9999) throw new RangeError(`formatInstant: year ${year} out of range`);
  const msOfDay = wall - days * MS_PER_DAY;
  const hh = Math.floor(msOfDay / MS_PER_HOUR);
  const mm = Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const ss = Math.floor((msOfDay % MS_PER_MINUTE) / MS_PER_SECOND);
  const ms = msOfDay % MS_PER_SECOND;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatDay(days)}T${pad(hh)}:${pad(mm)}:${pad(ss)}${ms ? `.${pad(ms, 3)}` : ''}` + `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// The calendar

/** Opening hours of a weekday as ms after local midnight. */
interface DayHours {
  open: number;
  close: number;
}

/** One calendar year: its open intervals (one per working day) and prefix sums of open time. */
interface YearTable {
  /** Interval i is [starts[i], ends[i]) on local day days[i]. */
  starts: Float64Array;
  ends: Float64Array;
  days: Int32Array;
  /** openBefore[i] = open ms in the year before interval i; openBefore[length] = the year's total. */
  openBefore: Float64Array;
  count: number;
  total: number;
  /** Day number → holiday / extra closed day name (joined when several). */
  closures: Map<number, Bilingual>;
}

const CACHED_YEARS = 32;

function parseClock(text: string, what: string, allowMidnight: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m ? Number(m[2]) : NaN;
  const ok = minutes <= 59 && (hours <= 23 || (allowMidnight && hours === 24 && minutes === 0));
  if (!ok) throw new RangeError(`calendar: ${what} must be 'HH:MM', got '${text}'`);
  return (hours * 60 + minutes) * MS_PER_MINUTE;
}

function parseHours(config: CalendarConfig): (DayHours | null)[] {
  const byWeekday: (DayHours | null)[] = [null];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const hours = config.openingHours[String(weekday) as IsoWeekday];
    if (hours === undefined) throw new RangeError(`calendar: opening hours for weekday ${weekday} missing`);
    if (hours === null) {
      byWeekday.push(null);
      continue;
    }
    const open = parseClock(hours.open, `weekday ${weekday} open`, false);
    const close = parseClock(hours.close, `weekday ${weekday} close`, true);
    if (open >= close) throw new RangeError(`calendar: weekday ${weekday} opens at or after it closes`);
    byWeekday.push({ open, close });
  }
  if (byWeekday.every((h) => h === null)) throw new RangeError('calendar: no weekday has opening hours');
  return byWeekday;
}

function checkHolidays(rules: HolidayRule[]): void {
  for (const rule of rules) {
    const label = rule.name?.da ?? '?';
    const fixed = rule.date !== undefined;
    const easter = rule.easterOffset !== undefined;
    if (fixed === easter) throw new RangeError(`calendar: holiday ${label} needs exactly one of date, easterOffset`);
    if (fixed && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(rule.date!)) throw new RangeError(`calendar: holiday ${label} date must be 'MM-DD'`);
    if (easter && !Number.isInteger(rule.easterOffset)) throw new RangeError(`calendar: holiday ${label} easterOffset must be an integer`);
  }
}

function asBilingual(name: string | Bilingual): Bilingual {
  return typeof name === 'string' ? { da: name, en: name } : { da: name.da, en: name.en };
}

function joinNames(names: Bilingual[]): Bilingual {
  const unique = (texts: string[]) => [...new Set(texts)].join(' / ');
  return { da: unique(names.map((n) => n.da)), en: unique(names.map((n) => n.en)) };
}

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
  const hours = parseHours(config);
  checkHolidays(config.holidays);

  const extraByYear = new Map<number, [day: number, name: Bilingual][]>();
  for (const closed of config.extraClosedDays) {
    const day = parseDay(closed.date);
    if (day === null) throw new RangeError(`calendar: extra closed day '${closed.date}' is not a date`);
    const year = civilFromDays(day)[0];
    const list = extraByYear.get(year) ?? [];
    list.push([day, asBilingual(closed.name)]);
    extraByYear.set(year, list);
  }

  /** Upper bound of open time in any year, to refuse absurd spans without walking to year 9999. */
  const maxOpenPerYear = hours.reduce((sum, h) => sum + (h ? 53 * (h.close - h.open + MS_PER_HOUR) : 0), 0);

  function closuresOf(year: number): Map<number, Bilingual> {
    const names = new Map<number, Bilingual[]>();
    const add = (day: number, name: Bilingual) => {
      const list = names.get(day);
      if (list) list.push(name);
      else names.set(day, [name]);
    };
    const applies = (rule: HolidayRule, y: number) =>
      (rule.fromYear === undefined || y >= rule.fromYear) && (rule.untilYear === undefined || y <= rule.untilYear);
    for (const rule of config.holidays) {
      if (rule.date !== undefined) {
        if (!applies(rule, year)) continue;
        const day = validDay(year, Number(rule.date.slice(0, 2)), Number(rule.date.slice(3, 5)));
        if (day !== null) add(day, rule.name);
      } else {
        // An Easter-relative rule belongs to its Easter's year but may land in a neighbouring one.
        for (const easterYear of [year - 1, year, year + 1]) {
          if (!applies(rule, easterYear)) continue;
          const easter = easterSunday(easterYear);
          const day = daysFromCivil(easterYear, easter.month, easter.day) + rule.easterOffset!;
          if (civilFromDays(day)[0] === year) add(day, rule.name);
        }
      }
    }
    for (const [day, name] of extraByYear.get(year) ?? []) add(day, name);
    const joined = new Map<number, Bilingual>();
    for (const day of [...names.keys()].sort((a, b) => a - b)) joined.set(day, joinNames(names.get(day)!));
    return joined;
  }

  function buildYear(year: number): YearTable {
    const closures = closuresOf(year);
    const first = daysFromCivil(year, 1, 1);
    const last = daysFromCivil(year + 1, 1, 1);
    const starts = new Float64Array(last - first);
    const ends = new Float64Array(last - first);
    const days = new Int32Array(last - first);
    const openBefore = new Float64Array(last - first + 1);
    let guess = offsetAt(first * MS_PER_DAY);
    let count = 0;
    let total = 0;
    for (let day = first; day < last; day++) {
      const h = hours[isoWeekday(day)];
      if (!h || closures.has(day)) continue;
      const openWall = day * MS_PER_DAY + h.open;
      const start = wallToInstant(offsetAt, openWall, guess);
      guess = openWall - start;
      const closeWall = day * MS_PER_DAY + h.close;
      const end = wallToInstant(offsetAt, closeWall, guess);
      guess = closeWall - end;
      if (end <= start) continue;
      starts[count] = start;
      ends[count] = end;
      days[count] = day;
      openBefore[count] = total;
      total += end - start;
      count++;
    }
    openBefore[count] = total;
    return { starts, ends, days, openBefore, count, total, closures };
  }

  const tables = new Map<number, YearTable>();
  function yearTable(year: number): YearTable {
    let table = tables.get(year);
    if (!table) {
      checkYear(year);
      table = buildYear(year);
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

  /** Index of the first interval that ends after `at` (count when none). */
  function firstEndingAfter(table: YearTable, at: Instant): number {
    let lo = 0;
    let hi = table.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (table.ends[mid] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Open ms in the table's year before `at`. */
  function openUntil(table: YearTable, at: Instant): number {
    const i = firstEndingAfter(table, at);
    if (i === table.count) return table.total;
    return table.openBefore[i] + Math.max(0, at - table.starts[i]);
  }

  /** The instant at which `target` ms of the year's open time (counted from interval `from`) have elapsed; target <= total. */
  function instantAtOpenTime(table: YearTable, target: number, from: number): Instant {
    let lo = from;
    let hi = table.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (table.openBefore[mid + 1] >= target) hi = mid;
      else lo = mid + 1;
    }
    return table.starts[lo] + (target - table.openBefore[lo]);
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
    const h = hours[isoWeekday(table.days[j])]!;
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
      if (hours[weekday]) result.push({ date: formatDay(day), name: { ...name }, weekday });
    }
    return result;
  }

  function closedReason(date: LocalDate): Bilingual | null {
    const day = typeof date === 'string' ? parseDay(date) : null;
    if (day === null) throw new RangeError(`calendar: not a date 'YYYY-MM-DD': ${date}`);
    const name = yearTable(civilFromDays(day)[0]).closures.get(day);
    if (name) return { ...name };
    const weekday = isoWeekday(day);
    return hours[weekday] ? null : { ...WEEKDAY_NAMES[weekday - 1] };
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
