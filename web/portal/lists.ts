// The portal's lists: the company's ongoing and closed requests (contacts), and the quotes and
// training offers awaiting an answer (price approvers, and contacts who hold the approval right).
import { Router, type Request } from 'express';
import type { Services } from '../../services/context.js';
import { listCases, parseCaseFilter } from '../../services/cases/list.js';
import { listOffers } from '../../services/cases/customer-offers.js';
import { companyRef } from '../../services/companies/companies.js';
import { requireRole } from '../middleware/auth.js';
import { nextStep } from './present.js';

const PAGE_SIZE = 25;

/** The requested page number; anything odd is page 1. */
export function pageOf(req: Request): number {
  const raw = req.query.page;
  return typeof raw === 'string' && /^\d{1,5}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

async function companyName(s: Services, companyId: string | null): Promise<string> {
  return (await companyRef(s, companyId))?.name ?? '';
}

export function listRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const person = req.person!;
    if (person.role === 'approver') return res.redirect('/portal/approvals');
    const filter = parseCaseFilter({ open: 'true', page: String(pageOf(req)), pageSize: String(PAGE_SIZE) });
    const [list, company] = await Promise.all([listCases(s, person, filter, 'newest'), companyName(s, person.companyId)]);
    const { t, fmt } = res.locals;
    const rows = list.items.map((c) => ({ c, due: c.responseDueAt, waitingOn: c.waitingOn, nextStep: nextStep(c, c.responseDueAt, t, fmt) }));
    res.render('portal/ongoing', { title: t('portal:ongoing.title'), list, rows, companyName: company });
  });

  r.get('/closed', requireRole('contact'), async (req, res) => {
    const person = req.person!;
    const filter = parseCaseFilter({ open: 'false', page: String(pageOf(req)), pageSize: String(PAGE_SIZE) });
    const [list, company] = await Promise.all([listCases(s, person, filter, 'newest'), companyName(s, person.companyId)]);
    res.render('portal/closed', { title: res.locals.t('portal:closed.title'), list, companyName: company });
  });

  r.get('/approvals', async (req, res) => {
    const person = req.person!;
    const [lists, company] = await Promise.all([listOffers(s, person, pageOf(req), PAGE_SIZE), companyName(s, person.companyId)]);
    res.render('portal/approvals', { title: res.locals.t('portal:approvals.title'), lists, companyName: company });
  });

  return r;
}
