// The help part (issue 19): suggestions while a contact types (GET /api/v1/help/suggest) with 10 000
// articles and 100 000 cases, each request's server time (Server-Timing) side by side with the bare SQL
// query — the same statement (services/knowledge/search-sql.ts) with the same values written in as the
// product's Sequelize writes them, on one pg connection — and the CPU time the bare query costs its
// PostgreSQL backend (from /proc: a figure that does not grow while the query waits for a shared core).
// Target: suggest p95 ≤ 50 ms.
import pg from 'pg';
import { connectDatabase } from '../../../db/connection.js';
import { HEADLINE, QUESTION_WORDS, SUGGEST_SQL } from '../../../services/knowledge/search-sql.js';
import { normalisedQuery } from '../../../services/knowledge/search.js';
import { bulkLoad } from '../seed/bulk-cases.js';
import { bulkLoadArticles } from '../seed/bulk-articles.js';
import { percentiles, ratio, type Percentiles } from '../measure/stats.js';
import { readStat } from '../measure/proc-cpu.js';

export interface HelpResult {
  cases: number;
  articles: number;
  seedSeconds: number;
  samples: number;
  queries: number;
  product: Percentiles;
  bare: Percentiles;
  ratios: { p50: number; p95: number };
  /** CPU time (user + system) of the bare connection's PostgreSQL backend per bare query, ms; null when the server is not on this machine. */
  bareCpuMsPerQuery: number | null;
  perQuery: { q: string; productP95: number; bareP95: number }[];
}

/** What contacts type: whole questions, single words, Danish, English, and typos. */
export const BENCH_QUERIES = [
  'Hvordan kører jeg lønnen for denne måned?',
  'kreditnota',
  'How do I run payroll?',
  'skattekortet mangler for den nye medarbejder',
  'lønsedlerne kommer ikke frem i e-boks',
  'e-fakturaen er afvist',
  'create user for a new colleague',
  'kontoudtog fra banken hentes ikke',
  'efterreguleing',
  'webshop orders do not come in',
  'annullere en bekræftet ordre',
  'feriepenge ved fratræden',
];

const WARMUP = 5;
const CONTACT = 'kontakt1@faktureret.test';

