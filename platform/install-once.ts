import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import lockfile from 'proper-lockfile';

export type Log = (line: string) => void;

const SETPRIV = '/usr/bin/setpriv';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

export async function isExecutable(file: string): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return false;
    await fs.access(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs `fn`, logging "<label>… N s" every `everyMs` while it runs and the elapsed time at the end. */
export async function withHeartbeat<T>(label: string, log: Log, fn: () => Promise<T>, everyMs = 15_000): Promise<T> {
  const start = Date.now();
  const timer = setInterval(() => log(`  …still ${label} (${Math.round((Date.now() - start) / 1000)} s)`), everyMs);
  try {
    const result = await fn();
    log(`  done ${label} in ${seconds(start)} s`);
    return result;
  } catch (err) {
    log(`  failed ${label} after ${seconds(start)} s`);
    throw err;
  } finally {
    clearInterval(timer);
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns a command (no shell), collecting output; never rejects for a non-zero exit, only for spawn errors. */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // On Linux, setpriv --pdeathsig stops a long build when this process is killed outright.
    const [file, argv] = fsSync.existsSync(SETPRIV) && process.platform === 'linux' ? [SETPRIV, ['--pdeathsig', 'KILL', '--', cmd, ...args]] : [cmd, args];
    const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout = (stdout + c.toString()).slice(-20_000)));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Last lines of a command's output, for error messages. */
export function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Installs `targetDir` exactly once across processes:
 * - holds a proper-lockfile lock (`<targetDir>.lock`) while installing; other callers wait, then reuse;
 * - `build(tmpDir)` fills a temp folder next to the target, which is renamed into place only when
 *   complete, so an interrupted build never leaves a half-installed target;
 * - `isComplete()` decides whether the target is already usable (checked again after the lock is taken).
 */
export async function installOnce(opts: {
  targetDir: string;
  label: string;
  log: Log;
  isComplete: () => Promise<boolean>;
  build: (tmpDir: string) => Promise<void>;
  maxWaitMs?: number;
}): Promise<boolean /* false: another process installed it meanwhile */> {
  const { targetDir, label, log } = opts;
  const parent = path.dirname(targetDir);
  await fs.mkdir(parent, { recursive: true });
  const release = await acquire(targetDir, label, log, opts.maxWaitMs ?? 30 * 60_000);
  try {
    if (await opts.isComplete()) {
      log(`${label}: installed by another process, reusing it`);
      return false;
    }
    await removeLeftovers(targetDir);
    const tmpDir = await fs.mkdtemp(`${targetDir}.tmp-`);
    try {
      await opts.build(tmpDir);
      await fs.chmod(tmpDir, 0o755); // mkdtemp makes it 0700
      await fs.rm(targetDir, { recursive: true, force: true }); // an old, incomplete install
      await fs.rename(tmpDir, targetDir);
      return true;
    } finally {
      await fs.rm(tmpDir, { recursive: true, force: true });
    }
  } finally {
    await release().catch(() => undefined);
  }
}

async function acquire(targetDir: string, label: string, log: Log, maxWaitMs: number) {
  const lockOpts = {
    lockfilePath: `${targetDir}.lock`,
    realpath: false,
    stale: 20_000, // a lock not refreshed for 20 s belongs to a dead process
    update: 5_000,
    onCompromised: (err: Error) => log(`${label}: install lock compromised (${err.message}); continuing`),
  };
  const start = Date.now();
  let lastNotice = 0;
  for (;;) {
    try {
      return await lockfile.lock(targetDir, lockOpts); // keyed per target: CLI and test server may install in parallel
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (Date.now() - start > maxWaitMs) {
        throw new Error(`${label}: gave up waiting for ${lockOpts.lockfilePath} after ${seconds(start)} s`, { cause: err });
      }
      if (Date.now() - lastNotice >= 15_000) {
        log(`${label}: another process is installing it, waiting (${Math.round((Date.now() - start) / 1000)} s)…`);
        lastNotice = Date.now();
      }
      await sleep(1000);
    }
  }
}

/** Temp folders of earlier, interrupted installs (only ever called while holding the lock). */
async function removeLeftovers(targetDir: string): Promise<void> {
  const parent = path.dirname(targetDir);
  const prefix = `${path.basename(targetDir)}.tmp-`;
  for (const name of await fs.readdir(parent)) {
    if (name.startsWith(prefix)) await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}
