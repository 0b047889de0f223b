// The desk calendar's public face: its configuration and questions, the calendar itself, and strict
// ISO-8601 instants. Import from here; the other files in this folder are its parts.
export { MAX_YEAR, MIN_YEAR } from './calendar-config.js';
export type { Calendar, CalendarConfig, ClosedDay, ClosedWorkday, HolidayRule, HoursChange, IsoWeekday, OpeningHours } from './calendar-config.js';
export { createCalendar } from './desk-calendar.js';
export { formatInstant, parseInstant } from './iso.js';
export { easterSunday, type MonthDay } from './easter.js';
