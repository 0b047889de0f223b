// The pages to check, built from the product's own routes (the Express router, walked in-process by
// scripts/reliability/routes.ts) rather than from a list written by hand: a page someone adds later
// (a help centre, invoices, 2FA settings) is visited without touching this test. Each GET route becomes
// one or more addresses per role: its parameters are bound from the fixtures by name (PARAMS below).
// A route with a parameter nobody taught this file, or one no role could open, fails the test by name.
import { CASE_TYPES } from '../../../domain/types.js';
import { audience } from '../../../scripts/reliability/access-rules.js';
import type { RouteInfo } from '../../../scripts/reliability/routes.js';
import type { PageFixtures } from './page-fixtures.js';

export type Role = 'anonymous' | 'contact' | 'approver' | 'agent' | 'manager';
export const ROLES: Role[] = ['anonymous', 'contact', 'approver', 'agent', 'manager'];

/** GET routes that answer something other than an HTML page (files, data, machines). */
export const NOT_PAGES: RegExp[] = [
  /^\/healthz$/,
  /^\/favicon\.ico$/,
  /^\/static\//,
  /^\/api\//, // JSON, checked against the OpenAPI document elsewhere
  /\.csv$/, // exports
  /\.json$/, // data for a page's script (the phone intake's caller lookup)
  /\/raw$/, // a mail's raw source (text/plain)
  /\/attachments\/:id$/, // file downloads
  /\/images\/:imageId$/, // an article's images
  /\/invoices\/:file$/, // an invoice's PDF or e-invoice XML
  /\/people\/:personId\/export$/, // a person's data as a zip
  /\/passkeys?\/options$/, // WebAuthn options (JSON)
  /^\/portal\/help\/suggest$/, // suggestions while typing (JSON)
];

export interface PageVisit {
  route: string;
  role: Role;
  /** The address with its parameters bound. */
  url: string;
}

interface BindContext {
  role: Role;
  /** The route's path up to the parameter, e.g. `/desk/companies/`. */
  before: string;
  f: PageFixtures;
}

/**
 * How each route parameter gets its values, by name (and where it sits). Several values give several
 * visits: every request form, every kind of case page. A new parameter name fails the test with a
 * pointer to this table.
 */
const PARAMS: Record<string, (c: BindContext) => string[] | null> = {
  // A rating link is signed for one case, contact and score (its query carries the signature: QUERIES).
  number: ({ role, before, f }) => (before === '/rate/' ? [String(f.ratingLink.caseNumber)] : (f.cases[role] ?? f.cases.agent ?? []).map(String)),
  score: ({ f }) => [String(f.ratingLink.score)],
  type: ({ before }) => (before.startsWith('/portal/new/') || before.startsWith('/desk/intake/') ? [...CASE_TYPES] : null),
  id: ({ before, f }) => {
    if (before === '/dev/mail/') return [String(f.devMail)];
    if (before === '/desk/rejected-intake/') return [String(f.rejection)];
    if (before === '/admin/companies/' || before === '/desk/companies/') return [f.company];
    if (before === '/desk/knowledge/articles/') return [String(f.articles.published), String(f.articles.draft)];
    if (before === '/portal/help/articles/') return [String(f.articles.published)];
    if (before === '/desk/announcements/' || before === '/portal/announcements/') return [String(f.announcement)];
    return null;
  },
  personId: ({ f }) => [String(f.contactPerson)],
  token: ({ f }) => [f.linkToken],
};

/** What a route's address needs besides its path: the rating link's signed query. */
const QUERIES: Record<string, (f: PageFixtures) => string> = {
  '/rate/:number/:score': (f) => f.ratingLink.query,
};

/** The roles a route is visited as: its area's audience; routes of no area also anonymously. */
function visitors(path: string): Role[] {
  const roles = audience(path) as Role[];
  return roles.length === 4 ? ['anonymous', ...roles] : roles;
}

export interface PageList {
  visits: PageVisit[];
  /** Routes that could not be turned into an address: what is missing. */
  unbound: string[];
}

export function pageList(routes: RouteInfo[], f: PageFixtures): PageList {
  const visits: PageVisit[] = [];
  const unbound: string[] = [];
  for (const r of routes) {
    if (r.method !== 'GET' || NOT_PAGES.some((re) => re.test(r.path))) continue;
    for (const role of visitors(r.path)) {
      let urls: string[] = [''];
      let rest = r.path;
      let missing: string | null = null;
      for (const m of r.path.matchAll(/:(\w+)/g)) {
        const name = m[1]!;
        const values = PARAMS[name]?.({ role, before: r.path.slice(0, m.index ?? 0), f }) ?? null;
        if (!values?.length) {
          missing = name;
          break;
        }
        const head = rest.slice(0, rest.indexOf(`:${name}`));
        rest = rest.slice(head.length + name.length + 1);
        urls = urls.flatMap((u) => values.map((v) => `${u}${head}${encodeURIComponent(v)}`));
      }
      if (missing) {
        unbound.push(`${r.path}: no value for :${missing} as ${role} — teach PARAMS in test/e2e/accessibility/page-list.ts`);
        continue;
      }
      const query = QUERIES[r.path]?.(f) ?? '';
      for (const u of urls) visits.push({ route: r.path, role, url: `${u}${rest}${query}` });
    }
  }
  return { visits, unbound: [...new Set(unbound)] };
}
