// GET /admin/billing and /admin/billing.csv: the billing export of a month, per company.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { billingMonth, parseBillingQuery, type BillingQuery } from '../../services/billing-export.js';
import { billingCsv } from '../../services/billing-csv.js';
import { Refusal } from '../../services/errors.js';
import { companyChoices } from '../../services/desk-directory.js';
import { monthName, shiftMonth } from './present.js';

async function readQuery(s: Services, req: Request, res: Response): Promise<BillingQuery | null> {
  try {
    return await parseBillingQuery(s, req.query as Record<string, unknown>);
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    const companies = await companyChoices(s, req.person!);
    res.status(422).render('admin/billing', {
      title: res.locals.t('admin:billing.title'),
      report: null,
      companies,
      values: { month: String(req.query.month ?? ''), company: String(req.query.company ?? '') },
      errors: err.fieldErrors,
    });
    return null;
  }
}

const csvQuery = (q: BillingQuery) => `month=${q.month}${q.companyId ? `&company=${encodeURIComponent(q.companyId)}` : ''}`;

export function billingRoutes(s: Services): Router {
  const r = Router();

  r.get('/billing', async (req, res) => {
    const query = await readQuery(s, req, res);
    if (!query) return;
    const [report, companies] = await Promise.all([billingMonth(s, query, res.locals.locale), companyChoices(s, req.person!)]);
    const link = (month: string) => `/admin/billing?month=${month}${query.companyId ? `&company=${encodeURIComponent(query.companyId)}` : ''}`;
    res.render('admin/billing', {
      title: res.locals.t('admin:billing.title'),
      report,
      companies,
      values: { month: query.month, company: query.companyId ?? '' },
      errors: {},
      monthLabel: monthName(query.month, res.locals.locale),
      previous: link(shiftMonth(query.month, -1)),
      next: link(shiftMonth(query.month, 1)),
      csvLink: `/admin/billing.csv?${csvQuery(query)}`,
      prices: s.terms().prices,
    });
  });

  r.get('/billing.csv', async (req, res) => {
    const query = await readQuery(s, req, res);
    if (!query) return;
    const report = await billingMonth(s, query, 'da');
    const name = `billing-${query.month}${query.companyId ? `-${query.companyId}` : ''}.csv`;
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.set('Cache-Control', 'no-store');
    res.send(billingCsv(report));
  });

  return r;
}
