// The machinery of the authorization matrix test: the actors and their sessions/tokens, how an HTTP
// answer reads as an outcome, the cases and people the matrix points at, and the printed grid.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { api, tokenFor } from '../../support/api-client.js';
import { PageClient, type PageResponse } from '../../support/page-client.js';
import { readModel, testDatabase } from '../../support/servers.js';

// ── Actors ──────────────────────────────────────────────────────────────────────────────────────

export const ACTORS = ['anonymous', 'contactA', 'contactA2', 'approverA', 'contactB', 'approverB', 'agent', 'manager'] as const;
export type ActorName = (typeof ACTORS)[number];

export const EMAIL: Record<Exclude<ActorName, 'anonymous'>, string> = {
  contactA: 'kontakt1@faktureret.test',
  contactA2: 'kontakt2@faktureret.test',
  approverA: 'godkender@faktureret.test',
  contactB: 'kontakt1@basis.test',
  approverB: 'godkender@basis.test',
  agent: 'agent@desk.test',
  manager: 'manager@desk.test',
};

/** Column headings of the printed grid, in ACTORS order. */
const SHORT: Record<ActorName, string> = {
  anonymous: 'anon',
  contactA: 'cA',
  contactA2: 'cA2',
  approverA: 'apA',
  contactB: 'cB',
  approverB: 'apB',
  agent: 'agent',
  manager: 'mgr',
};

export interface Session {
  pages: Record<ActorName, PageClient>;
  tokens: Record<ActorName, string | undefined>;
}

/** One signed-in browser and one API token per actor (the anonymous browser has a session for its CSRF token only). */
export async function openSessions(): Promise<Session> {
  const entries = await Promise.all(
    ACTORS.map(async (a) => {
      if (a === 'anonymous') {
        const page = new PageClient();
        await page.get('/login');
        return [a, page, undefined] as const;
      }
      return [a, await new PageClient().login(EMAIL[a]), await tokenFor(EMAIL[a])] as const;
    }),
  );
  return {
    pages: Object.fromEntries(entries.map(([a, p]) => [a, p])) as Record<ActorName, PageClient>,
    tokens: Object.fromEntries(entries.map(([a, , t]) => [a, t])) as Record<ActorName, string | undefined>,
  };
}

/** A browser of its own for the actor (for a request that ends its session, like signing out). */
export async function freshPage(actor: ActorName): Promise<PageClient> {
  if (actor !== 'anonymous') return new PageClient().login(EMAIL[actor]);
  const page = new PageClient();
  await page.get('/login');
  return page;
}

// ── Outcomes ────────────────────────────────────────────────────────────────────────────────────

/**
 * o = reached (2xx, a validation 422, a 409 or a redirect to a page that is not the login page)
 * L = sent to sign in (302 to /login for pages, 401)
 * F = forbidden (403)
 * N = not found (404; required for another company's case, so its number does not leak)
 * R = refused on the page itself: a 302 back with an error message saying the role may not do it
 */
export type Outcome = 'o' | 'L' | 'F' | 'N' | 'R';
const OUTCOMES = new Set<string>(['o', 'L', 'F', 'N', 'R']);

/** "L o o N N N o o" → one outcome per actor, in ACTORS order. */
export function parseExpectation(text: string): Record<ActorName, Outcome> {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== ACTORS.length || parts.some((p) => !OUTCOMES.has(p))) throw new Error(`bad expectation "${text}"`);
  return Object.fromEntries(ACTORS.map((a, i) => [a, parts[i] as Outcome])) as Record<ActorName, Outcome>;
}

