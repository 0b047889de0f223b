// GET /admin/billing and /admin/billing.csv: the billing export of a month, per company; POST
// /admin/billing/lock exports the month and locks it (per company): a locked month is shown and
// downloaded as it was exported, and later changes appear as correction lines in the next open month.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { billingMonth, parseBillingQuery, type BillingQuery } from '../../services/billing/export.js';
import { billingCsv } from '../../services/billing/csv.js';
import { lockMonth, lockedMonthList } from '../../services/billing/locks.js';
import { Refusal } from '../../services/errors.js';
import { companyChoices } from '../../services/people/desk-directory.js';
import { monthName, shiftMonth } from './present.js';
import { redirectWithFlash } from '../desk/flash.js';
import { invoicePanel } from './invoices.js';
import { daysLeftInMonth, monthDays } from '../../domain/billing-months.js';
import { agreementsInForce } from '../../services/companies/agreements-in-force.js';
import { todayOf } from '../../services/companies/companies.js';

async function readQuery(s: Services, req: Request, res: Response, raw: Record<string, unknown>): Promise<BillingQuery | null> {
  try {
    return await parseBillingQuery(s, raw);
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    const companies = await companyChoices(s, req.person!);
    res.status(422).render('admin/billing', {
      title: res.locals.t('admin:billing.title'),
      report: null,
      companies,
      values: { month: String(raw.month ?? ''), company: String(raw.company ?? '') },
      errors: err.fieldErrors,
      lockedList: [],
      invoicing: null,
    });
    return null;
  }
}

const csvQuery = (q: BillingQuery) => `month=${q.month}${q.companyId ? `&company=${encodeURIComponent(q.companyId)}` : ''}`;

export function billingRoutes(s: Services): Router {
  const r = Router();

  r.get('/billing', async (req, res) => {
    const query = await readQuery(s, req, res, req.query as Record<string, unknown>);
    if (!query) return;
    // The agreement each company had on the month's last day (or today, in the month running now).
    const today = todayOf(s);
    const last = monthDays(query.month).last;
    const [report, companies, lockedList, invoicing, agreements] = await Promise.all([
      billingMonth(s, query, res.locals.locale),
      companyChoices(s, req.person!),
      lockedMonthList(s),
      invoicePanel(s, query.month, res.locals.locale, res.locals.fmt.money),
      agreementsInForce(s, last < today ? last : today),
    ]);
    const link = (month: string) => `/admin/billing?month=${month}${query.companyId ? `&company=${encodeURIComponent(query.companyId)}` : ''}`;
    res.render('admin/billing', {
      title: res.locals.t('admin:billing.title'),
      report,
      companies,
      values: { month: query.month, company: query.companyId ?? '' },
      errors: {},
      monthLabel: monthName(query.month, res.locals.locale),
      monthName: (m: string) => monthName(m, res.locals.locale),
      previous: link(shiftMonth(query.month, -1)),
      next: link(shiftMonth(query.month, 1)),
      csvLink: `/admin/billing.csv?${csvQuery(query)}`,
      daysLeft: daysLeftInMonth(query.month, todayOf(s)),
      nextMonthLabel: monthName(shiftMonth(query.month, 1), res.locals.locale),
      prices: s.terms().prices,
      lockedList,
      invoicing,
      agreementOf: (companyId: string) => agreements.get(companyId) ?? 'none',
    });
  });

  r.get('/billing.csv', async (req, res) => {
    const query = await readQuery(s, req, res, req.query as Record<string, unknown>);
    if (!query) return;
    const report = await billingMonth(s, query, 'da');
    const name = `billing-${query.month}${query.companyId ? `-${query.companyId}` : ''}.csv`;
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.set('Cache-Control', 'no-store');
    res.send(billingCsv(report));
  });

  // Export: the month is locked for the companies in view, then shown as exported (and downloadable as such).
  r.post('/billing/lock', async (req, res) => {
    const query = await readQuery(s, req, res, (req.body ?? {}) as Record<string, unknown>);
    if (!query) return;
    const back = `/admin/billing?${csvQuery(query)}`;
    const { t } = res.locals;
    // A month that has not ended is locked only on an explicit yes that names it and the days left.
    const daysLeft = daysLeftInMonth(query.month, todayOf(s));
    if (daysLeft > 0 && (req.body as Record<string, unknown>)?.confirmUnfinished !== 'on') {
      const month = monthName(query.month, res.locals.locale);
      return redirectWithFlash(req, res, { kind: 'error', text: t('admin:billing.unfinishedNotConfirmed', { month, count: daysLeft }) }, back);
    }
    try {
      const count = await lockMonth(s, req.person!, query.month, query.companyId);
      redirectWithFlash(req, res, { kind: 'ok', text: t('admin:billing.lockedNow', { count, month: monthName(query.month, res.locals.locale) }) }, back);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'conflict') throw err;
      redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, back);
    }
  });

  return r;
}
