// `npm run -s reliability:load`: 50 clients for 2 minutes (both configurable), each a desk or customer
// doing what they do most — lists, case pages, the queue, filing a request, logging time — through the
// API and the pages. Reported: throughput, latency per kind of request, every error; afterwards every
// case a client was told of is checked like the crash suite checks it, and the product's memory and
// database connections before and after.
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { QueryTypes } from 'sequelize';
import { Client, Connection } from '@temporalio/client';
import { connectDatabase } from '../../db/connection.js';
import { percentiles } from '../bench/measure/stats.js';
import { ApiClient, PageSession } from './http.js';
import { caseTitle, newCaseBody, untilAnswered } from './cases.js';
import { checkCases, type Expected } from './crash/checks.js';
import { PIECES, type SuiteProduct } from './product.js';
import { Tally } from './tally.js';
import { emptyVerdict, table, type SuiteReport } from './report.js';
import { runSuiteCommand, type OptionSpec, type Options, type SuiteContext } from './suite.js';

export const LOAD_OPTIONS: OptionSpec[] = [
  { name: 'clients', full: 50, short: 10, help: 'clients working at once' },
  { name: 'seconds', full: 120, short: 15, help: 'how long they work' },
];

const COMPANIES = ['hypercare', 'udvidet', 'basis', 'faktureret'];

interface Resources {
  rssMb: Record<string, number>;
  connections: number;
}

async function resources(product: SuiteProduct): Promise<Resources> {
  const rssMb: Record<string, number> = {};
  for (const piece of PIECES) {
    try {
      const status = fs.readFileSync(`/proc/${product.pidOf(piece)}/status`, 'utf8');
      rssMb[piece] = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      rssMb[piece] = NaN;
    }
  }
  const db = connectDatabase(product.databaseUrl(), { poolMax: 1, applicationName: 'reliability-probe' });
  try {
    const [{ n }] = await db.sequelize.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'servicedesk' AND backend_type = 'client backend' AND application_name NOT LIKE 'reliability%'",
      { type: QueryTypes.SELECT },
    );
    return { rssMb, connections: n };
  } finally {
    await db.close();
  }
}

interface Known {
  number: number;
  title: string;
  status: string;
  actions: string[];
  minutes: number;
}

