// `npm run -s reliability:access`: every route of the product, read from its Express router, × every
// kind of person (nobody, a contact and a price approver of company A and of company B, an agent, a desk
// manager) × company A's and company B's things. Each cell is a real request; the rules of
// access-rules.ts say which answers are leaks. POSTs carry a valid CSRF token and a probe body that no
// route accepts (pages: decisions go to a withdrawn case), so the gates are tested, not the business.
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { ACTORS, EMAIL, createFixtures, type Actor, type Fixtures } from './fixtures.js';
import { PageSession, type Answer } from './http.js';
import { SHORT_ACTIONS, bind, type Bound } from './bindings.js';
import { leak, outcome, type Outcome } from './access-rules.js';
import { productRoutes } from './routes.js';
import { Tally } from './tally.js';
import { emptyVerdict, table, type SuiteReport } from './report.js';
import { runSuiteCommand, type OptionSpec, type Options, type SuiteContext } from './suite.js';

export const ACCESS_OPTIONS: OptionSpec[] = [{ name: 'actions', full: 'all', short: 'some', help: 'decisions per decision route: all, or some (5)' }];

const PROBE = { reliabilityProbe: 'x' };
const SHORT: Record<Actor, string> = { anonymous: 'anon', contactA: 'cA', approverA: 'apA', contactB: 'cB', approverB: 'apB', agent: 'agent', manager: 'mgr' };

async function freshPage(base: string, actor: Actor): Promise<PageSession> {
  if (actor !== 'anonymous') return PageSession.signIn(base, EMAIL[actor]);
  const page = new PageSession(base);
  await page.get('/login');
  return page;
}

async function cell(base: string, f: Fixtures, b: Bound, actor: Actor): Promise<Answer> {
  const { method, path } = b.route;
  if (path.startsWith('/api/v1')) {
    const rest = b.path.slice('/api/v1'.length);
    const body = method !== 'POST' ? undefined : path === '/api/v1/tokens' ? { email: `nobody-${randomUUID()}@nowhere.test`, password: 'x' } : PROBE;
    return f.tokens[actor].call(method, rest, body);
  }
  if (method === 'GET') return f.pages[actor].get(b.path);
  const page = path === '/login' || path === '/logout' ? await freshPage(base, actor) : f.pages[actor];
  const fields: Record<string, string> =
    path === '/login' ? { email: `nobody-${randomUUID()}@nowhere.test`, password: 'x' } : path === '/language' ? { locale: 'xx', next: '/' } : {};
  return page.postForm(b.path, fields);
}

export async function runAccess(ctx: SuiteContext, o: Options): Promise<SuiteReport> {
  const { product, say } = ctx;
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const routes = await productRoutes(product.env, product.databaseUrl());
  say(`${routes.length} routes in the router; setting up the fixtures`);
  const f = await createFixtures(product.baseUrl);
  const markers = { A: f.A.marker, B: f.B.marker, desk: f.deskMarker };
  const tally = new Tally();
  const leaks: string[] = [];
  const grid: (string | number)[][] = [];
  const madeUp = new Set<string>();
  let cells = 0;
  // Sessions end on sign-out and tokens are revoked by their routes: those go last.
  const order = (r: { path: string }) => (/logout|revoke|tokens\/:id|sessions|sign-out/.test(r.path) ? 1 : 0);
  const bindings = routes.sort((a, b) => order(a) - order(b)).flatMap((r) => bind(r, f, o.actions === 'all' ? undefined : SHORT_ACTIONS));
  for (const [i, b] of bindings.entries()) {
    b.madeUp.forEach((m) => madeUp.add(`${b.route.method} ${b.route.path} :${m}`));
    const answers = await Promise.all(ACTORS.map(async (actor) => [actor, await cell(product.baseUrl, f, b, actor)] as const));
    const outcomes: Outcome[] = [];
    for (const [actor, a] of answers) {
      cells += 1;
      tally.add(`${b.route.method} ${b.path} as ${actor}`, a, { expectUp: true });
      const out = outcome(a);
      outcomes.push(out);
      const why = leak(b, actor, a, out, markers);
      if (why) leaks.push(`${b.route.method} ${b.path} (${b.side}) as ${actor} → ${a.status}: ${why}`);
    }
    grid.push([`${b.route.method} ${b.path.replace(/\/\d{3,}/g, (m) => (m.length > 8 ? '/{id}' : m))}`, b.side, ...outcomes]);
    if ((i + 1) % 50 === 0) say(`${i + 1}/${bindings.length} addresses × ${ACTORS.length} people`);
  }

  const verdict = emptyVerdict();
  verdict.leaks = leaks.length;
  verdict.serverErrors = tally.serverErrorCount;
  verdict.hangs = tally.hangCount;
  const findings = [
    ...leaks.slice(0, 40).map((l) => `leak: ${l}`),
    ...(leaks.length > 40 ? [`… and ${leaks.length - 40} more leaks`] : []),
    ...(tally.unexplainedCount ? [`${tally.unexplainedCount} 4xx answers without a reason`] : []),
  ];
  return {
    suite: 'access',
    title: 'access — route × role × company, routes read from the Express router',
    startedAt,
    seconds: (Date.now() - started) / 1000,
    tried: [
      ['routes in the router (every one checked)', routes.length],
      ['addresses (routes bound to company A and B, decision routes per decision)', bindings.length],
      ['kinds of person', ACTORS.length],
      ['requests (cells)', cells],
    ],
    verdict,
    findings,
    sections: [
      {
        title: 'Rules',
        lines: [
          '- Without signing in only the public routes are reached (sign-in, password reset, language, health, static files, the OpenAPI document, token exchange); everything else sends to sign in (302 /login or 401).',
          '- /admin is for desk managers, /desk and /dev/mail for staff, /portal for contacts and price approvers, inbound mail for staff; an area reached by another role is a leak.',
          "- A company's case, file or API token, its articles and announcements are never reached by the other company's people, and its marker word never appears in their answers.",
          '- An internal article or a draft (and its images) is never reached by a customer, and its marker word never appears in a customer’s answer.',
          '- A price approver reaches a case only for its quote; an API token is revoked only by its owner or a desk manager.',
          '- Any 5xx (nothing is down here) or a request without an answer within the deadline is a failure; a 4xx must say why.',
        ],
      },
      {
        title: 'Grid',
        lines: [
          'o reached (2xx, 3xx, 409, 422) · L sign in · F 403 · N 404 · other: the status',
          '',
          ...table(['address', 'side', ...ACTORS.map((a) => SHORT[a])], grid),
        ],
      },
      { title: 'Answers', lines: [`By status: ${tally.statusLine()}.`, '', ...tally.exampleLines()] },
      {
        title: 'Parameters bound to made-up values',
        lines: madeUp.size ? [...madeUp].map((m) => `- ${m}`) : ['None: every parameter was bound to a fixture.'],
      },
    ],
    settings: { ...o, markerA: markers.A, markerB: markers.B },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runSuiteCommand('access', ACCESS_OPTIONS, runAccess);
