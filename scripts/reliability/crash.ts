// `npm run -s reliability:crash`: open cases in every state, traffic running (clients filing cases and
// taking them to close, each request retried with its Idempotency-Key), then kill -9 of each process
// of the product in turn — web app, worker, mail process, Temporal dev server, PostgreSQL — then
// pg_terminate_backend of every product connection, then kill -9 of the whole tree at once, each
// restarted (by the supervisor, or by starting it again). The product runs with low run limits and one
// long case the customer keeps replying to, whose run continues as new every few decisions; the worker
// is killed right as that case hands over to a new run (crash/long-case.ts). Afterwards: every
// case a client was told of exists once with every decision, read models and timelines caught up,
// billing lines exactly once, no mail twice (Message-IDs at the catch-all), and the repair command's view.
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { connectDatabase } from '../../db/connection.js';
import { ApiClient } from './http.js';
import { PATHS, caseTitle, newCaseBody, untilAnswered, type Clients } from './cases.js';
import { startTraffic } from './crash/traffic.js';
import { checkCases, drainOutbox, duplicateTitles, numbersByTitle, type Expected } from './crash/checks.js';
import { crashReport, type KillRecord } from './crash/report.js';
import { checkLongCase, handOverMoment, startLongCase } from './crash/long-case.js';
import { announce, checkAnnouncementMails, type Announced } from './crash/announcements.js';
import { PIECES, type SuiteProduct } from './product.js';
import { Tally } from './tally.js';
import { runSuiteCommand, type OptionSpec, type Options, type SuiteContext } from './suite.js';
import type { SuiteReport } from './report.js';

export const CRASH_OPTIONS: OptionSpec[] = [
  { name: 'cases', full: 100, short: 18, help: 'open cases seeded over every state' },
  { name: 'clients', full: 6, short: 3, help: 'traffic clients, each filing cases and taking them to close' },
  { name: 'between', full: 8, short: 3, help: 'seconds of traffic after a piece is back, before the next kill' },
  { name: 'settle', full: 120, short: 90, help: 'seconds allowed for read models and the outbox to catch up' },
];

const COMPANIES = ['hypercare', 'udvidet', 'basis', 'faktureret'];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seed(clients: Clients[], count: number, tally: Tally, say: (l: string) => void): Promise<(Expected & { path: string })[]> {
  const out: (Expected & { path: string })[] = [];
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const p = PATHS[i % PATHS.length]!;
      const c = clients[i % clients.length]!;
      const title = caseTitle(`${p.name} ${i}`);
      const created = await untilAnswered(c.contact, 'POST', '/cases', newCaseBody(p.type, title), tally, 60_000);
      if (created.answer?.status !== 201)
        throw new Error(`seeding "${p.name}": create answered ${created.answer?.status ?? 'nothing'} ${created.answer?.text.slice(0, 200)}`);
      const number = (created.answer.json as { number: number }).number;
      for (const s of p.steps) {
        const r = await untilAnswered(c[s.who], 'POST', `/cases/${number}/actions/${s.action}`, s.body, tally, 60_000);
        if (r.answer?.status !== 200)
          throw new Error(`seeding "${p.name}" #${number}: ${s.action} answered ${r.answer?.status ?? 'nothing'} ${r.answer?.text.slice(0, 200)}`);
      }
      const minutes = p.steps.reduce((m, s) => m + (s.action === 'log-time' ? Number(s.body.minutes) : 0), 0);
      out.push({ number, title, status: p.status, version: 1 + p.steps.length, minutes, actions: p.steps.map((s) => s.action), maybe: [], path: p.name });
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  say(`seeded ${out.length} open cases in ${PATHS.length} states`);
  return out;
}