/** What a page answer means; anything unexpected (500, 400, 413 …) is returned as "<status>" and fails the cell. */
export function pageOutcome(res: PageResponse): Outcome | string {
  if (res.status === 401) return 'L';
  if (res.status === 403) return 'F';
  if (res.status === 404) return 'N';
  if (res.status >= 300 && res.status < 400) return /^\/login(?:[?#]|$)/.test(res.location ?? '') ? 'L' : 'o';
  if ((res.status >= 200 && res.status < 300) || res.status === 409 || res.status === 422) return 'o';
  return String(res.status);
}

export function apiOutcome(status: number): Outcome | string {
  if (status === 401) return 'L';
  if (status === 403) return 'F';
  if (status === 404) return 'N';
  if ((status >= 200 && status < 300) || status === 409 || status === 422) return 'o';
  return String(status);
}

/** The texts of a refusal for the person's role or missing approval right (services/errors forbidden(), domain/case-states checkAction). */
const FORBIDDEN_FLASH =
  /du må ikke gøre dette|you may not do this|din rolle må ikke|your role may not|kræver prisgodkendelsesret|needs the price-approval right/i;

/** After a POST answered by a redirect: R when the next page says the role may not do it. */
export async function refusedByFlash(page: PageClient, res: PageResponse): Promise<boolean> {
  if (res.status < 300 || res.status >= 400 || !res.location || /^\/login/.test(res.location)) return false;
  const next = await page.get(res.location.replace(/#.*$/, ''));
  const flash = /class="flash flash-error"[^>]*>([\s\S]*?)<\//.exec(next.html)?.[1] ?? '';
  return FORBIDDEN_FLASH.test(flash);
}

// ── Fixtures ────────────────────────────────────────────────────────────────────────────────────

export interface Fixtures {
  /** A word in every fixture case's title, to find them with the lists' search. */
  word: string;
  /** A support case of faktureret without a quote, with a PNG (plainAtt) and an internal PNG (internalAtt). */
  plain: number;
  plainAtt: number;
  internalAtt: number;
  /** A change request of faktureret awaiting acceptance of a released quote, with a PNG (quoteAtt). */
  quote: number;
  quoteAtt: number;
  /** A change request of faktureret whose quote needed a manager's release, then withdrawn by the contact. */
  closedQuote: number;
  /** A support case of basis (company B) with a PNG (bAtt). */
  bCase: number;
  bAtt: number;
  /** A case number that does not exist. */
  missing: number;
  /** A company of this test with two invited contacts (people routes act on them only). */
  company: string;
  person: number;
  person2: number;
  month: string;
  /** An invoice of faktureret (company A), for a month no case reaches (its lines frozen straight into the lock). */
  invoice: number;
  /** Texts only the desk may read. */
  note: string;
  timeNote: string;
}

/** A 1×1 transparent PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

const SUPPORT_FORM = { workflow: 'Fakturering', description: 'Hvordan krediterer jeg en faktura?', tried: 'Menuen Faktura', expected: 'En kreditnota' };
const CHANGE_FORM = { description: 'Et felt til PO-nummer på ordren.', businessReason: 'Kunderne kræver det', priceMatters: 'yes', wishedDate: '' };

async function fileOnPortal(page: PageClient, type: 'support' | 'change_request', title: string): Promise<number> {
  await page.get(`/portal/new/${type}`);
  const values = type === 'support' ? SUPPORT_FORM : CHANGE_FORM;
  const res = await page.postMultipart(`/portal/new/${type}`, { ...values, title }, [['attachments', 'skaermbillede.png', 'image/png', PNG]]);
  const m = /^\/portal\/cases\/(\d+)$/.exec(res.location ?? '');
  if (res.status !== 302 || !m) throw new Error(`filing ${type} failed: ${res.status} ${res.html.slice(0, 800)}`);
  return Number(m[1]);
}

async function decide(token: string | undefined, number: number, action: string, body: Record<string, unknown> = {}) {
  const res = await api('POST', `/cases/${number}/actions/${action}`, { token, body });
  expect(res.status, `${action} on #${number}: ${JSON.stringify(res.body)}`).toBe(200);
}

async function doc(token: string | undefined, number: number) {
  const res = await api('GET', `/cases/${number}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { attachments: { id: number; internal: boolean }[] };
}

/** The current month in the desk's zone, YYYY-MM. */
const currentMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' }).format(new Date());

/** faktureret's invoice of a month locked with one frozen line, made through the API. */
async function invoiceOfA(s: Session): Promise<number> {
  const month = '2017-01';
  const line = {
    companyId: 'faktureret',
    caseNumber: null,
    caseTitle: null,
    billedOn: `${month}-01`,
    kind: 'contact_fee',
    minutes: 0,
    amountOre: 50_000,
    text: 'Gebyr',
    corrects: null,
  };
  await testDatabase().sequelize.query(
    `INSERT INTO billing_locks (company_id, month, locked_at, document) VALUES ('faktureret', :month, now(), CAST(:doc AS jsonb)) ON CONFLICT DO NOTHING`,
    { replacements: { month, doc: JSON.stringify({ companyId: 'faktureret', companyName: 'Faktureret I/S', activeContacts: 3, lines: [line] }) } },
  );
  const res = await api('POST', `/billing/${month}/invoices`, { token: s.tokens.manager });
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return (res.body as { invoices: { number: number; company: string }[] }).invoices.find((i) => i.company === 'faktureret')!.number;
}

/** Drives a change request to a quote awaiting the customer's acceptance. */
async function quoted(s: Session, number: number, priceOre: number): Promise<void> {
  await readModel(number, (r) => r.version >= 1);
  await decide(s.tokens.agent, number, 'acknowledge', { plan: 'Vi estimerer ændringen.' });
  await decide(s.tokens.agent, number, 'qualify', {});
  await decide(s.tokens.agent, number, 'quote', { estimationMinutes: 30, hours: 2, priceOre });
}

export async function createFixtures(s: Session): Promise<Fixtures> {
  const word = `matrix${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  const note = `Intern note ${word} kun for desken`;
  const timeNote = `Tidsnote ${word} kun for desken`;
  const [plain, quote, bCase] = await Promise.all([
    fileOnPortal(s.pages.contactA, 'support', `Matrix ${word} almindelig sag`),
    fileOnPortal(s.pages.contactA, 'change_request', `Matrix ${word} tilbud`),
    fileOnPortal(s.pages.contactB, 'support', `Matrix ${word} basis-sag`),
  ]);
  const closed = await api('POST', '/cases', {
    token: s.tokens.contactA,
    body: {
      type: 'change_request',
      title: `Matrix ${word} trukket tilbage`,
      description: 'Et tilbud over frigivelsesgrænsen.',
      fields: { businessReason: 'Test', priceMatters: 'yes' },
    },
  });
  expect(closed.status, JSON.stringify(closed.body)).toBe(201);
  const closedQuote = (closed.body as { number: number }).number;

  // A released quote (below the release limit) and one that needed the manager's release (its quote event is internal).
  await Promise.all([quoted(s, quote, 200_000), quoted(s, closedQuote, 6_000_000)]);
  await decide(s.tokens.manager, closedQuote, 'release-quote');
  await readModel(closedQuote, (r) => r.status === 'awaiting_acceptance');
  await decide(s.tokens.contactA, closedQuote, 'withdraw', { reason: 'Vi venter med ændringen.' });
  await readModel(quote, (r) => r.status === 'awaiting_acceptance' && (r.view as { quote?: { released?: boolean } } | null)?.quote?.released === true);
  await readModel(closedQuote, (r) => r.status === 'withdrawn' && (r.view as { quote?: { released?: boolean } } | null)?.quote?.released === true);
  await readModel(plain, (r) => r.version >= 1);
  await readModel(bCase, (r) => r.version >= 1);

  // What only the desk may read: a note with a file, and a note on logged time.
  const agentPage = s.pages.agent;
  await agentPage.get(`/desk/cases/${plain}`);
  const noted = await agentPage.postMultipart(`/desk/cases/${plain}/messages`, { body: note, visibility: 'internal' }, [
    ['attachments', 'intern.png', 'image/png', PNG],
  ]);
  expect(noted.status, noted.html.slice(0, 800)).toBe(302);
  await agentPage.get(`/desk/cases/${quote}`);
  expect((await agentPage.post(`/desk/cases/${quote}/messages`, { body: note, visibility: 'internal' })).status).toBe(302);
  await decide(s.tokens.agent, plain, 'log-time', { minutes: 5, note: timeNote });

  const [plainDoc, quoteDoc, bDoc] = await Promise.all([doc(s.tokens.agent, plain), doc(s.tokens.agent, quote), doc(s.tokens.contactB, bCase)]);
  const one = (attachments: { id: number; internal: boolean }[], internal: boolean) => {
    const found = attachments.find((a) => a.internal === internal);
    if (!found) throw new Error(`no ${internal ? 'internal' : 'customer'} attachment`);
    return found.id;
  };

  // A company of this test with two contacts, so the people routes never touch the demo logins.
  const company = `matrix-${word.slice(6)}`;
  const mgr = s.pages.manager;
  await mgr.get('/admin/companies/new');
  const created = await mgr.post('/admin/companies/new', { id: company, name: `Matrix ${word} ApS`, solutionType: 'standard', firstTrainingDay: '' });
  expect(created.status, created.html.slice(0, 800)).toBe(303);
  const people: number[] = [];
  for (const first of ['Mia', 'Max']) {
    const email = `${first.toLowerCase()}.${word}@matrix.test`;
    const added = await mgr.post(`/admin/companies/${company}/contacts`, { firstName: first, lastName: 'Matrix', email, locale: 'da' });
    expect(added.status, added.html.slice(0, 800)).toBe(303);
    people.push((await testDatabase().models.Person.findOne({ where: { email }, rejectOnEmpty: true })).id);
  }

  return {
    invoice: await invoiceOfA(s),
    word,
    plain,
    plainAtt: one(plainDoc.attachments, false),
    internalAtt: one(plainDoc.attachments, true),
    quote,
    quoteAtt: one(quoteDoc.attachments, false),
    closedQuote,
    bCase,
    bAtt: one(bDoc.attachments, false),
    missing: 999_999_999,
    company,
    person: people[0]!,
    person2: people[1]!,
    month: currentMonth(),
    note,
    timeNote,
  };
}

// ── The printed grid ────────────────────────────────────────────────────────────────────────────

export interface RowResult {
  label: string;
  expected: Record<ActorName, Outcome>;
  actual: Partial<Record<ActorName, string>>;
}

/** One line per route; a cell shows the outcome, "!x" where it differs from the expectation. */
export function grid(results: RowResult[]): string {
  const width = Math.max(...results.map((r) => r.label.length), 10);
  const cell = (text: string, a: ActorName) => text.padEnd(Math.max(SHORT[a].length, 4) + 1);
  const head = `${'route'.padEnd(width)} | ${ACTORS.map((a) => cell(SHORT[a], a)).join('')}`;
  const lines = results.map((r) => {
    const cells = ACTORS.map((a) => {
      const got = r.actual[a] ?? '?';
      return cell(got === r.expected[a] ? got : `!${got}`, a);
    });
    return `${r.label.padEnd(width)} | ${cells.join('')}`;
  });
  const checked = results.reduce((n, r) => n + Object.keys(r.actual).length, 0);
  const wrong = results.reduce((n, r) => n + ACTORS.filter((a) => r.actual[a] !== undefined && r.actual[a] !== r.expected[a]).length, 0);
  const legend = 'o reached · L sign in (302 /login, 401) · F 403 · N 404 · R refused with a message on the page · !x differs from SPEC §1';
  return [
    head,
    '-'.repeat(head.length),
    ...lines,
    '',
    `${results.length} routes × ${ACTORS.length} actors: ${checked} cells checked, ${wrong} differ.`,
    legend,
  ].join('\n');
}
