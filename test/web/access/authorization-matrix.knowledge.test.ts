// The authorization matrix for knowledge and self-help (issue 19): every new page and API route × every
// kind of person, with the expectations written from SPEC §1 and §8 — a support contact reads published
// public articles and their own company's, never a draft, an internal article or another company's
// (404, never 403, so their existence does not leak); price approvers see the announcements sent to
// them and nothing of the help centre; the desk's knowledge room is staff-only; announcing and the
// help centre's figures are the desk manager's. Then: no text of an article a contact may not read
// reaches them through any page, search, suggestion, API answer or mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { api } from '../../support/api-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import {
  ACTORS,
  apiOutcome,
  grid,
  openSessions,
  pageOutcome,
  parseExpectation,
  refusedByFlash,
  type ActorName,
  type RowResult,
  type Session,
} from './authorization-matrix.support.js';

interface Fx {
  word: string;
  pub: number;
  compA: number;
  internal: number;
  draft: number;
  imgCompA: number;
  imgInternal: number;
  canned: number;
  ann: number;
  plainCase: number;
  markers: { compA: string; internal: string; draft: string };
}

let session: Session;
let fx: Fx;
const results: RowResult[] = [];

const rnd = () =>
  randomUUID()
    .replaceAll('-', '')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)])
    .slice(0, 10);

