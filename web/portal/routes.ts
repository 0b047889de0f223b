// The customer portal (ekstranet): support contacts file and follow their company's requests;
// price approvers answer quotes and training offers (SPEC §1, §6).
import { Router } from 'express';
import type { Services } from '../../services/context.js';
import { requireRole } from '../middleware/auth.js';
import { listRoutes } from './lists.js';
import { requestRoutes } from './requests.js';
import { casePageRoutes } from './case-page.js';
import { noticeRoutes } from './notices.js';
import { searchRoutes } from './search.js';
import { invoiceRoutes } from './invoices.js';
import { hoursText } from '../format.js';
import { helpRoutes } from './help/routes.js';
import { announcementNotices, announcementRoutes } from './help/announcements.js';

export function portalRoutes(s: Services): Router {
  const r = Router();
  r.use(requireRole('contact', 'approver'));
  r.use((_req, res, next) => {
    res.locals.hours = (h: number) => hoursText(h, res.locals.t, res.locals.locale);
    next();
  });
  r.use(noticeRoutes(s));
  r.use(announcementNotices(s));
  r.use('/announcements', announcementRoutes(s));
  r.use('/help', requireRole('contact'), helpRoutes(s));
  r.use(listRoutes(s));
  r.use('/search', requireRole('contact'), searchRoutes(s));
  r.use('/new', requireRole('contact'), requestRoutes(s));
  r.use('/cases', casePageRoutes(s));
  r.use('/invoices', invoiceRoutes(s));
  return r;
}
