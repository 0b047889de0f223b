// The billing months through the JSON API (desk managers): a month per company as JSON or CSV, and
// locking it. The CSV is the export: fetching it locks the month (any month up to the current one), and
// fetching it again gives the identical file. The JSON shows the month as it stands, locked or not.
import { Router, type RequestHandler, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { billingMonth, parseBillingQuery, type BillingMonth } from '../../services/billing/export.js';
import { billingCsv } from '../../services/billing/csv.js';
import { lockMonth } from '../../services/billing/locks.js';
import { forbidden, invalid, notFound } from '../../services/errors.js';
import type { Person } from '../../services/people/people.js';
import { bodyObject } from './input.js';

export function billingDocument(report: BillingMonth) {
  return {
    month: report.month,
    locked: report.locked,
    companies: report.companies.map((c) => ({
      slug: c.companyId,
      name: c.companyName,
      locked: c.locked !== null,
      lockedAt: c.locked?.at ?? null,
      activeContacts: c.activeContacts,
      lines: c.lines.map((l) => ({
        case: l.caseNumber,
        kind: l.kind,
        minutes: l.minutes,
        amountOre: l.amountOre,
        text: l.text,
        billedOn: l.billedOn,
        corrects: l.corrects ? { month: l.corrects.month, case: l.corrects.caseNumber, kind: l.corrects.kind } : null,
      })),
    })),
  };
}

const managerOnly = (person: Person | undefined) => {
  if (person?.role !== 'manager') throw forbidden();
};

/** `YYYY-MM` or `YYYY-MM.csv` from the path; anything else is not a billing month (404). */
function monthParam(raw: unknown): { month: string; csv: boolean } {
  const m = typeof raw === 'string' ? /^(\d{4}-\d{2})(\.csv)?$/.exec(raw) : null;
  if (!m) throw notFound();
  return { month: m[1]!, csv: m[2] !== undefined };
}

function sendCsv(res: Response, report: BillingMonth): void {
  const name = `billing-${report.month}${report.companyId ? `-${report.companyId}` : ''}.csv`;
  res.set('Content-Type', 'text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${name}"`).send(billingCsv(report));
}

export function billingRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.get('/billing/:month', bearer, async (req, res) => {
    managerOnly(req.person);
    const { month, csv } = monthParam(req.params.month);
    const query = await parseBillingQuery(s, { month, company: req.query.company ?? '' });
    if (csv) {
      await lockMonth(s, req.person!, query.month, query.companyId);
      return sendCsv(res, await billingMonth(s, query, 'da'));
    }
    res.json(billingDocument(await billingMonth(s, query, 'da')));
  });

  r.post('/billing/:month/lock', bearer, async (req, res) => {
    managerOnly(req.person);
    const { month, csv } = monthParam(req.params.month);
    if (csv) throw notFound();
    const body = req.body === undefined ? {} : bodyObject(req);
    for (const key of Object.keys(body)) if (key !== 'company') throw invalid({ [key]: 'unknown_field' });
    if (body.company !== undefined && typeof body.company !== 'string') throw invalid({ company: 'invalid' });
    const query = await parseBillingQuery(s, { month, company: body.company ?? req.query.company ?? '' });
    await lockMonth(s, req.person!, query.month, query.companyId);
    res.json(billingDocument(await billingMonth(s, query, 'da')));
  });

  return r;
}
