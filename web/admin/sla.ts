// GET /admin/sla: the SLA overview.
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { LIST_LIMIT, slaOverview } from '../../services/sla-overview.js';
import { monthName, urgency } from './present.js';

export function slaRoutes(s: Services): Router {
  const r = Router();
  r.get('/sla', async (_req, res) => {
    const overview = await slaOverview(s);
    const window = s.terms().timers.firstResponseMinutes;
    res.render('admin/sla', {
      title: res.locals.t('admin:sla.title'),
      overview,
      listLimit: LIST_LIMIT,
      monthLabel: monthName(overview.month, res.locals.locale),
      urgencyOf: (minutes: number | null) => urgency(minutes, window),
    });
  });
  return r;
}
