// The desk's calendar in force: the configuration file's opening hours and holidays plus the changes
// desk managers made in the product (extra closed days, new opening hours from a date). Every process
// reads the changes from PostgreSQL and keeps them at most `maxAgeMs` old.
import { QueryTypes } from 'sequelize';
import type { CalendarConfig, HoursChange } from '../../domain/calendar/index.js';
import type { Services } from '../context.js';

export interface DeskClosedDay {
  date: string;
  name: string;
}

export interface DeskCalendarChanges {
  closedDays: DeskClosedDay[];
  hoursChanges: HoursChange[];
}

/** The desk's own closed days and opening-hours changes, by date (one statement). */
export async function deskCalendarChanges(s: Services): Promise<DeskCalendarChanges> {
  const [row] = await s.db.sequelize.query<{ closed: DeskClosedDay[] | null; hours: HoursChange[] | null }>(
    `SELECT (SELECT json_agg(json_build_object('date', to_char(date, 'YYYY-MM-DD'), 'name', name) ORDER BY date) FROM calendar_closed_days) AS closed,
            (SELECT json_agg(json_build_object('from', to_char(from_date, 'YYYY-MM-DD'), 'openingHours', opening_hours) ORDER BY from_date)
               FROM calendar_hours_changes) AS hours`,
    { type: QueryTypes.SELECT },
  );
  return { closedDays: row?.closed ?? [], hoursChanges: row?.hours ?? [] };
}

/** Reads the desk's changes and puts the resulting calendar in force in this process; returns it. */
export async function loadDeskCalendar(s: Services): Promise<CalendarConfig> {
  const at = Date.now();
  const changes = await deskCalendarChanges(s);
  const base = s.baseCalendarConfig();
  const config: CalendarConfig = {
    ...base,
    extraClosedDays: [...base.extraClosedDays, ...changes.closedDays],
    hoursChanges: [...(base.hoursChanges ?? []), ...changes.hoursChanges],
  };
  s.useCalendarConfig(config, at);
  return config;
}

/** The calendar in force, read again when this process's copy is older than `maxAgeMs`. */
export async function currentCalendar(s: Services, maxAgeMs = 15_000): Promise<CalendarConfig> {
  if (Date.now() - s.calendarLoadedAt() < maxAgeMs) return s.calendarConfig();
  return loadDeskCalendar(s);
}
