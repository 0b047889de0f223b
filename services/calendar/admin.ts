// Desk managers change the desk's calendar (SPEC §4, §5): add or remove an extra closed day, or new
// opening hours from a date. Nothing in the past changes; running cases adopt the new calendar (a
// signal) and recount their deadlines, and their timelines say why.
import { z } from 'zod';
import { createCalendar, type CalendarConfig, type IsoWeekday } from '../../domain/calendar/index.js';
import { text } from '../../domain/text-input.js';
import { issuesToFieldErrors, withDetail } from '../../domain/validation.js';
import type { CalendarChange } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { deskCalendarChanges, loadDeskCalendar } from './desk-calendar.js';
import { tellRunningCases } from './broadcast.js';
import { recordAudit } from '../audit/record.js';
import type { Person } from '../people/people.js';

const isoDate = z.iso.date({ error: 'invalid_date' });
/** A closed day as a desk manager adds it (the API document shows this schema). */
export const closedDayInput = z.object({ date: isoDate, name: text(100, { multiline: false }) }).strict();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'invalid_time' });
const dayHours = z
  .object({ open: clock, close: clock })
  .strict()
  .refine((h) => h.open < h.close, { error: 'opens_after_closing', path: ['close'] })
  .nullable();
const week = z.object({ '1': dayHours, '2': dayHours, '3': dayHours, '4': dayHours, '5': dayHours, '6': dayHours, '7': dayHours }).strict();
const hoursInput = z.object({ from: isoDate, openingHours: week }).strict();

function managerOnly(person: Person): void {
  if (person.role !== 'manager') throw forbidden();
}

const parse = <T>(schema: z.ZodType<T>, raw: unknown): T => {
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error.issues));
  return parsed.data;
};

/** Today in the desk's zone. */
const today = (s: Services) => s.calendar.localDate(s.now());

/** Puts the changed calendar in force here and tells the running cases. */
async function apply(s: Services, change: CalendarChange): Promise<CalendarConfig> {
  const config = await loadDeskCalendar(s);
  tellRunningCases(s, config, change);
  return config;
}

export async function addClosedDay(s: Services, by: Person, raw: unknown): Promise<CalendarConfig> {
  managerOnly(by);
  const { date, name } = parse(closedDayInput, raw);
  if (date < today(s)) throw invalid({ date: 'in_the_past' });
  await loadDeskCalendar(s);
  const closed = s.calendar.closedReason(date);
  if (closed) {
    // Named: which day, and why the desk is closed then ("juleaftensdag").
    const day = new Intl.DateTimeFormat(by.locale === 'en' ? 'en-GB' : 'da-DK', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    throw invalid({ date: withDetail('already_closed', { date: day.format(new Date(`${date}T12:00:00Z`)), name: closed[by.locale === 'en' ? 'en' : 'da'] }) });
  }
  await s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query('INSERT INTO calendar_closed_days (date, name, created_by_id) VALUES ($1, $2, $3) ON CONFLICT (date) DO NOTHING', {
      bind: [date, name, by.id],
      transaction,
    });
    await recordAudit(s, { actor: by, entity: 'calendar', entityId: date, action: 'closed_day_added', before: null, after: { date, name } }, transaction);
  });
  return apply(s, { kind: 'closed_day_added', date, name });
}

export async function removeClosedDay(s: Services, by: Person, date: string): Promise<CalendarConfig> {
  managerOnly(by);
  if (!isoDate.safeParse(date).success) throw notFound();
  const { closedDays } = await deskCalendarChanges(s);
  const day = closedDays.find((d) => d.date === date);
  if (!day) throw notFound();
  if (date < today(s)) throw conflict('rules:refusals.calendar_past');
  await s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query('DELETE FROM calendar_closed_days WHERE date = $1', { bind: [date], transaction });
    await recordAudit(s, { actor: by, entity: 'calendar', entityId: date, action: 'closed_day_removed', before: { ...day }, after: null }, transaction);
  });
  return apply(s, { kind: 'closed_day_removed', date, name: day.name });
}

export async function changeOpeningHours(s: Services, by: Person, raw: unknown): Promise<CalendarConfig> {
  managerOnly(by);
  const { from, openingHours } = parse(hoursInput, raw);
  if (from <= today(s)) throw invalid({ from: 'not_after_today' });
  const current = await loadDeskCalendar(s);
  try {
    createCalendar({
      ...current,
      hoursChanges: [...(current.hoursChanges ?? []), { from, openingHours: openingHours as Record<IsoWeekday, { open: string; close: string } | null> }],
    });
  } catch {
    throw invalid({ openingHours: 'invalid' });
  }
  const earlier = (current.hoursChanges ?? []).find((c) => c.from === from);
  const before = earlier ? { ...earlier } : null;
  await s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query(
      `INSERT INTO calendar_hours_changes (from_date, opening_hours, created_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (from_date) DO UPDATE SET opening_hours = EXCLUDED.opening_hours, created_by_id = EXCLUDED.created_by_id, created_at = now()`,
      { bind: [from, JSON.stringify(openingHours), by.id], transaction },
    );
    await recordAudit(s, { actor: by, entity: 'calendar', entityId: from, action: 'hours_changed', before, after: { from, openingHours } }, transaction);
  });
  return apply(s, { kind: 'hours_changed', date: from });
}