/** pg_terminate_backend on every connection of the product at once: no process may end, /healthz must be 200 again soon. */
async function terminateConnections(product: SuiteProduct, filedBefore: number, say: (l: string) => void): Promise<KillRecord> {
  const pieces = ['web app', 'worker', 'mail process'] as const;
  const before = pieces.map((p) => product.pidOf(p));
  const admin = new pg.Client({ connectionString: product.databaseUrl() });
  admin.on('error', () => {});
  await admin.connect();
  const started = Date.now();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      "SELECT pg_terminate_backend(pid), pid FROM pg_stat_activity WHERE datname = 'servicedesk' AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND application_name NOT LIKE 'reliability%'",
    );
    say(`pg_terminate_backend on ${rows.length} product connections`);
    await sleep(1_500); // the health probe runs every second
    const healthyMs = Date.now() - started + (await product.healthyWithin(60_000));
    await sleep(3_000);
    const restarted = pieces.filter((p, i) => product.pidOf(p) !== before[i]);
    return {
      what: `pg_terminate_backend of ${rows.length} connections${restarted.length ? ` (restarted: ${restarted.join(', ')})` : ''}`,
      at: started,
      pids: before,
      restartedMs: 0,
      healthyMs,
      filedBefore,
    };
  } finally {
    await admin.end();
  }
}

/** Runs `npm run -s repair` against the product, with its environment; its output. */
function runRepair(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/repair.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output: output.trim() })));
}

