// The start-up steps the processes share: `npm start` (everything in one process), and the
// scale-out entries web/main.ts and worker/main.ts (docker-compose).
import type { Logger } from 'pino';
import type { Client, Connection } from '@temporalio/client';
import type { AppEnv } from '../config/env.js';
import { connectDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedDemoData } from '../db/demo-data.js';
import { loadCalendarConfig } from '../config/calendar.js';
import { createCalendar } from '../domain/calendar/index.js';
import { connectClient, connectWorkerConnection, temporalTarget } from './temporal-connection.js';
import { registerSearchAttributes } from './search-attributes.js';
import { routeSdkLogs, runWorker, type RunningWorker } from '../worker/run.js';
import type { Lifecycle } from './lifecycle.js';

/** Connects, migrates (under an advisory lock, so replicas may start together) and seeds demo data if on. */
export async function openDatabase(
  env: AppEnv,
  url: string,
  life: Lifecycle,
  say: (l: string) => void,
  log: Logger,
): Promise<{ db: Database; seeded: boolean }> {
  const db = connectDatabase(url, { poolMax: env.DATABASE_POOL_MAX });
  life.add('database pool', () => db.close());
  const ran = await migrate(db, (l) => log.debug(l));
  say(ran.length ? `database migrated (${ran.join(', ')})` : 'database schema is up to date');
  // Demo dates (first training days, agreements) count back from today in the desk's zone.
  const today = createCalendar(loadCalendarConfig()).localDate(Date.now());
  const seeded = env.DEMO_DATA ? await seedDemoData(db, today, say) : false;
  return { db, seeded };
}

/** A Temporal client; on a server we did not start ourselves, the case search attributes are registered. */
export async function openTemporal(env: AppEnv, address: string, life: Lifecycle, say: (l: string) => void, ownServer: boolean): Promise<Client> {
  const client = await connectClient(temporalTarget(env, address));
  life.add('Temporal client', () => client.connection.close());
  if (!ownServer) {
    await registerSearchAttributes(client.connection as Connection, env.TEMPORAL_NAMESPACE).catch((err: Error) =>
      say(`could not register search attributes (${err.message}); register them on the namespace yourself (see README)`),
    );
  }
  return client;
}

/** Runs the case worker until the process stops; a crashed worker stops the process. */
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
