// The weekly opening hours of a calendar configuration, checked and turned into ms after local
// midnight per ISO weekday.
import type { CalendarConfig, IsoWeekday, OpeningHours } from './calendar-config.js';
import { isoWeekday, MS_PER_HOUR, MS_PER_MINUTE, parseDay } from './civil-date.js';

/** Opening hours of a weekday as ms after local midnight. */
export interface DayHours {
  open: number;
  close: number;
}

function parseClock(text: string, what: string, allowMidnight: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m ? Number(m[2]) : NaN;
  const ok = minutes <= 59 && (hours <= 23 || (allowMidnight && hours === 24 && minutes === 0));
  if (!ok) throw new RangeError(`calendar: ${what} must be 'HH:MM', got '${text}'`);
  return (hours * 60 + minutes) * MS_PER_MINUTE;
}

/** Index = ISO weekday (index 0 unused): that day's hours, or null when closed all day. */
export function parseOpeningHours(openingHours: Record<IsoWeekday, OpeningHours | null>): (DayHours | null)[] {
  const byWeekday: (DayHours | null)[] = [null];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const hours = openingHours[String(weekday) as IsoWeekday];
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

/** Which hours apply on a day: the weekly hours, or those of the latest change from that day or before. */
export interface HoursSchedule {
  on(day: number): DayHours | null;
  /** Upper bound of open time in any year. */
  maxOpenPerYear: number;
}

export function hoursSchedule(config: CalendarConfig): HoursSchedule {
  const base = parseOpeningHours(config.openingHours);
  const changes = (config.hoursChanges ?? [])
    .map((c) => {
      const from = parseDay(c.from);
      if (from === null) throw new RangeError(`calendar: opening hours change 'from' must be 'YYYY-MM-DD', got '${c.from}'`);
      return { from, hours: parseOpeningHours(c.openingHours) };
    })
    .sort((a, b) => a.from - b.from);
  const weekly = [base, ...changes.map((c) => c.hours)];
  return {
    on(day) {
      let hours = base;
      for (const c of changes) if (c.from <= day) hours = c.hours;
      return hours[isoWeekday(day)] ?? null;
    },
    maxOpenPerYear: Math.max(...weekly.map((w) => w.reduce((sum, h) => sum + (h ? 53 * (h.close - h.open + MS_PER_HOUR) : 0), 0))),
  };
}
