// `npm start`: the whole product on one machine. Starts (or connects to) PostgreSQL and Temporal,
// migrates, seeds demo data into an empty database, runs the worker, the mail dispatcher and the web
// app, and prints where everything is. Ctrl-C stops it all cleanly; starting again resumes every case.
import path from 'node:path';
import { readEnv, publicUrl } from '../config/env.js';
import { connectDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedDemoData, demoLogins, DEMO_PASSWORD } from '../db/demo-data.js';
import { startEmbeddedPostgres, defaultDataDir } from '../platform/embedded-postgres.js';
import { ensureTemporalCli } from '../platform/temporal-binaries.js';
import { startDevServer } from '../platform/temporal-dev-server.js';
import { registerSearchAttributes } from '../platform/search-attributes.js';
import { temporalTarget, connectClient, connectWorkerConnection } from '../platform/temporal-connection.js';
import { createLogger } from '../platform/logger.js';
import type { Connection } from '@temporalio/client';
import { sessionSecret } from '../platform/session-secret.js';
import { createServices } from '../services/index.js';
import { startWeb } from '../web/server.js';
import { runWorker } from '../worker/run.js';
import { startMailDispatcher } from '../worker/mail-dispatcher.js';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const stops: { name: string; stop: () => Promise<unknown> }[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  say('stopping…');
  const force = setTimeout(() => {
    say('could not stop within 10 s; exiting anyway');
    process.exit(code || 1);
  }, 10_000);
  force.unref();
  for (const { name, stop } of stops.reverse()) {
    try {
      await stop();
      say(`${name} stopped`);
    } catch (err) {
      say(`${name} did not stop cleanly: ${(err as Error).message}`);
    }
  }
  clearTimeout(force);
  process.exit(code);
}

async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const dataDir = path.resolve(env.DATA_DIR);
  const started = Date.now();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say('starting embedded PostgreSQL…');
    const pg = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_POSTGRES_DIR ?? defaultDataDir('start'), port: env.EMBEDDED_POSTGRES_PORT || undefined, persistent: true, log: say });
    stops.push({ name: 'PostgreSQL', stop: () => pg.stop() });
    databaseUrl = pg.url;
  } else say('using PostgreSQL at DATABASE_URL');

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi: string | null = null;
  if (!temporalAddress) {
    const binary = await ensureTemporalCli(say);
    say('starting Temporal dev server…');
    const dev = await startDevServer({ binary, port: env.TEMPORAL_PORT, uiPort: env.TEMPORAL_UI_PORT, dbFile: path.join(dataDir, 'temporal.db'), log: say });
    stops.push({ name: 'Temporal dev server', stop: () => dev.stop() });
    temporalAddress = dev.address;
    temporalUi = dev.uiUrl;
  } else say(`using Temporal at ${temporalAddress} (namespace ${env.TEMPORAL_NAMESPACE})`);

  const db: Database = connectDatabase(databaseUrl, { poolMax: env.DATABASE_POOL_MAX });
  stops.push({ name: 'database pool', stop: () => db.close() });
  const ran = await migrate(db, (l) => log.debug(l));
  say(ran.length ? `database migrated (${ran.join(', ')})` : 'database schema is up to date');
  let seeded = false;
  if (env.DEMO_DATA) seeded = await seedDemoData(db, new Date().toISOString().slice(0, 10), say);

  const target = temporalTarget(env, temporalAddress);
  const client = await connectClient(target);
  stops.push({ name: 'Temporal client', stop: () => client.connection.close() });
  if (env.TEMPORAL_ADDRESS) {
    await registerSearchAttributes(client.connection as Connection, env.TEMPORAL_NAMESPACE).catch((err: Error) =>
      say(`could not register search attributes (${err.message}); register them on the namespace yourself (see README)`),
    );
  }

  const services = createServices({ db, temporal: client, env, log });
  const workerConnection = await connectWorkerConnection(target);
  stops.push({ name: 'worker connection', stop: () => workerConnection.close() });
  say('starting the worker (bundling workflow code)…');
  const worker = await runWorker({
    connection: workerConnection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    db,
    maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
    bundlePath: env.WORKFLOW_BUNDLE,
  });
  stops.push({ name: 'worker', stop: () => worker.shutdown() });
  worker.done.catch((err: Error) => {
    log.error({ err }, 'worker stopped');
    if (!stopping) void shutdown(1);
  });

  if (env.MAIL_DISPATCH) {
    const mail = startMailDispatcher(services);
    stops.push({ name: 'mail dispatcher', stop: () => mail.stop() });
  }

  const web = await startWeb(services, { port: env.PORT, host: env.HOST, sessionSecret: sessionSecret(env.SESSION_SECRET, dataDir) });
  stops.push({ name: 'web app', stop: () => web.close() });

  const url = publicUrl(env);
  const lines = [
    '',
    `Service desk is running (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  Web app:          ${url}`,
    `  Health:           ${url}/healthz`,
    `  Temporal:         ${temporalAddress}${temporalUi ? `   Web UI: ${temporalUi}` : ''}`,
    `  PostgreSQL:       ${env.DATABASE_URL ? 'DATABASE_URL' : databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
  ];
  if (env.DEMO_DATA) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD})${seeded ? '' : ', seeded earlier'}:`);
    for (const l of demoLogins()) lines.push(`    ${l.email.padEnd(28)} ${l.what}`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: Error) => {
  process.stderr.write(`[start] failed: ${err.message}\n`);
  void shutdown(1);
});
