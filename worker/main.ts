// Scale-out entry for a worker replica (docker-compose `worker`): runs the case workflows and
// activities, and sends queued mail, against an existing PostgreSQL and Temporal.
import { readEnv } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { Lifecycle } from '../platform/lifecycle.js';
import { openDatabase, openTemporal, startCaseWorker } from '../platform/boot.js';
import { createServices } from '../services/index.js';
import { startMailDispatcher } from './mail-dispatcher.js';
import { startMailInbound } from './mail-inbound/index.js';

const say = (line: string) => process.stdout.write(`[worker] ${line}\n`);
const life = new Lifecycle(say).handleSignals();

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS)
    throw new Error('worker/main.ts needs DATABASE_URL and TEMPORAL_ADDRESS (use `npm start` for the all-in-one product)');
  const log = createLogger(env.LOG_LEVEL, 'service-desk-worker');
  const { db } = await openDatabase(env, env.DATABASE_URL, life, say, log);
  const client = await openTemporal(env, env.TEMPORAL_ADDRESS, life, say, false);
  await startCaseWorker(env, env.TEMPORAL_ADDRESS, db, life, say, log);
  const services = createServices({ db, temporal: client, env, log });
  if (env.MAIL_DISPATCH) {
    const mail = startMailDispatcher(services);
    life.add('mail dispatcher', () => mail.stop());
  }
  if (env.MAIL_INBOUND) {
    const inbound = await startMailInbound({ services, say });
    life.add('inbound mail', () => inbound.stop());
  }
  say('running');
}

main().catch((err: Error) => {
  process.stderr.write(`[worker] failed: ${err.message}\n`);
  void life.exit(1);
});