/** The statement as the product sends it: Sequelize writes each `:name` replacement into the text as a literal (an array as a list). */
export function inline(sql: string, values: Record<string, unknown>): string {
  const literal = (v: unknown): string =>
    typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`;
  return sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (m, name: string) => {
    if (!Object.hasOwn(values, name)) return m; // not a replacement: `[:alpha:]` in a pattern, say
    const v = values[name];
    return Array.isArray(v) ? v.map(literal).join(', ') : literal(v);
  });
}

async function seed(databaseUrl: string, cases: number, articles: number): Promise<number> {
  const db = connectDatabase(databaseUrl, { poolMax: 2 });
  const started = Date.now();
  try {
    const [[{ n, a }]] = (await db.sequelize.query('SELECT (SELECT count(*)::int FROM cases) AS n, (SELECT count(*)::int FROM articles) AS a')) as [
      { n: number; a: number }[],
      unknown,
    ];
    if (n < cases) await bulkLoad(db.sequelize, cases - n);
    if (a < articles) {
      const [companies] = (await db.sequelize.query('SELECT id FROM companies ORDER BY id')) as [{ id: string }[], unknown];
      await bulkLoadArticles(
        db.sequelize,
        articles - a,
        companies.map((c) => c.id),
      );
    }
    await db.sequelize.query('VACUUM ANALYZE');
    return (Date.now() - started) / 1000;
  } finally {
    await db.close();
  }
}

export async function runHelpPart(
  opts: { baseUrl: string; databaseUrl: string; cases: number; articles: number; samples: number },
  say: (line: string) => void,
): Promise<HelpResult> {
  say(`filling to ${opts.cases} cases and ${opts.articles} articles…`);
  const seedSeconds = await seed(opts.databaseUrl, opts.cases, opts.articles);
  say(`filled in ${seedSeconds.toFixed(1)} s`);
  const token = (
    (await (
      await fetch(`${opts.baseUrl}/api/v1/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: CONTACT, password: 'demo1234' }),
      })
    ).json()) as { token: string }
  ).token;
  const db = new pg.Client({ connectionString: opts.databaseUrl });
  await db.connect();
  try {
    const [{ company, locale }] = (
      await db.query<{ company: string; locale: string }>('SELECT company_id AS company, locale FROM people WHERE email = $1', [CONTACT])
    ).rows;
    const [{ pid }] = (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const backendCpu = () => readStat(`/proc/${pid}/stat`)?.ownMs ?? NaN;
    const cpuBefore = backendCpu();
    const product: number[] = [];
    const bare: number[] = [];
    const perQuery: HelpResult['perQuery'] = [];
    for (const q of BENCH_QUERIES) {
      const bareQuery = inline(SUGGEST_SQL, {
        q: normalisedQuery(q),
        lang: locale,
        company,
        staff: false,
        limit: 3,
        stop: QUESTION_WORDS,
        headline: HEADLINE,
      });
      const p: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < WARMUP + opts.samples; i++) {
        const res = await fetch(`${opts.baseUrl}/api/v1/help/suggest?${new URLSearchParams({ q })}`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`suggest "${q}" answered ${res.status}`);
        await res.arrayBuffer();
        const server = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
        const t0 = performance.now();
        await db.query(bareQuery);
        const bareMs = performance.now() - t0;
        if (i >= WARMUP) {
          p.push(server);
          b.push(bareMs);
        }
      }
      product.push(...p);
      bare.push(...b);
      perQuery.push({ q, productP95: percentiles(p).p95, bareP95: percentiles(b).p95 });
    }
    const bareCpu = (backendCpu() - cpuBefore) / (BENCH_QUERIES.length * (WARMUP + opts.samples));
    const result: HelpResult = {
      cases: opts.cases,
      articles: opts.articles,
      seedSeconds,
      samples: opts.samples,
      queries: BENCH_QUERIES.length,
      product: percentiles(product),
      bare: percentiles(bare),
      ratios: { p50: 0, p95: 0 },
      bareCpuMsPerQuery: Number.isFinite(bareCpu) ? bareCpu : null,
      perQuery,
    };
    result.ratios = { p50: ratio(result.product.p50, result.bare.p50), p95: ratio(result.product.p95, result.bare.p95) };
    return result;
  } finally {
    await db.end();
  }
}

const f = (n: number, d: number) => (Number.isFinite(n) ? n.toFixed(d) : '—');

export function helpSection(h: HelpResult): string[] {
  return [
    `## Help-centre suggestions at ${h.articles} articles and ${h.cases} cases`,
    '',
    `GET /api/v1/help/suggest as a support contact: server time (Server-Timing) vs the same SQL statement with the same values on one pg connection; ` +
      `${h.queries} queries × ${h.samples} samples after 5 unmeasured each, interleaved. ms. Target: p95 ≤ 50 ms.`,
    '',
    '| | p50 | p95 | p99 |',
    '|---|--:|--:|--:|',
    `| suggest (product) | ${f(h.product.p50, 1)} | ${f(h.product.p95, 1)} | ${f(h.product.p99, 1)} |`,
    `| bare SQL | ${f(h.bare.p50, 1)} | ${f(h.bare.p95, 1)} | ${f(h.bare.p99, 1)} |`,
    `| ratio | ${f(h.ratios.p50, 2)} | ${f(h.ratios.p95, 2)} | |`,
    '',
    `Bare SQL CPU time of its PostgreSQL backend: ${f(h.bareCpuMsPerQuery ?? NaN, 1)} ms per query (about its time on an idle core, the data being in memory).`,
    '',
    '| query | product p95 | bare p95 |',
    '|---|--:|--:|',
    ...h.perQuery.map((x) => `| ${x.q} | ${f(x.productP95, 1)} | ${f(x.bareP95, 1)} |`),
    '',
    `Suggest p95 ${f(h.product.p95, 1)} ms: ${h.product.p95 <= 50 ? 'within' : '**OVER**'} the 50 ms target. Seeding took ${h.seedSeconds.toFixed(1)} s.`,
  ];
}
