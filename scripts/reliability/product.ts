// The product under test, started as `npm start` starts it — `scripts/start.ts`, the supervisor, with
// its own embedded PostgreSQL and Temporal dev server (file-backed) — on free ports, in a folder of its
// own, so that each piece can be killed and is restarted by the supervisor, and the whole tree can be
// killed and started again on the same data. Its output goes to a log file and is kept for the pids.
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort } from '../../platform/free-port.js';
import { runningClusterUrl } from '../../platform/supervision/running-product.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The product's own settings, removed from the inherited environment so only ours apply. */
const PRODUCT_VARIABLES =
  /^(NODE_ENV|PORT|HOST|PUBLIC_URL|DATA_DIR|LOG_LEVEL|DATABASE_.*|EMBEDDED_POSTGRES_.*|TEMPORAL_.*|WORKFLOW_BUNDLE|SESSION_SECRET|PAYLOAD_KEYS|CODEC_CORS_ORIGINS|RETENTION_MONTHS|DEMO_DATA|SMTP_URL|MAIL_.*|IMAP_.*|COOKIE_SECURE|TRUST_PROXY|STATEMENT_.*|CASE_RUN_.*)$/;

export type Piece = 'web app' | 'worker' | 'mail process' | 'Temporal dev server' | 'PostgreSQL';
export const PIECES: readonly Piece[] = ['web app', 'worker', 'mail process', 'Temporal dev server', 'PostgreSQL'];

export interface SuiteProduct {
  baseUrl: string;
  /** The settings it runs with (the repair command gets the same). */
  env: Record<string, string>;
  pgDataDir: string;
  logFile: string;
  databaseUrl(): string;
  /** The pid the supervisor last reported for a piece (PostgreSQL: its postmaster.pid). */
  pidOf(piece: Piece): number;
  supervisorPid(): number;
  output(): string;
  waitFor(pattern: RegExp, ms: number, from?: number): Promise<RegExpMatchArray>;
  /** Milliseconds until /healthz answers 200. */
  healthyWithin(ms: number): Promise<number>;
  /** kill -9 of the supervisor and every process it runs, at once; resolves when all are gone. */
  killTree(): Promise<number[]>;
  /** Starts the supervisor again on the same data and ports; resolves once it is healthy. */
  restart(): Promise<void>;
  /** Ctrl-C, then removes its folder. */
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startSuiteProduct(o: { smtpUrl: string; say: (line: string) => void; logDir: string }): Promise<SuiteProduct> {
  // Under the system temp folder, enterable by the `postgres` user PostgreSQL runs as when we are root.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-reliability-'));
  fs.chmodSync(work, 0o755);
  const pgDataDir = path.join(work, 'pg', 'postgres');
  const [port, temporalPort, uiPort, pgPort] = [await getFreePort(), await getFreePort(), await getFreePort(), await getFreePort()];
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    EMBEDDED_POSTGRES_DIR: pgDataDir,
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    DATA_DIR: path.join(work, 'data'),
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
    SMTP_URL: o.smtpUrl,
    MAIL_SMTP_PORT: '0',
    MAIL_LEASE_SECONDS: '10',
    SESSION_SECRET: 'reliability-suite-secret-reliability-suite',
    PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    COOKIE_SECURE: 'off',
    // Low run limits: a case's run continues as new every few decisions, so the kills land on hand-overs too.
    CASE_RUN_MAX_UPDATES: '8',
    CASE_RUN_MAX_EVENTS: '200',
  };
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !PRODUCT_VARIABLES.test(k)));
  fs.mkdirSync(o.logDir, { recursive: true });
  const logFile = path.join(o.logDir, `product-${process.pid}.log`);
  const log = fs.createWriteStream(logFile);
  let out = '';
  let child: ChildProcess;
  const baseUrl = `http://127.0.0.1:${port}`;

  const launch = () => {
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (d: Buffer) => {
      out += d.toString();
      log.write(d);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  };

  const product: SuiteProduct = {
    baseUrl,
    env,
    pgDataDir,
    logFile,
    databaseUrl() {
      const url = runningClusterUrl(pgDataDir);
      if (!url) throw new Error(`PostgreSQL of the product under test is not running (${pgDataDir})`);
      return url;
    },
    pidOf(piece) {
      if (piece === 'PostgreSQL') return Number(fs.readFileSync(path.join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const re = new RegExp(`${piece}(?: is running again| running)? \\(pid (\\d+)`, 'g');
      const all = [...out.matchAll(re)];
      if (!all.length) throw new Error(`the supervisor reported no pid for the ${piece}`);
      return Number(all.at(-1)![1]);
    },
    supervisorPid: () => child.pid!,
    output: () => out,
    async waitFor(pattern, ms, from = 0) {
      const deadline = Date.now() + ms;
      for (;;) {
        const m = out.slice(from).match(pattern);
        if (m) return m;
        if (Date.now() > deadline) throw new Error(`the product did not print ${pattern} within ${ms / 1000} s (log: ${logFile})`);
        await sleep(100);
      }
    },
    async healthyWithin(ms) {
      const started = Date.now();
      for (;;) {
        const status = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return Date.now() - started;
        if (Date.now() - started > ms) throw new Error(`/healthz not 200 within ${ms / 1000} s (last ${status}; log: ${logFile})`);
        await sleep(200);
      }
    },
    async killTree() {
      const pids = [child.pid!, ...PIECES.map((p) => product.pidOf(p))];
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      const deadline = Date.now() + 20_000;
      while (pids.some(isAlive) && Date.now() < deadline) await sleep(100);
      // PostgreSQL's backends leave once they notice their postmaster is gone; a new postmaster waits for that.
      await sleep(1_500);
      return pids;
    },
    async restart() {
      const mark = out.length;
      launch();
      await product.waitFor(/Press Ctrl-C to stop\./, 240_000, mark);
      await product.healthyWithin(30_000);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid!, 'SIGINT');
        await Promise.race([exited, sleep(15_000)]);
        if (child.exitCode === null && child.signalCode === null) await product.killTree();
      }
      log.end();
      const postmaster = path.join(pgDataDir, 'postmaster.pid');
      const deadline = Date.now() + 15_000;
      while (fs.existsSync(postmaster) && isAlive(Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0])) && Date.now() < deadline) await sleep(100);
      fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };

  o.say(`starting the product (scripts/start.ts with its own PostgreSQL and Temporal dev server) at ${baseUrl}; log ${logFile}`);
  launch();
  try {
    await product.waitFor(/Press Ctrl-C to stop\./, 300_000);
    await product.healthyWithin(30_000);
  } catch (err) {
    await product.stop().catch(() => {});
    throw new Error(`${(err as Error).message}\n${out.slice(-3000)}`, { cause: err });
  }
  o.say(
    `product up: web ${product.pidOf('web app')}, worker ${product.pidOf('worker')}, mail ${product.pidOf('mail process')}, Temporal ${product.pidOf('Temporal dev server')}, PostgreSQL ${product.pidOf('PostgreSQL')}`,
  );
  return product;
}
