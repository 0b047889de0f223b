// Server time of the managers' dashboards and the competence pages at 100 000 cases (issue 13 item 4:
// p95 < 150 ms).   npm run -s bench:dashboards [-- --cases 100000 --runs 40]
// Starts its own embedded PostgreSQL, Temporal dev server and the product (scripts/start.ts), fills the
// read model with bulk-cases.ts (plus bulk-variety.ts: offers awaiting acceptance, order types,
// competence marks), then requests each page repeatedly and reports the server's own time
// (Server-Timing) as median / p95 / max after 5 warm-ups.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { QueryTypes } from 'sequelize';
import { PageClient } from '../../test/support/page-client.js';
import { bulkLoad } from './seed/bulk-cases.js';
import { bulkVariety } from './seed/bulk-variety.js';
import { percentiles } from './measure/stats.js';
import { startBenchProduct } from './bench-product.js';

const { values: args } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, runs: { type: 'string', default: '40' } } });
const TOTAL = Number(args.cases);
const RUNS = Number(args.runs);
const WARMUP = 5;
const TARGET_MS = 150;
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

type Get = (url: string) => Promise<Response>;

async function main(): Promise<void> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const { product, db } = await startBenchProduct('dashboards', say, stops);
    const t0 = Date.now();
    await bulkLoad(db.sequelize, TOTAL);
    await bulkVariety(db.sequelize);
    // What autovacuum does after a bulk insert (PostgreSQL ≥ 13): statistics, and the visibility map index-only scans read.
    await db.sequelize.query('VACUUM ANALYZE');
    const [{ cases, events }] = await db.sequelize.query<{ cases: number; events: number }>(
      'SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_events) AS events',
      { type: QueryTypes.SELECT },
    );
    say(`read model filled to ${cases} cases and ${events} timeline events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const [{ id: contactId }] = await db.sequelize.query<{ id: number }>(
      `SELECT min(id) AS id FROM people WHERE company_id = 'faktureret' AND role = 'contact'`,
      {
        type: QueryTypes.SELECT,
      },
    );

    const manager = await new PageClient(product.baseUrl).login('manager@desk.test');
    const agent = await new PageClient(product.baseUrl).login('agent@desk.test');
    const token = (
      (await (
        await fetch(`${product.baseUrl}/api/v1/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'agent@desk.test', password: 'demo1234' }),
        })
      ).json()) as { token: string }
    ).token;
    const page =
      (client: PageClient): Get =>
      async (url) => {
        const res = await client.get(url);
        return new Response(res.html, { status: res.status, headers: res.headers });
      };
    const bearer: Get = (url) => fetch(product.baseUrl + url, { headers: { authorization: `Bearer ${token}` } });
    const pages: [string, Get, string][] = [
      ['SLA overview with its charts', page(manager), '/admin/sla'],
      ['SLA charts, one company', page(manager), '/admin/sla?company=faktureret'],
      ['billable hours and amounts', page(manager), '/admin/dashboards/money'],
      ['billable, one company', page(manager), '/admin/dashboards/money?company=faktureret'],
      ['offers and orders', page(manager), '/admin/dashboards/orders'],
      ['offers and orders, one company', page(manager), '/admin/dashboards/orders?company=faktureret'],
      ['CSV: SLA % per week', page(manager), '/admin/dashboards/sla-share.csv'],
      ['competence, all companies', page(agent), '/desk/competence'],
      ['competence, one company', page(agent), '/desk/companies/faktureret/competence'],
      ['competence, one contact', page(agent), `/desk/companies/faktureret/contacts/${contactId}/competence`],
      ['API: company competence', bearer, '/api/v1/companies/faktureret/competence'],
    ];
    const rows: string[] = [];
    let worst = 0;
    for (const [name, get, url] of pages) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const res = await get(url);
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        const dur = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
        if (!Number.isFinite(dur)) throw new Error(`${url}: no Server-Timing header`);
        if (i >= WARMUP) times.push(dur);
      }
      const p = percentiles(times);
      worst = Math.max(worst, p.p95);
      rows.push(
        `| ${name.padEnd(31)} | ${url.padEnd(58)} | ${p.p50.toFixed(1).padStart(6)} | ${p.p95.toFixed(1).padStart(6)} | ${Math.max(...times)
          .toFixed(1)
          .padStart(6)} |`,
      );
      say(`${name}: p95 ${p.p95.toFixed(1)} ms`);
    }
    process.stdout.write(
      [
        '',
        `Server time per dashboard page (ms), ${cases} cases, ${events} timeline events, ${RUNS} requests each after ${WARMUP} warm-ups, ${os.cpus().length} cores:`,
        `| page                            | url                                                        | median |    p95 |    max |`,
        `|---------------------------------|------------------------------------------------------------|-------:|-------:|-------:|`,
        ...rows,
        '',
        `worst p95: ${worst.toFixed(1)} ms (${worst < TARGET_MS ? 'under' : 'OVER'} the ${TARGET_MS} ms target)`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

main().catch((err: Error) => {
  say(`failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
