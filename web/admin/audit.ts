// GET /admin/audit and /admin/audit.csv: the log of administrative changes — who, when, what, before
// and after — filtered by what changed, who changed it and a date range.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { AUDIT_ENTITIES } from '../../services/audit/record.js';
import { auditCsv, listAudit, parseAuditFilter, type AuditFilter } from '../../services/audit/log.js';
import { listStaff } from '../../services/people/staff-accounts.js';
import { Refusal } from '../../services/errors.js';
import { auditFieldLabel, auditValueText } from './audit-values.js';

const FILTER_KEYS = ['entity', 'entityId', 'actor', 'from', 'to'] as const;

/** The filter as typed, every value a string. */
function typed(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = req.query[key];
    out[key] = typeof v === 'string' ? v : '';
  }
  return out;
}

function queryString(values: Record<string, string>, page?: number): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (values[key]) params.set(key, values[key]);
  if (page && page > 1) params.set('page', String(page));
  return params.toString();
}

/** The filter, or null after answering 422 with the page and the messages next to the fields. */
async function readFilter(s: Services, req: Request, res: Response): Promise<AuditFilter | null> {
  try {
    return parseAuditFilter(req.query as Record<string, unknown>);
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    await render(s, res, typed(req), null, err.fieldErrors, 422);
    return null;
  }
}

async function render(s: Services, res: Response, values: Record<string, string>, filter: AuditFilter | null, errors: Record<string, string>, status = 200) {
  const [page, staff] = await Promise.all([filter ? listAudit(s, filter) : Promise.resolve(null), listStaff(s)]);
  res.status(status).render('admin/audit', {
    title: res.locals.t('audit:title'),
    values,
    errors,
    page,
    entities: AUDIT_ENTITIES,
    actors: staff.map((r) => ({ id: r.person.id, name: r.person.fullName })),
    csvHref: `/admin/audit.csv?${queryString(values)}`,
    pageHref: (n: number) => `/admin/audit?${queryString(values, n)}`,
    showValue: (field: string, v: unknown) => auditValueText(res.locals.t, res.locals.fmt, field, v),
    fieldLabel: (field: string) => auditFieldLabel(res.locals.t, field),
  });
}

export function auditRoutes(s: Services): Router {
  const r = Router();

  r.get('/audit', async (req, res) => {
    const filter = await readFilter(s, req, res);
    if (filter) await render(s, res, typed(req), filter, {});
  });

  r.get('/audit.csv', async (req, res) => {
    const filter = await readFilter(s, req, res);
    if (!filter) return;
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="audit-${s.calendar.localDate(s.now())}.csv"`);
    res.set('Cache-Control', 'no-store');
    res.send(await auditCsv(s, filter));
  });

  return r;
}
