// The desk manager's pages (SPEC §1, §2, §7): SLA overview, billing export, and the
// administration of companies, agreements, the people of each company and desk staff, and the
// audit log of those changes. Managers only.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { requireRole } from '../middleware/auth.js';
import { slaRoutes } from './sla.js';
import { billingRoutes } from './billing.js';
import { companyRoutes } from './companies.js';
import { peopleRoutes } from './people.js';
import { privacyPageRoutes } from './privacy.js';
import { calendarRoutes } from './calendar.js';
import { dashboardRoutes } from './dashboards.js';
import { staffRoutes } from './staff.js';
import { auditRoutes } from './audit.js';
import { percentText } from './present.js';

/**
 * Validation messages on these pages come from the common `validation.*` texts, or from
 * `admin:validation.*` for the keys only these forms give (the shared field partial calls
 * t('validation.' + key)), so `t` looks in both.
 */
function adminLocals(_req: Request, res: Response, next: NextFunction): void {
  const base = res.locals.t;
  res.locals.t = (key: string | string[], opts?: unknown) =>
    typeof key === 'string' && key.startsWith('validation.') ? base([key, `admin:${key}`], opts) : base(key, opts);
  res.locals.percent = (share: number | null) => percentText(share, res.locals.locale);
  next();
}

export function adminRoutes(s: Services): Router {
  const r = Router();
  r.use(requireRole('manager'));
  r.use(adminLocals);
  r.get('/', (_req, res) => res.redirect('/admin/sla'));
  r.use(slaRoutes(s));
  r.use(billingRoutes(s));
  r.use('/companies', companyRoutes(s));
  r.use('/companies', peopleRoutes(s));
  r.use('/companies', privacyPageRoutes(s));
  r.use(calendarRoutes(s));
  r.use(dashboardRoutes(s));
  r.use(staffRoutes(s));
  r.use(auditRoutes(s));
  return r;
}
