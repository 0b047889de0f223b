// What every mode of the benchmark shares, started on free ports like test/global-setup.ts does: an
// embedded PostgreSQL (with pg_stat_statements preloaded) holding the product's database, migrated
// and seeded with the demo data, a Temporal dev server with exactly the settings `npm start` uses
// (file-backed SQLite, see platform/temporal/dev-server.ts), and the bare baseline's worker process.
// The product itself is started per mode (scripts/bench/products/).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readEnv } from '../../config/env.js';
import { connectDatabase } from '../../db/connection.js';
import { prepareDatabase } from '../../platform/boot.js';
import { createLogger } from '../../platform/logger.js';
import { defaultDataDir, startEmbeddedPostgres } from '../../platform/postgres/embedded-postgres.js';
import { ensureTemporalCli } from '../../platform/temporal/binaries.js';
import { startDevServer } from '../../platform/temporal/dev-server.js';
import { stopProcess } from '../../platform/supervision/product-process.js';
import { EXPERIMENT_NODE_OPTIONS } from './products/product.js';
import { enrolAgent } from './agent-factor.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchServers {
  databaseUrl: string;
  /** The `postgres` maintenance database of the same server (statistics are read from there). */
  adminUrl: string;
  postmasterPid: number;
  temporalAddress: string;
  devServerPid: number;
  barePid: number;
  /** The bare worker's workflow threads, as it found them itself. */
  bareWorkflowThreads: number[];
  /** A scratch folder of this run, removed at the end. */
  work: string;
  /** "Slow gRPC call" warnings of the dev server so far (counted, not shown: under load there are many). */
  temporalSlowCalls(): number;
  stop(): Promise<void>;
}

export async function startServers(say: (line: string) => void): Promise<BenchServers> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err: Error) => say(`stop: ${err.message}`));
  };
  try {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-bench-'));
    stops.push(async () => fs.rmSync(work, { recursive: true, force: true }));
    const dataDir = defaultDataDir('test');
    const [cli, pgServer] = await Promise.all([
      ensureTemporalCli(say),
      startEmbeddedPostgres({
        dataDir,
        persistent: false,
        log: say,
        settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.max': '20000', 'pg_stat_statements.track_utility': 'on' },
      }),
    ]);
    stops.push(() => pgServer.stop());
    const adminUrl = pgServer.url.replace(/\/[^/]+$/, '/postgres');
    await createStatisticsExtension(adminUrl);
    await prepareProductDatabase(pgServer.url, say);
    const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    let slowCalls = 0;
    const devLog = (line: string) => (/Slow gRPC call/.test(line) ? (slowCalls += 1) : say(line));
    const dev = await startDevServer({ binary: cli, dbFile: path.join(work, 'temporal.db'), log: devLog });
    stops.push(() => dev.stop());
    say(`PostgreSQL and Temporal dev server (${dev.address}, file-backed as in npm start) up`);

    const bare = await startBareWorker({ DATABASE_URL: pgServer.url, TEMPORAL_ADDRESS: dev.address, LOG_LEVEL: 'warn' }, path.join(work, 'bare-worker.log'));
    stops.push(() => stopProcess(bare.child));
    say(`bare worker pid ${bare.child.pid}`);
    return {
      databaseUrl: pgServer.url,
      adminUrl,
      postmasterPid,
      temporalAddress: dev.address,
      devServerPid: dev.pid,
      barePid: bare.child.pid!,
      bareWorkflowThreads: bare.workflowThreads,
      work,
      temporalSlowCalls: () => slowCalls,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Migrates and seeds the demo data once, for every mode (the compose mode runs with DEMO_DATA off, as
 * deployed), and gives the demo agent an authenticator app: production requires a second factor of staff.
 */
async function prepareProductDatabase(url: string, say: (line: string) => void): Promise<void> {
  const db = connectDatabase(url, { poolMax: 2 });
  try {
    await prepareDatabase(readEnv({ DEMO_DATA: 'on' }), db, say, createLogger('warn', 'bench'));
    await enrolAgent(db);
  } finally {
    await db.close();
  }
}

async function createStatisticsExtension(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } finally {
    await client.end();
  }
}

/** Starts scripts/bench/bare/worker.ts (its log to `logFile`) and waits for its "ready" line. */
async function startBareWorker(env: Record<string, string>, logFile: string): Promise<{ child: ChildProcess; workflowThreads: number[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/bare/worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...(process.env[EXPERIMENT_NODE_OPTIONS] ? { NODE_OPTIONS: process.env[EXPERIMENT_NODE_OPTIONS] } : {}) },
    stdio: ['ignore', 'pipe', fs.openSync(logFile, 'w')],
  });
  const tail = () => fs.readFileSync(logFile, 'utf8').slice(-2000);
  const lines = readline.createInterface({ input: child.stdout! });
  const ready = await new Promise<{ workflowThreads: number[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bare worker did not start within 120 s:\n${tail()}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`the bare worker exited (${code}) during start:\n${tail()}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { workflowThreads: number[] });
    });
  });
  return { child, workflowThreads: ready.workflowThreads };
}
