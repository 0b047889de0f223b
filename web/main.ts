// Scale-out entry for a web replica (docker-compose `web`): serves pages and the API against an
// existing PostgreSQL and Temporal; runs no worker. Migrations run under an advisory lock.
import path from 'node:path';
import { readEnv } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { Lifecycle } from '../platform/lifecycle.js';
import { openDatabase, openTemporal } from '../platform/boot.js';
import { sessionSecret } from '../platform/session-secret.js';
import { createServices } from '../services/index.js';
import { startWeb } from './server.js';

const say = (line: string) => process.stdout.write(`[web] ${line}\n`);
const life = new Lifecycle(say).handleSignals();

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS)
    throw new Error('web/main.ts needs DATABASE_URL and TEMPORAL_ADDRESS (use `npm start` for the all-in-one product)');
  const log = createLogger(env.LOG_LEVEL, 'service-desk-web');
  const { db } = await openDatabase(env, env.DATABASE_URL, life, say, log);
  const client = await openTemporal(env, env.TEMPORAL_ADDRESS, life, say, false);
  const web = await startWeb(createServices({ db, temporal: client, env, log }), {
    port: env.PORT,
    host: env.HOST,
    sessionSecret: sessionSecret(env.SESSION_SECRET, path.resolve(env.DATA_DIR)),
  });
  life.add('web app', () => web.close());
  say(`listening on ${web.url}`);
}

main().catch((err: Error) => {
  process.stderr.write(`[web] failed: ${err.message}\n`);
  void life.exit(1);
});
