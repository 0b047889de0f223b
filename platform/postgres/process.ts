// Runs the PostgreSQL programs themselves: initdb once, then the server. As root they run as the
// `postgres` user (PostgreSQL refuses to run as root), created if the system has none. On Linux the
// server is tied to this process (`setpriv --pdeathsig`), so it stops even if we are killed outright.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PostgresBinaries } from './binaries.js';

const run = promisify(execFile);
const SETPRIV = '/usr/bin/setpriv';

export interface RunAs {
  uid: number;
  gid: number;
}

export const isRoot = () => process.getuid?.() === 0;

/** The `postgres` user to run as when we are root (created when missing); null otherwise. */
export async function postgresUser(): Promise<RunAs | null> {
  if (!isRoot()) return null;
  const lookup = async (): Promise<RunAs> => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    try {
      await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    } catch (err) {
      throw new Error(`there is no 'postgres' user to run PostgreSQL as, and it could not be created (${(err as Error).message.split('\n')[0]})`, {
        cause: err,
      });
    }
    return lookup();
  }
}

/** Creates a cluster in the empty folder `dataDir` (made and handed to the `postgres` user as needed). */
export async function initdb(bins: PostgresBinaries, dataDir: string, o: { user: string; password: string; runAs: RunAs | null }): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dataDir, '..', `${path.basename(dataDir)}.pwfile`);
  fs.writeFileSync(pwfile, `${o.password}\n`, { mode: 0o600 });
  if (o.runAs) {
    fs.chownSync(dataDir, o.runAs.uid, o.runAs.gid);
    fs.chownSync(pwfile, o.runAs.uid, o.runAs.gid);
  }
  try {
    const args = [
      `--pgdata=${dataDir}`,
      '--auth=scram-sha-256',
      `--username=${o.user}`,
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--lc-messages=C',
      '--no-instructions',
    ];
    const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(bins.initdb, args, { ...(o.runAs ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d));
      child.stderr.on('data', (d: Buffer) => (output += d));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, output }));
    });
    if (result.code !== 0) throw new Error(`initdb failed (exit ${result.code}): ${lastLines(result.output)}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/** Starts the server on 127.0.0.1:`port` (TCP only), in its own process group; the caller waits until it answers. */
export function spawnPostgres(
  bins: PostgresBinaries,
  dataDir: string,
  o: { port: number; runAs: RunAs | null; settings?: Record<string, string>; onLine: (line: string) => void },
): ChildProcess {
  const args = ['-D', dataDir, '-p', String(o.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'];
  for (const [name, value] of Object.entries(o.settings ?? {})) args.push('-c', `${name}=${value}`);
  const tied = process.platform === 'linux' && fs.existsSync(SETPRIV);
  // SIGINT is PostgreSQL's "fast shutdown": it ends sessions and stops cleanly.
  const [cmd, argv] = tied ? [SETPRIV, ['--pdeathsig', 'INT', '--', bins.postgres, ...args]] : [bins.postgres, args];
  const child = spawn(cmd, argv, { ...(o.runAs ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let partial = '';
  const onData = (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) o.onLine(line);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return child;
}

function lastLines(text: string, n = 5): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}