export async function runCrash(ctx: SuiteContext, o: Options): Promise<SuiteReport> {
  const { product, sink, say } = ctx;
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const base = product.baseUrl;
  const [agent, manager] = await Promise.all([ApiClient.signIn(base, 'agent@desk.test'), ApiClient.signIn(base, 'manager@desk.test')]);
  const clients: Clients[] = await Promise.all(COMPANIES.map(async (c) => ({ contact: await ApiClient.signIn(base, `kontakt1@${c}.test`), agent, manager })));
  const tally = new Tally();
  const seeded = await seed(clients, Number(o.cases), tally, say);
  // One recipient reads English, so the announcements are checked in both languages.
  const admin = new pg.Client({ connectionString: product.databaseUrl(), application_name: 'reliability-setup' });
  await admin.connect();
  await admin.query(`UPDATE people SET locale = 'en' WHERE email IN ('kontakt2@udvidet.test', 'godkender@basis.test')`);
  await admin.end();
  const announced: Announced[] = [];
  const announcementFailures: string[] = [];
  const announceNow = async () => {
    const a = await announce(manager, tally, announced.length + announcementFailures.length + 1);
    if (typeof a === 'string') announcementFailures.push(a);
    else announced.push(a);
    say(typeof a === 'string' ? a : `announcement ${a.id} sent to every company`);
  };

  const traffic = startTraffic({
    clients: Array.from({ length: Number(o.clients) }, (_, i) => clients[i % clients.length]!),
    companies: COMPANIES,
    tally,
    budgetMs: 240_000,
  });
  const long = startLongCase(clients[COMPANIES.indexOf('faktureret')]!, tally, 240_000);
  // Watches the long case's runs during the kills and checks it afterwards. Payloads (the memo too) are
  // sealed with data keys kept in PostgreSQL, read through a connection the kills leave alone.
  const keysDb = connectDatabase(product.databaseUrl(), { poolMax: 1, applicationName: 'reliability-keys' });
  const connection = await Connection.connect({ address: `127.0.0.1:${product.env.TEMPORAL_PORT}` });
  const temporal = new Client({
    connection,
    namespace: 'default',
    dataConverter: payloadProtection({ PAYLOAD_KEYS: product.env.PAYLOAD_KEYS, DATA_DIR: product.env.DATA_DIR }, keysDb).dataConverter,
  });
  const between = Number(o.between) * 1000;
  await announceNow();
  await sleep(between);
  const kills: KillRecord[] = [];
  // The web app last: requests it was handling when it died stay claimed for two minutes, and the other
  // kills should happen while the traffic still flows.
  for (const piece of [...PIECES.filter((p) => p !== 'web app'), 'web app' as const]) {
    if (piece === 'web app') {
      kills.push(await terminateConnections(product, traffic.filed.length, say));
      await sleep(between);
    }
    // The mail process dies while it sends an announcement's mails.
    if (piece === 'mail process') await announceNow();
    const pid = product.pidOf(piece);
    const mark = product.output().length;
    // The worker dies right as the long case's run hands over to its next one.
    const longNumber = piece === 'worker' ? await long.number() : null;
    const handOver = longNumber === null ? null : await handOverMoment(temporal, longNumber, 60_000);
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const during = handOver ? ` during a continue-as-new of #${longNumber} (run ${handOver.from.slice(0, 8)} → ${handOver.to.slice(0, 8)})` : '';
    say(`kill -9 ${piece} (pid ${pid})${during}`);
    await product.waitFor(new RegExp(`${piece} is running again \\(pid \\d+`), 120_000, mark);
    const restartedMs = Date.now() - killedAt;
    await product.healthyWithin(60_000);
    kills.push({ what: `${piece}${during}`, at: killedAt, pids: [pid], restartedMs, healthyMs: Date.now() - killedAt, filedBefore: traffic.filed.length });
    say(`${piece} back after ${restartedMs} ms, healthy after ${Date.now() - killedAt} ms`);
    await sleep(between);
  }
  await announceNow();
  const killedAt = Date.now();
  const pids = await product.killTree();
  say(`kill -9 of the whole tree (${pids.join(', ')}); starting it again`);
  await product.restart();
  kills.push({
    what: 'the whole tree',
    at: killedAt,
    pids,
    restartedMs: Date.now() - killedAt,
    healthyMs: Date.now() - killedAt,
    filedBefore: traffic.filed.length,
  });
  say(`whole tree back and healthy after ${Date.now() - killedAt} ms`);
  await sleep(between);
  say('stopping the traffic (clients finish what they are retrying)');
  await traffic.stop();
  const longRun = await long.stop();

  const db = connectDatabase(product.databaseUrl(), { poolMax: 4, applicationName: 'reliability-check' });
  try {
    say(`closing and checking the long case #${longRun.number} (${longRun.replies.length} replies answered)`);
    const longCase = await checkLongCase(db, temporal, clients[COMPANIES.indexOf('faktureret')]!, longRun, tally);
    const filed = traffic.filed;
    const titles = filed.map((f) => f.title);
    const expected: Expected[] = [
      ...seeded,
      ...filed
        .filter((f) => f.number !== null)
        .map((f) => {
          // Refused 409 after a retry: the first attempt may have taken the decision, its answer lost.
          const retriedRefusals = f.refused.filter((x) => x.status === 409 && x.attempts > 1);
          return {
            number: f.number!,
            title: f.title,
            status: f.accepted.at(-1)?.status ?? 'received',
            version: 1 + f.accepted.length,
            minutes: f.accepted.reduce((m, a) => m + a.minutes, 0),
            actions: f.accepted.map((a) => a.action),
            maybe: retriedRefusals.map((x) => x.action),
            refusals: Object.fromEntries(retriedRefusals.map((x) => [x.action, x.error])),
          };
        }),
    ];
    say(`checking ${expected.length} cases (read models get up to ${o.settle} s to catch up)`);
    const cases = await checkCases(db, temporal, expected, Number(o.settle) * 1000);
    const duplicates = await duplicateTitles(db, [...titles, ...seeded.map((s) => s.title)]);
    const unanswered = filed.filter((f) => f.createStatus !== 201).map((f) => f.title);
    const silent = [...(await numbersByTitle(db, unanswered))];
    const unsent = await drainOutbox(db, 60_000);
    await sleep(3_000); // the last mails on the wire
    const announcements = { ...(await checkAnnouncementMails(db, announced, sink.deliveries())), failures: announcementFailures };
    const repair = await runRepair(product.env);
    return crashReport({
      startedAt,
      seconds: (Date.now() - started) / 1000,
      options: o,
      seeded,
      filed,
      kills,
      tally,
      cases,
      duplicates,
      silent,
      unsent,
      mails: {
        received: sink.received(),
        duplicates: sink.duplicates(),
        withoutMessageId: sink.withoutMessageId(),
        times: sink.duplicates().map(([id]): [string, number[]] => [
          id,
          sink
            .deliveries()
            .filter((d) => d.messageId === id)
            .map((d) => d.at),
        ]),
      },
      announcements,
      repair,
      longCase,
    });
  } finally {
    await connection.close();
    await db.close();
    await keysDb.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runSuiteCommand('crash', CRASH_OPTIONS, runCrash);