async function ok<T = any>(method: string, path: string, actor: ActorName, body?: unknown, status = [200, 201]): Promise<T> {
  const res = await api(method, path, { token: session.tokens[actor], body });
  expect(status, `${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
  return res.body as T;
}

async function article(word: string, marker: string, audience: string, publish: boolean, company?: string): Promise<number> {
  const a = await ok<{ id: number }>('POST', '/articles', 'agent', {
    title: { da: `Matrixartikel ${word} ${marker}`, en: `Matrix article ${word} ${marker}` },
    body: { da: `Tekst ${word} ${marker}.`, en: `Text ${word} ${marker}.` },
    audience,
    ...(company ? { company } : {}),
  });
  if (publish) await ok('POST', `/articles/${a.id}/publish`, 'manager');
  return a.id;
}

async function image(articleId: number): Promise<number> {
  await session.pages.agent.get(`/desk/knowledge/articles/${articleId}`);
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
  const res = await session.pages.agent.postMultipart(`/desk/knowledge/articles/${articleId}/images`, {}, [['images', 'skaerm.png', 'image/png', png]]);
  expect(res.status).toBe(302);
  const [row] = await testDatabase().sequelize.query<{ id: number }>('SELECT id FROM article_images WHERE article_id = :articleId ORDER BY id DESC LIMIT 1', {
    type: QueryTypes.SELECT,
    replacements: { articleId },
  });
  return row.id;
}

beforeAll(async () => {
  session = await openSessions();
  const word = `matrixviden${rnd()}`;
  const markers = { compA: `firma${rnd()}`, internal: `intern${rnd()}`, draft: `kladde${rnd()}` };
  const pub = await article(word, `offentlig${rnd()}`, 'public', true);
  const compA = await article(word, markers.compA, 'company', true, 'faktureret');
  const internal = await article(word, markers.internal, 'internal', true);
  const draft = await article(word, markers.draft, 'public', false);
  const canned = (
    await ok<{ id: number }>('POST', '/canned-responses', 'agent', { name: `Matrix ${word}`, text: { da: 'Hej {{contact.firstName}}' }, shared: false })
  ).id;
  const ann = (
    await ok<{ id: number }>('POST', '/announcements', 'manager', { title: { da: `Meddelelse ${word}` }, body: { da: 'Tekst.' }, companies: ['faktureret'] })
  ).id;
  const plainCase = (
    await ok<{ number: number }>('POST', '/cases', 'contactA', {
      type: 'product_idea',
      title: `Matrix ${word} idé`,
      description: 'Idé',
      fields: { value: 'Tid' },
    })
  ).number;
  fx = { word, pub, compA, internal, draft, imgCompA: await image(compA), imgInternal: await image(internal), canned, ann, plainCase, markers };
});

afterAll(async () => {
  if (results.length) console.log(`\nAuthorization matrix: knowledge (SPEC §1, §8)\n\n${grid(results)}\n`);
  if (fx) await api('POST', `/cases/${fx.plainCase}/actions/withdraw`, { token: session.tokens.contactA, body: { reason: 'Testen er færdig.' } });
  await closeTestDatabase();
});

type Url = (f: Fx) => string;
interface Row {
  label: string;
  kind: 'page' | 'api';
  url: Url;
  body?: (f: Fx) => Record<string, unknown>;
  expect: string;
}
const page = (label: string, url: Url, expectation: string, body?: Row['body']): Row => ({ label, kind: 'page', url, expect: expectation, body });
const apiRow = (label: string, url: Url, expectation: string, body?: Row['body']): Row => ({ label, kind: 'api', url, expect: expectation, body });
const PROBE = () => ({ matrixProbe: 'x' });

//                                   anon cA cA2 apA cB apB agent mgr
const CONTACTS = /*             */ 'L    o  o   F   o  F   F     F';
const STAFF = /*                */ 'L    F  F   F   F  F   o     o';

const ROWS: Row[] = [
  page('GET /portal/help', () => '/portal/help', CONTACTS),
  page('GET /portal/help?q={word}', (f) => `/portal/help?q=${f.word}`, CONTACTS),
  page('GET /portal/help?category=general', () => '/portal/help?category=general', CONTACTS),
  page('GET /portal/help/suggest?q={word}', (f) => `/portal/help/suggest?q=${f.word}`, CONTACTS),
  page('GET /portal/help/articles/{pub}', (f) => `/portal/help/articles/${f.pub}`, CONTACTS),
  page('GET /portal/help/articles/{compA}', (f) => `/portal/help/articles/${f.compA}`, 'L o o F N F F F'),
  page('GET /portal/help/articles/{internal}', (f) => `/portal/help/articles/${f.internal}`, 'L N N F N F F F'),
  page('GET /portal/help/articles/{draft}', (f) => `/portal/help/articles/${f.draft}`, 'L N N F N F F F'),
  page(
    'POST /portal/help/articles/{internal}/feedback',
    (f) => `/portal/help/articles/${f.internal}/feedback`,
    'L N N F N F F F',
    () => ({ helpful: 'yes' }),
  ),
  page(
    'POST /portal/help/articles/{compA}/feedback',
    (f) => `/portal/help/articles/${f.compA}/feedback`,
    'L o o F N F F F',
    () => ({ helpful: 'yes' }),
  ),
  page(
    'POST /portal/help/deflections {draft}',
    () => '/portal/help/deflections',
    'L N N F N F F F',
    (f) => ({ article: String(f.draft), query: 'x' }),
  ),
  page(
    'POST /portal/help/deflections {compA}',
    () => '/portal/help/deflections',
    'L o o F N F F F',
    (f) => ({ article: String(f.compA), query: 'x' }),
  ),
  page('GET /portal/announcements', () => '/portal/announcements', 'L o o o o o F F'),
  page('GET /portal/announcements/{ann}', (f) => `/portal/announcements/${f.ann}`, 'L o o o N N F F'),
  page('GET /portal/announcements/{ann}/print', (f) => `/portal/announcements/${f.ann}/print`, 'L o o o N N F F'),
  page(
    'POST /portal/announcements/{missing}/read',
    () => '/portal/announcements/2147483000/read',
    'L N N N N N F F',
    () => ({}),
  ),
  page('GET /knowledge/articles/{compA}/images/{img}', (f) => `/knowledge/articles/${f.compA}/images/${f.imgCompA}`, 'L o o F N F o o'),
  page('GET /knowledge/articles/{internal}/images/{img}', (f) => `/knowledge/articles/${f.internal}/images/${f.imgInternal}`, 'L N N F N F o o'),
  page('GET /knowledge/articles/{pub}/images/{internal img}', (f) => `/knowledge/articles/${f.pub}/images/${f.imgInternal}`, 'L N N F N F N N'),
  page('GET /desk/knowledge', () => '/desk/knowledge', STAFF),
  page('GET /desk/knowledge?q={word}', (f) => `/desk/knowledge?q=${f.word}`, STAFF),
  page('GET /desk/knowledge/new', () => '/desk/knowledge/new', STAFF),
  page(
    'POST /desk/knowledge/new (empty)',
    () => '/desk/knowledge/new',
    STAFF,
    () => ({}),
  ),
  page('GET /desk/knowledge/articles/{internal}', (f) => `/desk/knowledge/articles/${f.internal}`, STAFF),
  page('GET /desk/knowledge/articles/{draft}/edit', (f) => `/desk/knowledge/articles/${f.draft}/edit`, STAFF),
  page('GET /desk/knowledge/articles/{missing}', () => '/desk/knowledge/articles/2147483000', 'L F F F F F N N'),
  page(
    'POST /desk/knowledge/settings/four-eyes',
    () => '/desk/knowledge/settings/four-eyes',
    'L F F F F F F o',
    () => ({}),
  ),
  page('GET /desk/canned-responses', () => '/desk/canned-responses', STAFF),
  page(
    'POST /desk/canned-responses (empty)',
    () => '/desk/canned-responses',
    STAFF,
    () => ({}),
  ),
  page('GET /desk/announcements', () => '/desk/announcements', STAFF),
  page('GET /desk/announcements/{ann}', (f) => `/desk/announcements/${f.ann}`, STAFF),
  page(
    'POST /desk/announcements (empty)',
    () => '/desk/announcements',
    'L F F F F F F o',
    () => ({}),
  ),
  page(
    'POST /desk/cases/{plainCase}/article (not resolved)',
    (f) => `/desk/cases/${f.plainCase}/article`,
    STAFF,
    () => ({}),
  ),
  apiRow('GET /api/v1/articles', () => '/articles', STAFF),
  apiRow('POST /api/v1/articles (probe)', () => '/articles', STAFF, PROBE),
  apiRow('GET /api/v1/articles/{pub}', (f) => `/articles/${f.pub}`, 'L o o N o N o o'),
  apiRow('GET /api/v1/articles/{compA}', (f) => `/articles/${f.compA}`, 'L o o N N N o o'),
  apiRow('GET /api/v1/articles/{internal}', (f) => `/articles/${f.internal}`, 'L N N N N N o o'),
  apiRow('GET /api/v1/articles/{draft}', (f) => `/articles/${f.draft}`, 'L N N N N N o o'),
  apiRow(
    'POST /api/v1/articles/{missing}/publish',
    () => '/articles/2147483000/publish',
    'L F F F F F N N',
    () => ({}),
  ),
  apiRow('GET /api/v1/help/suggest?q={word}', (f) => `/help/suggest?q=${f.word}`, 'L o o F o F o o'),
  apiRow('POST /api/v1/help/feedback (probe)', () => '/help/feedback', 'L o o F o F F F', PROBE),
  apiRow('POST /api/v1/help/deflections (probe)', () => '/help/deflections', 'L o o F o F F F', PROBE),
  apiRow('GET /api/v1/help/stats', () => '/help/stats', 'L F F F F F F o'),
  apiRow('GET /api/v1/canned-responses', () => '/canned-responses', STAFF),
  apiRow('POST /api/v1/canned-responses (probe)', () => '/canned-responses', STAFF, PROBE),
  apiRow("GET /api/v1/canned-responses/{agent's own}", (f) => `/canned-responses/${f.canned}`, 'L F F F F F o N'),
  apiRow('GET …/canned-responses/{own}/render?case={plainCase}', (f) => `/canned-responses/${f.canned}/render?case=${f.plainCase}`, 'L F F F F F o N'),
  apiRow('GET /api/v1/announcements', () => '/announcements', 'L o o o o o o o'),
  apiRow('POST /api/v1/announcements (probe)', () => '/announcements', 'L F F F F F F o', PROBE),
  apiRow('GET /api/v1/announcements/{ann}', (f) => `/announcements/${f.ann}`, STAFF),
  apiRow(
    'POST /api/v1/announcements/{missing}/read',
    () => '/announcements/2147483000/read',
    'L N N N N N F F',
    () => ({}),
  ),
];

async function cell(row: Row, actor: ActorName): Promise<string> {
  const url = row.url(fx);
  const [method] = row.label.split(' ');
  if (row.kind === 'api') {
    const res = await api(method!, url, { token: session.tokens[actor], body: row.body?.(fx) });
    if (row.body === PROBE && res.status < 300) return `${res.status} (probe taken)`;
    return apiOutcome(res.status);
  }
  const client = session.pages[actor];
  const body = Object.fromEntries(Object.entries(row.body?.(fx) ?? {}).map(([k, v]) => [k, String(v)]));
  const res = method === 'POST' ? await client.post(url, body) : await client.get(url);
  const outcome = pageOutcome(res);
  if (method === 'POST' && outcome === 'o' && (await refusedByFlash(client, res))) return 'R';
  return outcome;
}

describe('authorization matrix: knowledge and self-help', () => {
  for (const row of ROWS) {
    it(row.label, async () => {
      const expected = parseExpectation(row.expect);
      const result: RowResult = { label: row.label, expected, actual: {} };
      results.push(result);
      for (const actor of ACTORS) result.actual[actor] = await cell(row, actor);
      expect(result.actual, `${row.label}: outcome per actor (o reached, L sign in, F 403, N 404, R refused on the page)`).toEqual(expected);
    });
  }
});

describe('no contact reaches an article they may not read', () => {
  it('through any page, search, suggestion or API answer', async () => {
    const never = (actor: ActorName): string[] => {
      const out = [fx.markers.internal, fx.markers.draft];
      if (actor === 'contactB' || actor === 'approverB') out.push(fx.markers.compA);
      return out;
    };
    for (const actor of ['contactA', 'contactA2', 'approverA', 'contactB', 'approverB', 'anonymous'] as const) {
      // Pages and answers that do not echo a typed query: no marker of an unreadable article may appear in them.
      const texts = [
        ...(await Promise.all(
          [
            '/portal/help',
            `/portal/help?q=${fx.word}`,
            '/portal/help?category=general',
            `/portal/help/suggest?q=${fx.word}`,
            '/portal/announcements',
            '/portal',
            '/portal/new/support',
          ].map(async (p) => (await session.pages[actor].get(p)).html),
        )),
        ...(await Promise.all(
          [`/help/suggest?q=${fx.word}`, '/announcements', `/articles/${fx.internal}`, `/articles/${fx.draft}`, `/articles/${fx.compA}`].map(async (p) =>
            JSON.stringify((await api('GET', p, { token: session.tokens[actor] })).body),
          ),
        )),
      ];
      // Searching for a marker itself (the page repeats what was typed) finds no unreadable article.
      for (const marker of never(actor)) {
        const page = (await session.pages[actor].get(`/portal/help?q=${marker}`)).html;
        for (const id of [fx.internal, fx.draft, fx.compA])
          if (marker !== fx.markers.compA || id === fx.compA) expect(page).not.toContain(`data-article="${id}"`);
        const suggested = (await session.pages[actor].get(`/portal/help/suggest?q=${marker}`)).html;
        if (suggested.startsWith('{')) expect(JSON.parse(suggested).articles).toEqual([]);
        const viaApi = await api('GET', `/help/suggest?q=${marker}`, { token: session.tokens[actor] });
        if (viaApi.status === 200) expect((viaApi.body as { articles: unknown[] }).articles).toEqual([]);
      }
      for (const marker of never(actor)) for (const text of texts) expect(text.includes(marker), `${actor} was shown ${marker}`).toBe(false);
    }
    // Company A's contact does find A's company article and the public one.
    const found = (await api('GET', `/help/suggest?q=${fx.word}`, { token: session.tokens.contactA })).body as { articles: { id: number }[] };
    expect(found.articles.map((a) => a.id)).toEqual(expect.arrayContaining([fx.pub, fx.compA]));
    expect(found.articles.map((a) => a.id)).not.toContain(fx.internal);
  });

  it('through any mail queued for a support contact or price approver', async () => {
    const rows = await testDatabase().sequelize.query<{ params: unknown }>(
      `SELECT n.params FROM notifications n JOIN people p ON p.id = n.person_id WHERE p.role IN ('contact', 'approver')`,
      { type: QueryTypes.SELECT },
    );
    const all = JSON.stringify(rows);
    for (const marker of [fx.markers.internal, fx.markers.draft, fx.markers.compA]) expect(all.includes(marker), marker).toBe(false);
  });
});
