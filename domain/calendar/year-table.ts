// One calendar year of open time: its open intervals (one per working day) as sorted [start, end)
// instants with prefix sums of open time, and the binary searches every calendar question uses.
import type { Instant } from '../types.js';
import { daysFromCivil, MS_PER_DAY } from './civil-date.js';
import type { Closures } from './closures.js';
import type { HoursSchedule } from './opening-hours.js';
import { wallToInstant, type OffsetAt } from './time-zone.js';

export interface YearTable {
  /** Interval i is [starts[i], ends[i]) on local day days[i]. */
  starts: Float64Array;
  ends: Float64Array;
  days: Int32Array;
  /** openBefore[i] = open ms in the year before interval i; openBefore[length] = the year's total. */
  openBefore: Float64Array;
  count: number;
  total: number;
  /** Day number → holiday / extra closed day name (joined when several). */
  closures: Closures;
}

export function buildYearTable(year: number, hours: HoursSchedule, closures: Closures, offsetAt: OffsetAt): YearTable {
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
    const h = hours.on(day);
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

/** Index of the first interval that ends after `at` (count when none). */
export function firstEndingAfter(table: YearTable, at: Instant): number {
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
export function openUntil(table: YearTable, at: Instant): number {
  const i = firstEndingAfter(table, at);
  if (i === table.count) return table.total;
  return table.openBefore[i] + Math.max(0, at - table.starts[i]);
}

/** The instant at which `target` ms of the year's open time (counted from interval `from`) have elapsed; target <= total. */
export function instantAtOpenTime(table: YearTable, target: number, from: number): Instant {
  let lo = from;
  let hi = table.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.openBefore[mid + 1] >= target) hi = mid;
    else lo = mid + 1;
  }
  return table.starts[lo] + (target - table.openBefore[lo]);
}
