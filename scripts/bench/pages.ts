// Page render times with 10 000 cases in the database (issue: every main page < 100 ms server time).
//   npm run -s bench:pages [-- --cases 10000 --runs 40]
// Starts its own embedded PostgreSQL, Temporal dev server and the product (scripts/start.ts), files
// a few dozen real cases through the service layer (so their case pages ask live workflows), bulk-
// loads the rest of the read model (timeline events and billing lines included), then requests each
// page repeatedly and reports the server's own time (Server-Timing) as median / p95 / max.
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { connectClient } from '../../platform/temporal/connection.js';
import { readEnv } from '../../config/env.js';
import { createServices } from '../../services/index.js';
import { fileCase } from '../../services/cases/intake.js';
import { actOnCase } from '../../services/cases/actions.js';
import { PageClient } from '../../test/support/page-client.js';
import { bulkLoad } from './seed/bulk-cases.js';
import { startBenchProduct } from './bench-product.js';

const { values: args } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, runs: { type: 'string', default: '40' } } });
const TOTAL = Number(args.cases);
const RUNS = Number(args.runs);
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const { pg, dev, product, db } = await startBenchProduct('product', say, stops);
    const env = readEnv({ ...process.env, NODE_ENV: 'test', DATABASE_URL: pg.url, TEMPORAL_ADDRESS: dev.address });
    const temporal = connectClient(
      { address: dev.address, namespace: 'default' },
      payloadProtection({ ...env, PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS }, db).dataConverter,
    );
    stops.push(() => temporal.connection.close());
    const s = createServices({ db, temporal, env, log: pino({ level: 'silent' }) });

    const live = await fileLiveCases(s, 40);
    say(`${live.open.length + live.closed.length} live cases filed through the service layer`);
    const t0 = Date.now();
    await bulkLoad(db.sequelize, TOTAL - (live.open.length + live.closed.length));
    const total = await db.models.CaseRecord.count();
    say(`bulk-loaded the read model to ${total} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await db.sequelize.query('ANALYZE');

    const agent = await new PageClient(product.baseUrl).login('agent@desk.test');
    const manager = await new PageClient(product.baseUrl).login('manager@desk.test');
    const contact = await new PageClient(product.baseUrl).login('kontakt1@faktureret.test');
    const approver = await new PageClient(product.baseUrl).login('godkender@faktureret.test');
    const month = new Date().toISOString().slice(0, 7);
    const pages: [string, PageClient, string][] = [
      ['desk queue', agent, '/desk'],
      ['desk queue, filtered', agent, '/desk?type=support&company=faktureret&open=true'],
      ['desk queue, breached', agent, '/desk?breached=true'],
      ['desk queue, page 40', agent, '/desk?status=closed&page=40'],
      ['desk case page', agent, `/desk/cases/${live.open[0]}`],
      ['desk case page (closed)', agent, `/desk/cases/${live.closed[0]}`],
      ['phone intake form', agent, '/desk/intake/support'],
      ['portal ongoing', contact, '/portal'],
      ['portal closed', contact, '/portal/closed'],
      ['portal closed, page 20', contact, '/portal/closed?page=20'],
      ['portal case page', contact, `/portal/cases/${live.open[1]}`],
      ['portal new request form', contact, '/portal/new/incident'],
      ['approver approvals', approver, '/portal/approvals'],
      ['SLA overview', manager, '/admin/sla'],
      ['billing, month', manager, `/admin/billing?month=${month}`],
      ['companies', manager, '/admin/companies'],
    ];
    const rows: string[] = [];
    let worst = 0;
    for (const [name, client, url] of pages) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        const res = await client.get(url);
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        const dur = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
        if (i >= 5) times.push(dur);
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
      worst = Math.max(worst, p(0.95));
      rows.push(
        `| ${name.padEnd(26)} | ${url.padEnd(52)} | ${p(0.5).toFixed(1).padStart(6)} | ${p(0.95).toFixed(1).padStart(6)} | ${times[times.length - 1].toFixed(1).padStart(6)} |`,
      );
    }
    process.stdout.write(
      [
        '',
        `Server time per page (ms), ${TOTAL} cases, ${RUNS} requests each after 5 warm-ups, ${os.cpus().length} cores:`,
        `| page                       | url                                                  | median |    p95 |    max |`,
        `|----------------------------|------------------------------------------------------|-------:|-------:|-------:|`,
        ...rows,
        '',
        `worst p95: ${worst.toFixed(1)} ms (${worst < 100 ? 'under' : 'OVER'} the 100 ms budget)`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

/** Real cases with workflows: some open in different states, some closed with billing lines. */
async function fileLiveCases(s: ReturnType<typeof createServices>, n: number): Promise<{ open: number[]; closed: number[] }> {
  const agent = (await s.db.models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
  const contact = (await s.db.models.Person.findOne({ where: { email: 'kontakt1@faktureret.test' } }))!;
  const open: number[] = [];
  const closed: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = await fileCase(s, contact, { type: 'support', values: { title: `Live case ${i}`, description: 'Measured case.' }, mode: 'api' });
    await waitForVersion(s, c.number);
    await actOnCase(s, agent, c.number, 'acknowledge', { plan: 'We look at it.' });
    if (i % 2 === 0) {
      await actOnCase(s, agent, c.number, 'qualify', {});
      await actOnCase(s, agent, c.number, 'log-time', { minutes: 20, note: 'Looked at it' });
      await actOnCase(s, agent, c.number, 'resolve', { summary: 'Answered.' });
      await actOnCase(s, agent, c.number, 'close', {});
      closed.push(c.number);
    } else open.push(c.number);
  }
  return { open, closed };
}

async function waitForVersion(s: ReturnType<typeof createServices>, number: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const row = await s.db.models.CaseRecord.findByPk(number, { attributes: ['version'] });
    if ((row?.version ?? 0) >= 1) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

main().catch((err: Error) => {
  say(`failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
