// GET /admin/sla: the SLA overview, with its charts (first-response SLA % and breaches per week, open
// cases by state and age) drawn as inline SVG (web/admin/dashboards.ts).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { LIST_LIMIT, slaOverview } from '../../services/insight/sla-overview.js';
import { monthName, urgency } from './present.js';
import { dashboardLocals } from './dashboards.js';

export function slaRoutes(s: Services): Router {
  const r = Router();
  r.get('/sla', async (req, res) => {
    const [overview, dashboard] = await Promise.all([slaOverview(s), dashboardLocals(s, req, res, 'sla')]);
    const window = s.terms().timers.firstResponseMinutes;
    res.status(dashboard.filter.error ? 422 : 200).render('admin/sla', {
      ...dashboard,
      title: res.locals.t('admin:sla.title'),
      overview,
      listLimit: LIST_LIMIT,
      monthLabel: monthName(overview.month, res.locals.locale),
      urgencyOf: (minutes: number | null) => urgency(minutes, window),
    });
  });
  return r;
}
