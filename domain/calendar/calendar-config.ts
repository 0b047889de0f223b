// The words of the desk calendar: its configuration (zone, opening hours, holidays, extra closed
// days) and the questions a calendar answers (SPEC §4). Declarations only.
import type { Bilingual, Instant, LocalDate } from '../types.js';

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
  /** Opening hours that apply from a date on (until a later change), instead of `openingHours`. */
  hoursChanges?: HoursChange[];
}

/** New weekly opening hours from a date (inclusive) on. */
export interface HoursChange {
  from: LocalDate;
  openingHours: Record<IsoWeekday, OpeningHours | null>;
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
