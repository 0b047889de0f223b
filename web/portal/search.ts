// GET /portal/search?q=…: a support contact searches their company's requests — ongoing and closed —
// by the words in titles, descriptions and messages (never internal notes); ranked, with the text
// that matched. `#1042` opens request 1042 when it is the company's.
import { Router, type Request } from 'express';
import type { Services } from '../../services/context.js';
import { listCases, parseCaseFilter, type CasePage } from '../../services/cases/list.js';
import { findVisibleCase } from '../../services/cases/access.js';
import { jumpTarget } from '../../services/cases/search/search.js';
import { companyChoiceOf } from '../../services/people/desk-directory.js';
import { Refusal } from '../../services/errors.js';
import { pageOf } from './lists.js';

const PAGE_SIZE = 25;

const typedQuery = (req: Request): string => {
  const v = Array.isArray(req.query.q) ? req.query.q[0] : req.query.q;
  return typeof v === 'string' ? v.trim().slice(0, 200) : '';
};

export function searchRoutes(s: Services): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    const person = req.person!;
    const q = typedQuery(req);
    const jump = jumpTarget(q);
    if (jump !== null) {
      const found = await findVisibleCase(s, person, jump).catch((err: unknown) => {
        if (err instanceof Refusal && err.kind === 'not_found') return null;
        throw err;
      });
      if (found) return res.redirect(`/portal/cases/${found.number}`);
    }
    const list: CasePage | null = q
      ? await listCases(s, person, parseCaseFilter({ q, page: String(pageOf(req)), pageSize: String(PAGE_SIZE) }), 'newest')
      : null;
    const company = await companyChoiceOf(s, person.companyId);
    const more = (page: number) => `/portal/search?${new URLSearchParams({ q, page: String(page) }).toString()}`;
    res.render('portal/search', {
      title: res.locals.t('search:portal.title'),
      q,
      list,
      companyName: company?.name ?? '',
      prevHref: list && list.page > 1 ? more(list.page - 1) : null,
      nextHref: list && list.page * list.pageSize < list.total ? more(list.page + 1) : null,
    });
  });
  return r;
}
