// The desk's one queue (SPEC §3): every channel's cases in one list, ordered by SLA due time, with
// the working time left to the first response and filters for type, company, status, own, unassigned
// and breached cases. The search box searches the cases' full text (ranked, with the matching text
// shown under each title); `#1042` opens case 1042.
import { Router, type Request } from 'express';
import type { Services } from '../../services/context.js';
import { listCases, parseCaseFilter, type CasePage } from '../../services/cases/list.js';
import { companyChoices, queueSummary, staffChoices } from '../../services/people/desk-directory.js';
import { Refusal } from '../../services/errors.js';
import { findVisibleCase } from '../../services/cases/access.js';
import { jumpTarget } from '../../services/cases/search/search.js';
import { CASE_STATUSES, CASE_TYPES } from '../../domain/types.js';
import { deadlineText, responseClock } from './present.js';
import { deskNextStep } from './next-step.js';
import { savedViews } from '../../services/people/saved-views.js';
import type { SortColumn } from '../../services/cases/list.js';

/** A sortable column's header: the link that sorts by it (the other way when it already does), and its aria-sort. */
function sortHeader(form: QueueForm, column: SortColumn): { href: string; ariaSort: 'ascending' | 'descending' | null; next: 'ascending' | 'descending' } {
  const current = form.sort || 'due';
  const ariaSort = current === column ? 'ascending' : current === `-${column}` ? 'descending' : null;
  const sort = current === column ? `-${column}` : column;
  return { href: queueHref({ ...form, sort: sort === 'due' ? '' : sort }, 1), ariaSort, next: sort.startsWith('-') ? 'descending' : 'ascending' };
}

const PAGE_SIZE = 50;

/** The filter form as typed: every value a string ('' when not set). */
export interface QueueForm {
  type: string;
  company: string;
  /** '' = all open cases, 'all' = every case, else one status. */
  status: string;
  mine: boolean;
  unassigned: boolean;
  /** A staff member's id: only the cases they hold. */
  owner: string;
  breached: boolean;
  q: string;
  /** The list's order ('' = the SLA queue order): a column, `-` first for the other way. */
  sort: string;
}

const one = (v: unknown): string => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x.trim() : '';
};
const checked = (v: unknown) => ['on', 'true', '1'].includes(one(v));

export function readQueueForm(query: Request['query']): QueueForm {
  return {
    type: one(query.type),
    company: one(query.company),
    status: one(query.status),
    mine: checked(query.mine),
    unassigned: checked(query.unassigned),
    owner: one(query.owner),
    breached: checked(query.breached),
    q: one(query.q),
    sort: one(query.sort),
  };
}

/** The form as the case list's filter query. */
function filterQuery(form: QueueForm, page: string): Record<string, string> {
  const query: Record<string, string> = { pageSize: String(PAGE_SIZE) };
  if (form.type) query.type = form.type;
  if (form.company) query.company = form.company;
  if (form.status === '') query.open = 'true';
  else if (form.status !== 'all') query.status = form.status;
  if (form.mine) query.mine = 'true';
  if (form.unassigned) query.unassigned = 'true';
  if (form.owner) query.owner = form.owner;
  if (form.breached) query.breached = 'true';
  if (form.q) query.q = form.q;
  if (form.sort) query.sort = form.sort;
  if (page) query.page = page;
  return query;
}

/** The queue's address with the same filters on another page. */
export function queueHref(form: QueueForm, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['type', 'company', 'status', 'owner', 'q', 'sort'] as const) if (form[key]) params.set(key, form[key]);
  if (form.mine) params.set('mine', 'on');
  if (form.unassigned) params.set('unassigned', 'on');
  if (form.breached) params.set('breached', 'on');
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `/desk?${qs}` : '/desk';
}

export function queueRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const person = req.person!;
    const { t, fmt, now } = res.locals;
    const form = readQueueForm(req.query);
    const jump = jumpTarget(form.q);
    if (jump !== null) {
      const found = await findVisibleCase(s, person, jump).catch((err: unknown) => {
        if (err instanceof Refusal && err.kind === 'not_found') return null;
        throw err;
      });
      if (found) return res.redirect(`/desk/cases/${found.number}`);
    }
    // The figures and the company choices do not depend on the list: asked for at the same time.
    const around = Promise.all([companyChoices(s, person), queueSummary(s, person), staffChoices(s, person), savedViews(s, person)]);
    around.catch(() => {}); // awaited below; a failure is reported there, not as an unhandled rejection
    let list: CasePage = { items: [], total: 0, page: 1, pageSize: PAGE_SIZE };
    let errors: Record<string, string> = {};
    try {
      list = await listCases(s, person, parseCaseFilter(filterQuery(form, one(req.query.page))), 'queue');
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
      errors = err.fieldErrors;
    }
    const [companies, summary, staff, views] = await around;
    const clock = responseClock(s, now);
    const rows = list.items.map((c) => {
      const company = (c as unknown as { company?: { name: string } }).company;
      const contact = (c as unknown as { contact?: { firstName: string; lastName: string } }).contact;
      const owner = (c as unknown as { owner?: { firstName: string; lastName: string } | null }).owner;
      return {
        c,
        companyName: company?.name ?? c.companyId,
        contactName: contact ? `${contact.firstName} ${contact.lastName}`.trim() : '',
        ownerName: owner ? `${owner.firstName} ${owner.lastName}`.trim() : null,
        deadline: deadlineText(c, t, fmt, clock),
        nextStep: deskNextStep(c, t),
        hit: list.hits?.get(c.number) ?? null,
      };
    });
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    res.status(Object.keys(errors).length ? 422 : 200).render('desk/queue', {
      title: t('desk:queue.title'),
      form,
      errors,
      rows,
      total: list.total,
      page: list.page,
      pages,
      prevHref: list.page > 1 ? queueHref(form, list.page - 1) : null,
      nextHref: list.page < pages ? queueHref(form, list.page + 1) : null,
      filtered: queueHref(form, 1) !== '/desk',
      ranked: list.hits !== undefined,
      capped: list.capped === true,
      companies,
      staff,
      summary,
      types: CASE_TYPES,
      statuses: CASE_STATUSES,
      views,
      currentQuery: queueHref({ ...form }, 1).replace(/^\/desk\??/, ''),
      sortHeader: (column: SortColumn) => sortHeader(form, column),
    });
  });

  return r;
}
