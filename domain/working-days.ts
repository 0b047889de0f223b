// Ages in working days: how many of the desk's working days lie after a day, up to and including
// today — for many days at once, by walking the calendar once from the earliest of them.
import type { Calendar } from './calendar/index.js';
import { formatDay, parseDay } from './calendar/civil-date.js';
import type { LocalDate } from './types.js';

/** For each day in `days`: the working days d with day < d <= today (0 for today or later). */
export function workingDaysSince(calendar: Calendar, days: readonly LocalDate[], today: LocalDate): number[] {
  const end = parseDay(today)!;
  const starts = days.map((d) => Math.min(parseDay(d)!, end));
  if (starts.length === 0) return [];
  const first = Math.min(...starts);
  // worked[k]: working days among (first, first + k]
  const worked: number[] = [0];
  for (let day = first + 1; day <= end; day++) worked.push(worked[worked.length - 1] + (calendar.closedReason(formatDay(day)) === null ? 1 : 0));
  return starts.map((start) => worked[end - first] - worked[start - first]);
}
