// The start-up steps the processes share: the supervisor (`npm start`, scripts/start.ts) and the
// entries it runs as child processes, which are also the scale-out entries of docker-compose
// (web/main.ts, worker/main.ts, worker/mail-main.ts).
import type { Logger } from 'pino';
import type { Client, Connection } from '@temporalio/client';
import type { AppEnv } from '../config/env.js';
import { connectDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedDemoData } from '../db/demo-data.js';
import { seedDemoArticles } from '../db/demo/articles.js';
import { loadCalendarConfig } from '../config/calendar.js';
import { createCalendar } from '../domain/calendar/index.js';
import { connectClient, connectWorkerConnection, temporalTarget } from './temporal/connection.js';
import { registerSearchAttributes } from './temporal/search-attributes.js';
import { payloadProtection } from './temporal/codec/data-converter.js';
import { routeSdkLogs, runWorker, type RunningWorker } from '../worker/run.js';
import type { Lifecycle } from './supervision/lifecycle.js';

/**
 * Connects; with `prepare` also migrates (under an advisory lock, so replicas may start together)
 * and seeds demo data into an empty database if DEMO_DATA is on. Under the supervisor, which has
 * prepared the database already, the children only connect.
 */
export async function openDatabase(
  env: AppEnv,
  url: string,
  life: Lifecycle,
  say: (l: string) => void,
  log: Logger,
  opts: { prepare: boolean } = { prepare: true },
): Promise<{ db: Database; seeded: boolean }> {
  const db = connectDatabase(url, { poolMax: env.DATABASE_POOL_MAX });
  life.add('database pool', () => db.close());
  return { db, seeded: opts.prepare ? await prepareDatabase(env, db, say, log) : false };
}

/** Migrates, then seeds the demo data into an empty database if DEMO_DATA is on; true when it seeded. */
export async function prepareDatabase(env: AppEnv, db: Database, say: (l: string) => void, log: Logger): Promise<boolean> {
  const ran = await migrate(db, (l) => log.debug(l));
  say(ran.length ? `database migrated (${ran.join(', ')})` : 'database schema is up to date');
  // Demo dates (first training days, agreements) count back from today in the desk's zone.
  const today = createCalendar(loadCalendarConfig()).localDate(Date.now());
  if (!env.DEMO_DATA) return false;
  const seeded = await seedDemoData(db, today, say);
  await seedDemoArticles(db, say);
  return seeded;
}

/**
 * A Temporal client whose connection is made on first use, so a process starts (and answers
 * 503s) while Temporal is down, and fails fast instead of waiting while it stays down. Its payloads
 * pass the payload codec, whose case keys live in `db`.
 */
export function openTemporal(env: AppEnv, address: string, life: Lifecycle, db: Database): Client {
  const client = connectClient(temporalTarget(env, address), payloadProtection(env, db).dataConverter);
  life.add('Temporal client', () => client.connection.close());
  return client;
}

/** The supervisor's check that Temporal answers; on a server we did not start, the case search attributes are registered. */
export async function checkTemporal(env: AppEnv, address: string, say: (l: string) => void, register: boolean): Promise<void> {
  const client = connectClient(temporalTarget(env, address));
  try {
    const connection = client.connection as Connection;
    await connection.withDeadline(Date.now() + 10_000, () => connection.workflowService.getSystemInfo({}));
    if (register) {
      await registerSearchAttributes(connection, env.TEMPORAL_NAMESPACE).catch((err: Error) =>
        say(`could not register search attributes (${err.message}); register them on the namespace yourself (see docs/operating.md)`),
      );
    }
  } finally {
    await client.connection.close();
  }
}

/** Runs the case worker until the process stops; a crashed worker stops the process (its supervisor starts a new one). */
export async function startCaseWorker(
  env: AppEnv,
  address: string,
  db: Database,
  life: Lifecycle,
  say: (l: string) => void,
  log: Logger,
): Promise<RunningWorker> {
  routeSdkLogs(log); // before the first worker connection starts the SDK's runtime
  const connection = await connectWorkerConnection(temporalTarget(env, address));
  life.add('worker connection', () => connection.close());
  say(env.WORKFLOW_BUNDLE ? 'starting the worker…' : 'starting the worker (bundling workflow code)…');
  const worker = await runWorker({ connection, env, db, log });
  life.add('worker', () => worker.shutdown());
  worker.done.catch((err: Error) => {
    log.error({ err }, 'worker stopped');
    if (!life.isStopping) void life.exit(1);
  });
  return worker;
}
