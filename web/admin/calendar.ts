// The desk calendar page: the days the desk is closed (holidays, weekends by rule, and the extra closed
// days a desk manager adds or removes here) and the opening hours, with new hours from a date.
// Running cases follow every change (services/calendar/admin.ts).
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { addClosedDay, changeOpeningHours, removeClosedDay } from '../../services/calendar/admin.js';
import { deskCalendarChanges, loadDeskCalendar } from '../../services/calendar/desk-calendar.js';
import { Refusal } from '../../services/errors.js';
import { redirectWithFlash } from '../desk/flash.js';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

interface FormState {
  form: 'closed' | 'hours';
  values: Record<string, string>;
  errors: Record<string, string>;
}

async function render(s: Services, req: Request, res: Response, state: FormState | null = null, status = 200): Promise<void> {
  const config = await loadDeskCalendar(s);
  const { closedDays } = await deskCalendarChanges(s);
  const today = s.calendar.localDate(s.now());
  const year = Number(today.slice(0, 4));
  const own = new Set(closedDays.map((d) => d.date));
  const upcoming = [...s.calendar.closedDays(year), ...s.calendar.closedDays(year + 1)]
    .filter((d) => d.date >= today)
    .map((d) => ({ ...d, own: own.has(d.date) }));
  const formOf = (form: FormState['form']) => (state?.form === form ? state : { values: {}, errors: {} });
  res.status(status).render('admin/calendar', {
    title: res.locals.t('admin:calendar.title'),
    upcoming,
    weekdays: WEEKDAYS,
    openingHours: config.openingHours,
    hoursChanges: (config.hoursChanges ?? []).filter((c) => c.from > today),
    closedForm: formOf('closed'),
    hoursForm: formOf('hours'),
    today,
  });
}

/** The posted week form as the service's opening hours (a ticked "closed" box, or blank times, mean closed). */
function postedHours(body: Record<string, unknown>) {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
  const openingHours: Record<string, { open: string; close: string } | null> = {};
  for (const d of WEEKDAYS)
    openingHours[d] = body[`closed${d}`] || (!text(`open${d}`) && !text(`close${d}`)) ? null : { open: text(`open${d}`), close: text(`close${d}`) };
  return { from: text('from'), openingHours };
}

function fieldsOf(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^openingHours\.(\d)\.(open|close)$/.exec(key);
    out[m ? `${m[2]}${m[1]}` : key.split('.')[0]!] ??= message;
  }
  return out;
}

export function calendarRoutes(s: Services): Router {
  const r = Router();
  r.get('/calendar', (req, res) => render(s, req, res));

  r.post('/calendar/closed-days', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string>;
    try {
      await addClosedDay(s, req.person!, { date: body.date ?? '', name: body.name ?? '' });
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return render(s, req, res, { form: 'closed', values: body, errors: err.fieldErrors }, 422);
      throw err;
    }
    await redirectWithFlash(
      req,
      res,
      { kind: 'ok', text: res.locals.t('admin:calendar.added', { date: res.locals.fmt.date(`${body.date}T12:00:00Z`) }) },
      '/admin/calendar',
    );
  });

  r.post('/calendar/closed-days/:date/delete', async (req, res) => {
    const date = String(req.params.date);
    try {
      await removeClosedDay(s, req.person!, date);
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'conflict')
        return redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, '/admin/calendar');
      throw err;
    }
    await redirectWithFlash(
      req,
      res,
      { kind: 'ok', text: res.locals.t('admin:calendar.removed', { date: res.locals.fmt.date(`${date}T12:00:00Z`) }) },
      '/admin/calendar',
    );
  });

  r.post('/calendar/hours', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, string>;
    try {
      await changeOpeningHours(s, req.person!, postedHours(body));
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return render(s, req, res, { form: 'hours', values: body, errors: fieldsOf(err.fieldErrors) }, 422);
      throw err;
    }
    await redirectWithFlash(
      req,
      res,
      { kind: 'ok', text: res.locals.t('admin:calendar.hoursChanged', { date: res.locals.fmt.date(`${body.from}T12:00:00Z`) }) },
      '/admin/calendar',
    );
  });
  return r;
}
