// The web app's process: pages and the API against PostgreSQL and Temporal; runs no worker.
// `npm start` runs it as a child process (scripts/start.ts); docker-compose runs it as `web`
// replicas, where it migrates the database first (under an advisory lock).
import path from 'node:path';
import { readEnv } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { Lifecycle } from '../platform/supervision/lifecycle.js';
import { openDatabase, openTemporal } from '../platform/boot.js';
import { sessionSecret } from '../platform/session-secret.js';
import { STEP_FIXES } from '../platform/supervision/start-failure.js';
import { failedToStart, followSupervisor, reportReady, underSupervisor } from '../platform/supervision/supervisor-link.js';
import { createServices } from '../services/index.js';
import { startWeb } from './server.js';

const say = (line: string) => process.stdout.write(`[web] ${line}\n`);
const life = new Lifecycle(say, 5_000).handleSignals();
followSupervisor(life);

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS)
    throw new Error('web/main.ts needs DATABASE_URL and TEMPORAL_ADDRESS (use `npm start` for the all-in-one product)');
  const log = createLogger(env.LOG_LEVEL, 'service-desk-web');
  const { db } = await openDatabase(env, env.DATABASE_URL, life, say, log, { prepare: !underSupervisor() });
  const client = openTemporal(env, env.TEMPORAL_ADDRESS, life, db);
  const web = await startWeb(createServices({ db, temporal: client, env, log }), {
    port: env.PORT,
    host: env.HOST,
    sessionSecret: sessionSecret(env.SESSION_SECRET, path.resolve(env.DATA_DIR)),
  });
  life.add('web app', () => web.close());
  if (!underSupervisor()) say(`listening on ${web.url}`);
  reportReady({ url: web.url });
}

main().catch((err: unknown) => failedToStart({ what: 'the web app', err, fix: STEP_FIXES.web, dataDir: process.env.DATA_DIR ?? '.data', say, life }));
