// The desk manager's pages (SPEC §1, §2, §7): SLA overview, billing export, and the
// administration of companies, agreements, the people of each company and desk staff, and the
// audit log of those changes. Managers only.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { requireRole } from '../middleware/auth.js';
import { slaRoutes } from './sla.js';
import { billingRoutes } from './billing.js';
import { invoiceRoutes } from './invoices.js';
import { companyRoutes } from './companies.js';
import { peopleRoutes } from './people.js';
import { privacyPageRoutes } from './privacy.js';
import { calendarRoutes } from './calendar.js';
import { dashboardRoutes } from './dashboards.js';
import { staffRoutes } from './staff.js';
import { auditRoutes } from './audit.js';
import { personSecurityRoutes } from './person-security.js';
import { companySsoRoutes } from './company-sso.js';
import { percentText } from './present.js';
import { hasText } from '../../i18n/index.js';

/**
 * Validation messages on these pages come from the common `validation.*` texts, or from
 * `admin:validation.*` for the keys only these forms give (the shared field partial calls
 * t('validation.' + key)), so `t` looks in both.
 */
function adminLocals(_req: Request, res: Response, next: NextFunction): void {
  const base = res.locals.t;
  const locale = res.locals.locale;
  // A key may carry its detail (`validation.email_taken?by=…`): the text is looked up by its code.
  res.locals.t = (key: string | string[], opts?: unknown) =>
    typeof key === 'string' && key.startsWith('validation.') && !hasText(locale, key.split('?')[0]!) ? base(`admin:${key}`, opts) : base(key, opts);
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
  r.use(invoiceRoutes(s));
  r.use('/companies', companyRoutes(s));
  r.use('/companies', peopleRoutes(s));
  r.use('/companies', privacyPageRoutes(s));
  r.use(calendarRoutes(s));
  r.use(dashboardRoutes(s));
  r.use(staffRoutes(s));
  r.use(auditRoutes(s));
  r.use(personSecurityRoutes(s));
  r.use(companySsoRoutes(s));
  return r;
}
