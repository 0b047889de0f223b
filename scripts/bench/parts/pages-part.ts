// The page part: with the read model filled to `cases` cases (scripts/bench/seed/bulk-cases.ts), each page's
// server time (Server-Timing) side by side with "the same SQL + a bare template": the page's own
// statements, captured from one marked request (STATEMENT_LOG), replayed in order on one pg
// connection, and their rows rendered by a minimal EJS template.
import fs from 'node:fs';
import ejs from 'ejs';
import pg from 'pg';
import { connectDatabase } from '../../../db/connection.js';
import { PageClient } from '../../../test/support/page-client.js';
import { bulkLoad } from '../seed/bulk-cases.js';
import { apiCall, apiToken } from './lifecycles.js';
import type { BenchOptions } from '../options.js';
import type { Progress } from '../measure/progress.js';
import type { BenchServers } from '../servers.js';
import type { BenchProduct } from '../products/index.js';
import { nextAgentCode } from '../agent-factor.js';
import { percentiles, ratio, type Percentiles } from '../measure/stats.js';

export interface PageResult {
  name: string;
  url: string;
  statements: number;
  /** the captured statements (first 300 characters of each), for reading what a page asks */
  sql: string[];
  product: Percentiles;
  bare: Percentiles;
  ratios: { p50: number; p95: number };
}

export interface PagesResult {
  cases: number;
  seedSeconds: number;
  samples: number;
  pages: PageResult[];
}

interface Captured {
  label: string;
  status: number;
  statements: { text: string; values: unknown[] }[];
}

const WARMUP = 5;
const CONTACT = 'kontakt1@faktureret.test';

const BARE_TEMPLATE = ejs.compile(
  `<!doctype html><html><body><h1><%= title %></h1>
<% for (const rows of results) { %><table><% for (const row of rows) { %><tr><% for (const value of Object.values(row)) { %><td><%= value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value %></td><% } %></tr><% } %></table>
<% } %></body></html>`,
);

/** Fills the read model up to `total` cases; returns the seconds it took (0 when already there). */
async function seed(databaseUrl: string, total: number): Promise<number> {
  const db = connectDatabase(databaseUrl, { poolMax: 2 });
  try {
    const started = Date.now();
    const [[{ n }]] = (await db.sequelize.query('SELECT count(*)::int AS n FROM cases')) as [{ n: number }[], unknown];
    if (n >= total) return 0;
    await bulkLoad(db.sequelize, total - n);
    await db.sequelize.query('ANALYZE');
    return (Date.now() - started) / 1000;
  } finally {
    await db.close();
  }
}

/** The statements of one request to `url`, as the product logged them. */
async function capture(client: PageClient, url: string, logFile: string, label: string): Promise<Captured> {
  const res = await client.get(url, { 'x-statement-log': label });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  for (let i = 0; i < 50; i++) {
    const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n') : [];
    const line = lines.find((l) => l.includes(`"label":${JSON.stringify(label)}`));
    if (line) return JSON.parse(line) as Captured;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no statement log for ${url} (is STATEMENT_LOG set for the product?)`);
}

async function bareRender(db: pg.Client, title: string, captured: Captured): Promise<number> {
  const t0 = performance.now();
  const results: unknown[][] = [];
  for (const s of captured.statements) results.push((await (s.values.length ? db.query(s.text, s.values) : db.query(s.text))).rows);
  const html = BARE_TEMPLATE({ title, results });
  if (!html.length) throw new Error('empty bare page');
  return performance.now() - t0;
}

async function productTime(client: PageClient, url: string): Promise<number> {
  const res = await client.get(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const dur = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
  if (!Number.isFinite(dur)) throw new Error(`${url}: no Server-Timing header`);
  return dur;
}

/** Signs in on the login page; a person with a second factor (the agent) answers with a code. */
async function signIn(baseUrl: string, email: string): Promise<PageClient> {
  const client = new PageClient(baseUrl);
  await client.get('/login');
  let res = await client.post('/login', { email, password: 'demo1234' });
  if (res.location === '/login/second-factor') {
    await client.get(res.location);
    res = await client.post('/login/second-factor', { code: await nextAgentCode() });
  }
  if (res.status !== 302 && res.status !== 303) throw new Error(`login as ${email} failed with ${res.status}`);
  await client.get(res.location!);
  return client;
}

export async function runPagesPart(servers: BenchServers, product: BenchProduct, options: BenchOptions, progress: Progress): Promise<PagesResult> {
  const statementLog = product.statementLog;
  if (!statementLog) throw new Error('the page part needs a product that logs statements (the tuned mode)');
  progress.say(`filling the read model to ${options.cases} cases…`);
  const seedSeconds = await seed(servers.databaseUrl, options.cases);
  progress.say(`read model filled in ${seedSeconds.toFixed(1)} s`);

  // A live, open case of the contact's company: its case pages ask its workflow.
  const baseUrl = product.baseUrl;
  const [agentToken, contactToken] = await Promise.all([apiToken(baseUrl, 'agent@desk.test'), apiToken(baseUrl, CONTACT)]);
  const body = { type: 'support', title: 'Open case for the page benchmark', description: 'Measured case.', fields: { workflow: 'Fakturering' } };
  const { number } = await apiCall(baseUrl, 'POST', '/cases', contactToken, body, 201);
  await apiCall(baseUrl, 'POST', `/cases/${number}/actions/acknowledge`, agentToken, { plan: 'Vi kigger på det.' }, 200);

  const agent = await signIn(baseUrl, 'agent@desk.test');
  const contact = await signIn(baseUrl, CONTACT);
  const pages: [string, PageClient, string][] = [
    ['desk queue', agent, '/desk'],
    ['desk queue, filtered', agent, '/desk?type=support&company=faktureret&open=true'],
    ['portal ongoing', contact, '/portal'],
    ['desk case page', agent, `/desk/cases/${number}`],
    ['portal case page', contact, `/portal/cases/${number}`],
  ];

  const db = new pg.Client({ connectionString: servers.databaseUrl });
  await db.connect();
  try {
    const results: PageResult[] = [];
    for (const [index, [name, client, url]] of pages.entries()) {
      const captured = await capture(client, url, statementLog, `page-${index}`);
      progress.start(name, WARMUP + options.samples);
      const product: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < WARMUP + options.samples; i++) {
        const p = await productTime(client, url);
        const b = await bareRender(db, name, captured);
        if (i >= WARMUP) {
          product.push(p);
          bare.push(b);
        }
        progress.tick();
      }
      const r: PageResult = {
        name,
        url,
        statements: captured.statements.length,
        sql: captured.statements.map((st) => st.text.slice(0, 300)),
        product: percentiles(product),
        bare: percentiles(bare),
        ratios: { p50: 0, p95: 0 },
      };
      r.ratios = { p50: ratio(r.product.p50, r.bare.p50), p95: ratio(r.product.p95, r.bare.p95) };
      progress.finish(`p95 ${r.product.p95.toFixed(1)} ms vs bare ${r.bare.p95.toFixed(1)} ms (${r.ratios.p95.toFixed(2)} ×), ${r.statements} statements`);
      results.push(r);
    }
    return { cases: options.cases, seedSeconds, samples: options.samples, pages: results };
  } finally {
    await db.end();
  }
}