export async function runLoad(ctx: SuiteContext, o: Options): Promise<SuiteReport> {
  const { product, say } = ctx;
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const base = product.baseUrl;
  const agent = await ApiClient.signIn(base, 'agent@desk.test');
  const contacts = await Promise.all(COMPANIES.map((c) => ApiClient.signIn(base, `kontakt1@${c}.test`)));
  const agentPage = await PageSession.signIn(base, 'agent@desk.test');
  const contactPages = await Promise.all(COMPANIES.map((c) => PageSession.signIn(base, `kontakt1@${c}.test`)));
  const known: Known[] = [];
  const tally = new Tally();
  const before = await resources(product);
  say(`${o.clients} clients for ${o.seconds} s`);

  const until = Date.now() + Number(o.seconds) * 1000;
  const client = async (i: number) => {
    const c = i % COMPANIES.length;
    let n = 0;
    while (Date.now() < until) {
      n += 1;
      const pick = (i * 7 + n * 13) % 20;
      const target = known.length ? known[(i * 31 + n) % known.length]! : null;
      if (pick < 5) tally.add('GET /api/v1/cases', await (pick % 2 ? agent : contacts[c]!).call('GET', '/cases?pageSize=20'), { expectUp: true });
      else if (pick < 8 && target) tally.add('GET /api/v1/cases/{n}', await agent.call('GET', `/cases/${target.number}`), { expectUp: true });
      else if (pick < 11) tally.add('GET /desk', await agentPage.get('/desk'), { expectUp: true });
      else if (pick < 13) tally.add('GET /portal', await contactPages[c]!.get('/portal'), { expectUp: true });
      else if (pick < 15 && target) tally.add('GET /desk/cases/{n}', await agentPage.get(`/desk/cases/${target.number}`), { expectUp: true });
      else if (pick < 17) {
        const title = caseTitle(`last ${i}.${n}`);
        const r = await untilAnswered(contacts[c]!, 'POST', '/cases', newCaseBody('support', title), tally, 60_000);
        if (r.answer?.status === 201) known.push({ number: (r.answer.json as { number: number }).number, title, status: 'received', actions: [], minutes: 0 });
      } else if (target) {
        const ack = target.status === 'received';
        const body = ack ? { plan: 'Vi ser på det.' } : { minutes: 1 + (n % 30), note: 'Under belastning' };
        const r = await untilAnswered(agent, 'POST', `/cases/${target.number}/actions/${ack ? 'acknowledge' : 'log-time'}`, body, tally, 60_000);
        if (r.answer?.status === 200) {
          target.actions.push(ack ? 'acknowledge' : 'log-time');
          target.status = (r.answer.json as { status: string }).status;
          if (!ack) target.minutes += (body as { minutes: number }).minutes;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Number(o.clients) }, (_, i) => client(i)));
  const seconds = (Date.now() - started) / 1000;
  const workSeconds = Number(o.seconds);
  await new Promise((r) => setTimeout(r, 10_000)); // idle, so pools may shrink back
  const after = await resources(product);

  const db = connectDatabase(product.databaseUrl(), { poolMax: 4, applicationName: 'reliability-check' });
  const connection = await Connection.connect({ address: `127.0.0.1:${product.env.TEMPORAL_PORT}` });
  let checks;
  try {
    const expected: Expected[] = known.map((k) => ({
      number: k.number,
      title: k.title,
      status: k.status,
      version: 1 + k.actions.length,
      minutes: k.minutes,
      actions: k.actions,
      maybe: [],
    }));
    checks = await checkCases(
      db,
      new Client({
        connection,
        namespace: 'default',
        dataConverter: payloadProtection({ PAYLOAD_KEYS: product.env.PAYLOAD_KEYS, DATA_DIR: product.env.DATA_DIR }, db).dataConverter,
      }),
      expected,
      60_000,
    );
  } finally {
    await connection.close();
    await db.close();
  }

  const verdict = emptyVerdict();
  verdict.lost = checks.lost.length;
  verdict.serverErrors = tally.serverErrorCount;
  verdict.hangs = tally.hangCount;
  const findings = [
    ...checks.lost.slice(0, 10).map((x) => `lost: ${x}`),
    ...checks.doubled.slice(0, 10).map((x) => `done twice: ${x}`),
    ...checks.behind.slice(0, 10).map((x) => `read model behind its process a minute after: ${x}`),
    ...checks.timelineGaps.slice(0, 10).map((x) => `timeline gap: ${x}`),
    ...tally.serverErrors.map((x) => `${x.status}: ${x.what} ${x.detail.slice(0, 120)}`),
    ...(tally.hangCount ? [`${tally.hangCount} requests without an answer within the deadline`] : []),
    ...(tally.unexplainedCount ? [`${tally.unexplainedCount} 4xx answers without a reason`] : []),
  ];
  const lat = [...tally.latencies].map(([what, xs]) => {
    const p = percentiles(xs);
    return [what, p.n, (p.n / workSeconds).toFixed(1), p.p50, p.p95, p.p99];
  });
  return {
    suite: 'load',
    title: `load — ${o.clients} clients for ${o.seconds} s`,
    startedAt,
    seconds,
    tried: [
      ['clients at once', Number(o.clients)],
      ['seconds of work', workSeconds],
      ['requests', tally.total],
      ['cases filed and checked afterwards', known.length],
    ],
    verdict,
    findings,
    sections: [
      {
        title: 'Throughput and latency',
        lines: [
          `${tally.total} requests in ${workSeconds} s: ${(tally.total / workSeconds).toFixed(1)} requests/s. Answers by status: ${tally.statusLine()}.`,
          '',
          ...table(['request', 'n', 'per s', 'p50 ms', 'p95 ms', 'p99 ms'], lat),
          '',
          ...tally.exampleLines(),
        ],
      },
      {
        title: 'Resources before and after (10 s idle after the load)',
        lines: table(
          ['what', 'before', 'after'],
          [
            ...PIECES.map((p) => [`${p} RSS (MB)`, before.rssMb[p] ?? '', after.rssMb[p] ?? '']),
            ['product connections to PostgreSQL', before.connections, after.connections],
          ],
        ),
      },
      {
        title: 'Checks',
        lines: table(
          ['check', 'result'],
          [
            ['cases lost or missing a decision', checks.lost.length],
            ['decisions done twice', checks.doubled.length],
            ['read models behind their process a minute after', checks.behind.length],
            ['timeline gaps', checks.timelineGaps.length],
          ],
        ),
      },
    ],
    settings: { ...o },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runSuiteCommand('load', LOAD_OPTIONS, runLoad);
