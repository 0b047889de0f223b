// The desk's calendar through the JSON API: its closed days, and a desk manager adding or removing
// one (running cases follow within seconds: services/calendar/admin.ts).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { addClosedDay, removeClosedDay } from '../../services/calendar/admin.js';
import { deskCalendarChanges } from '../../services/calendar/desk-calendar.js';
import { bodyObject, requireJsonBody } from './input.js';

export function calendarRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.get('/calendar/closed-days', bearer, async (_req, res) => {
    const { closedDays } = await deskCalendarChanges(s);
    res.json({ items: closedDays });
  });

  r.post('/calendar/closed-days', bearer, requireJsonBody, async (req, res) => {
    const body = bodyObject(req);
    await addClosedDay(s, req.person!, body);
    const { closedDays } = await deskCalendarChanges(s);
    const added = closedDays.find((d) => d.date === body.date)!;
    res.status(201).location(`${req.baseUrl}/calendar/closed-days/${added.date}`).json(added);
  });

  r.delete('/calendar/closed-days/:date', bearer, async (req, res) => {
    await removeClosedDay(s, req.person!, String(req.params.date));
    res.status(204).end();
  });

  return r;
}
