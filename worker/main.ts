// The case worker's process: runs the case workflows and their activities against PostgreSQL and
// Temporal, starts the processes of cases filed while Temporal was down and rebuilds long cases' search documents. `npm start` runs it as a child process (scripts/start.ts); docker-compose runs it as
// `worker` replicas. A worker that stops on a fatal error ends the process; its supervisor (or
// the container's restart policy) starts a new one.
import { readEnv } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { Lifecycle } from '../platform/supervision/lifecycle.js';
import { openDatabase, openTemporal, startCaseWorker } from '../platform/boot.js';
import { createServices } from '../services/index.js';
import { startProcessSweeper } from './process-sweeper.js';
import { startSearchSweeper } from './search-sweeper.js';
import { ensureRetentionSchedule } from '../platform/temporal/retention-schedule.js';
import { STEP_FIXES } from '../platform/supervision/start-failure.js';
import { failedToStart, followSupervisor, reportReady, underSupervisor } from '../platform/supervision/supervisor-link.js';

const say = (line: string) => process.stdout.write(`[worker] ${line}\n`);
// The worker lets running activities finish for up to 5 s (shutdownGraceTime).
const life = new Lifecycle(say, 7_000).handleSignals();
followSupervisor(life);

async function main(): Promise<void> {
  const env = readEnv();
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS)
    throw new Error('worker/main.ts needs DATABASE_URL and TEMPORAL_ADDRESS (use `npm start` for the all-in-one product)');
  const log = createLogger(env.LOG_LEVEL, 'service-desk-worker');
  const { db } = await openDatabase(env, env.DATABASE_URL, life, say, log, { prepare: !underSupervisor() });
  await startCaseWorker(env, env.TEMPORAL_ADDRESS, db, life, say, log);
  const temporal = openTemporal(env, env.TEMPORAL_ADDRESS, life, db);
  const services = createServices({ db, temporal, env, log });
  const sweeper = startProcessSweeper(services);
  // The nightly retention run's schedule, made or brought up to date (never holds up the start).
  ensureRetentionSchedule(temporal, env).then(
    (how) => log.info({ schedule: 'retention-nightly', how, retentionMonths: env.RETENTION_MONTHS }, 'retention schedule in place'),
    (err: unknown) => log.warn({ err }, 'the retention schedule could not be made; the next worker start tries again'),
  );
  life.add('process sweeper', () => sweeper.stop());
  const searchSweeper = startSearchSweeper(services);
  life.add('search sweeper', () => searchSweeper.stop());
  if (!underSupervisor()) say('running');
  reportReady();
}

main().catch((err: unknown) => failedToStart({ what: 'the worker', err, fix: STEP_FIXES.worker, dataDir: process.env.DATA_DIR ?? '.data', say, life }));
