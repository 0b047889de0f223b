// Everything the benchmark measures, started on free ports like test/global-setup.ts does: an
// embedded PostgreSQL (with pg_stat_statements preloaded), a Temporal dev server with exactly the
// settings `npm start` uses (file-backed SQLite, see platform/temporal/dev-server.ts), the product
// (`scripts/start.ts` as a child process) and the bare baseline's worker process.
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { defaultDataDir, startEmbeddedPostgres } from '../../platform/postgres/embedded-postgres.js';
import { ensureTemporalCli } from '../../platform/temporal/binaries.js';
import { startDevServer } from '../../platform/temporal/dev-server.js';
import { startProductProcess, stopProcess } from '../../platform/supervision/product-process.js';
import { getFreePort } from '../../platform/free-port.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchServers {
  databaseUrl: string;
  /** The `postgres` maintenance database of the same server (statistics are read from there). */
  adminUrl: string;
  postmasterPid: number;
  temporalAddress: string;
  devServerPid: number;
  baseUrl: string;
  productPid: number;
  /** Where the product appends the SQL of requests marked `X-Statement-Log`. */
  statementLog: string;
  barePid: number;
  /** The bare worker's workflow threads, as it found them itself. */
  bareWorkflowThreads: number[];
  productLog: string;
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
    const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    let slowCalls = 0;
    const devLog = (line: string) => (/Slow gRPC call/.test(line) ? (slowCalls += 1) : say(line));
    const dev = await startDevServer({ binary: cli, dbFile: path.join(work, 'temporal.db'), log: devLog });
    stops.push(() => dev.stop());
    say(`PostgreSQL and Temporal dev server (${dev.address}, file-backed as in npm start) up`);

    const statementLog = path.join(work, 'statements.jsonl');
    const productLog = path.join(work, 'product.log');
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: pgServer.url,
      TEMPORAL_ADDRESS: dev.address,
      DATA_DIR: path.join(work, 'product-data'),
      DEMO_DATA: 'on',
      COOKIE_SECURE: 'off',
      LOG_LEVEL: 'warn',
      MAIL_DISPATCH: 'off', // no SMTP here; a dispatcher polling the outbox would add statements no lifecycle asked for
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
      STATEMENT_LOG: statementLog,
    };
    fs.mkdirSync(env.DATA_DIR);
    const [product, bare] = await Promise.all([
      startProductProcess({ port: await getFreePort(), logFile: productLog, env }),
      startBareWorker(env, path.join(work, 'bare-worker.log')),
    ]);
    stops.push(() => product.stop());
    stops.push(() => stopProcess(bare.child));
    say(`product up at ${product.baseUrl} (pid ${product.child.pid}), bare worker pid ${bare.child.pid}`);
    return {
      databaseUrl: pgServer.url,
      adminUrl,
      postmasterPid,
      temporalAddress: dev.address,
      devServerPid: dev.pid,
      baseUrl: product.baseUrl,
      productPid: product.child.pid!,
      statementLog,
      barePid: bare.child.pid!,
      bareWorkflowThreads: bare.workflowThreads,
      productLog,
      temporalSlowCalls: () => slowCalls,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
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
    env: { ...process.env, ...env },
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
