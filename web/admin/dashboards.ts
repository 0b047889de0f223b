// The managers' dashboards (issue 13 item 4): charts drawn on the server as inline SVG, each with its
// table beside it and a CSV. The SLA page (/admin/sla) draws its charts under the overview; the money
// and order dashboards are pages of their own; every chart can be narrowed to one company.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { parseCompanyFilter } from '../../services/insight/dashboards/filter.js';
import { companyChoices } from '../../services/people/desk-directory.js';
import { Refusal } from '../../services/errors.js';
import { hoursText } from '../format.js';
import { axisKroner, type ChartContext } from '../charts/chart.js';
import { cellText, tableCsv, type Cell, type ColumnKind } from '../charts/data-table.js';
import { dashboardCharts, oneChart, type Dashboard } from './charts/registry.js';

export interface CompanyFilter {
  companyId: string | null;
  /** The refused value's message key, when the chosen company is unknown. */
  error: string | null;
  query: string;
}

/** `?company=`: a refused value shows every company, with the error next to the field. */
export async function companyFilter(s: Services, req: Request): Promise<CompanyFilter> {
  try {
    const companyId = await parseCompanyFilter(s, req.query as Record<string, unknown>);
    return { companyId, error: null, query: companyId ? `?company=${encodeURIComponent(companyId)}` : '' };
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    return { companyId: null, error: err.fieldErrors.company ?? 'invalid', query: '' };
  }
}

export function chartContext(res: Response, filter: CompanyFilter): ChartContext {
  const { t, locale, fmt, percent, person } = res.locals;
  return {
    viewer: person,
    t,
    locale,
    fmt,
    percent,
    hours: (h: number) => hoursText(h, t, locale),
    csvHref: (id: string) => `/admin/dashboards/${id}.csv${filter.query}`,
  };
}

/** What a dashboard page shows: its charts, the company filter and the tabs between the dashboards. */
export async function dashboardLocals(s: Services, req: Request, res: Response, page: Dashboard) {
  const filter = await companyFilter(s, req);
  const c = chartContext(res, filter);
  // Whole kroner on the dashboards (the CSV keeps øre exactly).
  const formats = { money: (ore: number) => axisKroner(ore, c.locale), percent: c.percent, hours: c.hours };
  const [charts, companies] = await Promise.all([dashboardCharts(s, page, filter.companyId, c), companyChoices(s, req.person!)]);
  return { charts, companies, filter, dashboard: page, cellText: (kind: ColumnKind, value: Cell) => cellText(kind, value, formats) };
}

export function dashboardRoutes(s: Services): Router {
  const r = Router();

  r.get('/dashboards', (_req, res) => res.redirect('/admin/sla'));

  for (const page of ['money', 'orders', 'knowledge', 'satisfaction'] as const) {
    r.get(`/dashboards/${page}`, async (req, res) => {
      const locals = await dashboardLocals(s, req, res, page);
      res.status(locals.filter.error ? 422 : 200).render('insight/dashboard', {
        title: res.locals.t(`insight:dashboards.${page}.title`),
        lead: res.locals.t(`insight:dashboards.${page}.lead`),
        ...locals,
      });
    });
  }

  r.get('/dashboards/:chart.csv', async (req, res, next) => {
    const filter = await companyFilter(s, req);
    const chart = await oneChart(s, String(req.params.chart), filter.companyId, chartContext(res, filter));
    if (!chart) return next(); // the product's own "page not found"
    if (filter.error) return res.status(422).type('text/plain').send('unknown company\n');
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${chart.id}${filter.companyId ? `-${filter.companyId}` : ''}.csv"`);
    res.send(tableCsv(chart.csvTable?.() ?? chart.table));
  });

  return r;
}
