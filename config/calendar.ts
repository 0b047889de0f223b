// Loads the working-time calendar (zone, opening hours, holidays, extra closed days) from
// config/calendar.json, or from the file named by the environment variable CALENDAR_FILE, and
// validates it. The only calendar module that does I/O; call it at start-up, never from workflow code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { createCalendar, type CalendarConfig } from '../domain/calendar/index.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected 'HH:MM'");
const closeClock = z.union([clock, z.literal('24:00')]);

const openingHoursSchema = z
  .strictObject({ open: clock, close: closeClock })
  .refine((h) => h.open < h.close, { message: 'open must be before close', path: ['close'] });

const bilingualSchema = z.strictObject({ da: z.string().min(1), en: z.string().min(1) });

const year = z.number().int().min(1000).max(9999);

const holidayRuleSchema = z
  .strictObject({
    name: bilingualSchema,
    date: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected 'MM-DD'")
      .optional(),
    easterOffset: z.number().int().min(-366).max(366).optional(),
    fromYear: year.optional(),
    untilYear: year.optional(),
  })
  .refine((r) => (r.date === undefined) !== (r.easterOffset === undefined), {
    message: 'a holiday needs exactly one of date, easterOffset',
  })
  .refine((r) => r.fromYear === undefined || r.untilYear === undefined || r.fromYear <= r.untilYear, {
    message: 'fromYear must not be after untilYear',
    path: ['untilYear'],
  });

const localDate = z.iso.date();

const closedDaySchema = z.strictObject({
  date: localDate,
  name: z.union([z.string().min(1), bilingualSchema]),
});

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'unknown IANA time zone' },
);

const hours = openingHoursSchema.nullable();

const weekHours = z
  .strictObject({ '1': hours, '2': hours, '3': hours, '4': hours, '5': hours, '6': hours, '7': hours })
  .refine((week) => Object.values(week).some((h) => h !== null), { message: 'no weekday has opening hours' });

export const calendarConfigSchema = z.strictObject({
  timeZone,
  openingHours: weekHours,
  holidays: z.array(holidayRuleSchema),
  extraClosedDays: z.array(closedDaySchema),
  hoursChanges: z.array(z.strictObject({ from: localDate, openingHours: weekHours })).optional(),
});

/** The default calendar file, next to this module. */
export const DEFAULT_CALENDAR_FILE = fileURLToPath(new URL('./calendar.json', import.meta.url));

/** CALENDAR_FILE (relative to the working directory) when set, else the default file. */
export function calendarFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CALENDAR_FILE?.trim();
  return fromEnv ? resolve(fromEnv) : DEFAULT_CALENDAR_FILE;
}

/** Validates an already-parsed calendar configuration; throws an Error naming every problem. */
export function parseCalendarConfig(data: unknown, source = 'calendar configuration'): CalendarConfig {
  const result = calendarConfigSchema.safeParse(data);
  if (!result.success) throw new Error(`invalid ${source}:\n${z.prettifyError(result.error)}`);
  const config = result.data as CalendarConfig;
  try {
    createCalendar(config); // the domain's own checks, so a bad file fails here and not in a workflow
  } catch (err) {
    throw new Error(`invalid ${source}: ${(err as Error).message}`, { cause: err });
  }
  return config;
}

/** Reads and validates the calendar file. */
export function loadCalendarConfig(file: string = calendarFilePath()): CalendarConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read calendar file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`calendar file ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseCalendarConfig(data, `calendar file ${file}`);
}
