// `npm start`: the whole product on one machine, as a supervisor of separate processes. Starts (or
// connects to) PostgreSQL and Temporal, migrates, seeds demo data into an empty database, then runs
// the web app, the worker and the mail services as child processes and prints where everything is.
// A process or embedded server that dies is restarted with backoff; Ctrl-C stops it all within
// 10 s; starting again resumes every case. A step that fails says so in one line and exits 1.
import path from 'node:path';
import { readEnv, publicUrl, deskAddress, type AppEnv } from '../config/env.js';
import { demoLogins, DEMO_PASSWORD } from '../db/demo-data.js';
import { connectDatabase } from '../db/connection.js';
import { startEmbeddedPostgres, defaultDataDir } from '../platform/postgres/embedded-postgres.js';
import { ensureTemporalCli } from '../platform/temporal/binaries.js';
import { startDevServer } from '../platform/temporal/dev-server.js';
import { checkTemporal, prepareDatabase } from '../platform/boot.js';
import { createLogger } from '../platform/logger.js';
import { ChildStartFailure, startNodeChild, type NodeChild } from '../platform/supervision/node-child.js';
import { describeStartFailure, STEP_FIXES, writeFailureDetails } from '../platform/supervision/start-failure.js';
import { Supervisor } from '../platform/supervision/supervisor.js';
import { mailProcessWanted } from '../worker/mail-services.js';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const supervisor = new Supervisor(say).handleSignals();
let dataDir = path.resolve('.data');

/** Runs one start-up step; its failure becomes the one line that says what failed and how to fix it. */
async function step<T>(what: string, fix: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ChildStartFailure) return supervisor.failed(err.message);
    const details = writeFailureDetails(dataDir, what, err);
    return supervisor.failed(describeStartFailure(what, err, fix, details));
  }
}

async function main(): Promise<void> {
  const env = await step('the service desk', STEP_FIXES.configuration, () => readEnv());
  const log = createLogger(env.LOG_LEVEL);
  dataDir = path.resolve(env.DATA_DIR);
  const started = Date.now();

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say('starting embedded PostgreSQL…');
    let port = env.EMBEDDED_POSTGRES_PORT || undefined;
    const dir = env.EMBEDDED_POSTGRES_DIR ?? defaultDataDir('start');
    const startPg = async () => {
      const pg = await startEmbeddedPostgres({ dataDir: dir, port, persistent: true, log: say });
      port = pg.port;
      return pg;
    };
    const pg = await step('PostgreSQL', STEP_FIXES.postgres, () =>
      supervisor.server('PostgreSQL', startPg, (p) => say(`PostgreSQL is running again (pid ${p.pid})`)),
    );
    databaseUrl = pg.url;
  } else say('using PostgreSQL at DATABASE_URL');

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi: string | null = null;
  if (!temporalAddress) {
    const binary = await step('Temporal CLI', STEP_FIXES.temporalCli, () => ensureTemporalCli(say));
    say('starting Temporal dev server…');
    let ports = { port: env.TEMPORAL_PORT, uiPort: env.TEMPORAL_UI_PORT };
    const startTemporal = async () => {
      // The UI decodes payloads through the web app's codec endpoint (for desk staff signed in on the same host name).
      const uiCodecEndpoint = `${publicUrl(env)}/codec`;
      const dev = await startDevServer({ binary, ...ports, dbFile: path.join(dataDir, 'temporal.db'), uiCodecEndpoint, log: say });
      ports = { port: dev.port, uiPort: dev.uiPort };
      return dev;
    };
    const dev = await step('Temporal dev server', STEP_FIXES.temporal, () =>
      supervisor.server('Temporal dev server', startTemporal, (d) => say(`Temporal dev server is running again (pid ${d.pid})`)),
    );
    say(`Temporal dev server running (pid ${dev.pid})`);
    temporalAddress = dev.address;
    temporalUi = dev.uiUrl;
  } else {
    say(`using Temporal at ${temporalAddress} (namespace ${env.TEMPORAL_NAMESPACE})`);
    await step('Temporal', STEP_FIXES.temporal, () => checkTemporal(env, temporalAddress!, say, true));
  }

  const seeded = await step('the database', STEP_FIXES.database, async () => {
    const db = connectDatabase(databaseUrl, { poolMax: 2 });
    try {
      return await prepareDatabase(env, db, say, log);
    } finally {
      await db.close();
    }
  });

  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, DATA_DIR: dataDir };
  const run = (name: string, entry: string, graceMs: number, fix: string) =>
    step(`the ${name}`, fix, () =>
      supervisor.process(
        name,
        () => startNodeChild({ name, entry, env: childEnv, graceMs }),
        (c: NodeChild) => say(`${name} is running again (pid ${c.pid})`),
      ),
    );
  say(mailProcessWanted(env) ? 'starting the web app, the worker and the mail process…' : 'starting the web app and the worker…');
  const [web, worker, mail] = await Promise.all([
    run('web app', 'web/main.ts', 5_000, STEP_FIXES.web),
    run('worker', 'worker/main.ts', 6_500, STEP_FIXES.worker),
    mailProcessWanted(env) ? run('mail process', 'worker/mail-main.ts', 5_000, STEP_FIXES.mail) : null,
  ]);
  say(`web app (pid ${web.pid}), worker (pid ${worker.pid})${mail ? `, mail process (pid ${mail.pid}: ${mail.info.services})` : ''} running`);
  await untilHealthy(web.info.url);
  banner(env, { started, temporalAddress, temporalUi, databaseUrl, seeded });
}

/** The banner promises a working desk: wait until /healthz says every part is up (the worker polls, the probes ran). */
async function untilHealthy(url: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/healthz`).catch(() => null);
    if (res?.status === 200) return;
    last = res ? await res.text() : 'no answer';
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`not every part is up yet (/healthz: ${last}); it may still come up`);
}

function banner(env: AppEnv, o: { started: number; temporalAddress: string; temporalUi: string | null; databaseUrl: string; seeded: boolean }): void {
  const url = publicUrl(env);
  const lines = [
    '',
    `Service desk is running (started in ${((Date.now() - o.started) / 1000).toFixed(1)} s)`,
    `  Web app:          ${url}`,
    `  Health:           ${url}/healthz`,
    `  Temporal:         ${o.temporalAddress}${o.temporalUi ? `   Web UI: ${o.temporalUi}` : ''}`,
    `  PostgreSQL:       ${env.DATABASE_URL ? 'DATABASE_URL' : o.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
    `  Inbound mail:     ${env.MAIL_INBOUND && env.MAIL_SMTP_PORT !== 0 ? `SMTP ${env.MAIL_SMTP_HOST}:${env.MAIL_SMTP_PORT} for ${deskAddress(env)}` : 'SMTP listener off'}${env.MAIL_INBOUND && env.IMAP_URL ? ', IMAP polling' : ''}`,
  ];
  if (env.DEMO_DATA && !env.SMTP_URL) lines.push(`  Mail catch-all:   ${url}/dev/mail (outbound mail lands here; sign in as staff)`);
  if (env.DEMO_DATA) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD})${o.seeded ? '' : ', seeded earlier'}:`);
    for (const l of demoLogins()) lines.push(`    ${l.email.padEnd(28)} ${l.what}`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

const crashed = (err: unknown) => void step('the service desk', 'see the details file and report the problem', () => Promise.reject(err));
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);
void main().catch(crashed);
