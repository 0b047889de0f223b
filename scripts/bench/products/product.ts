// The ways the benchmark runs the product — each as users run it, against the benchmark's own
// PostgreSQL and Temporal dev server — and what they share: the settings the product must not
// inherit from the benchmark's environment, waiting for a port to answer, stopping a process group.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { ENV_NAMES } from '../../../config/env.js';

/**
 * - `start`:   `npm start` as a newcomer runs it: the supervisor and its web, worker and mail
 *              processes, development defaults (log level info, mail dispatch and inbound on).
 * - `compose`: the web, worker and mail commands of docker-compose.yml with its production settings,
 *              each a process of its own (one replica each, no proxy).
 * - `tuned`:   issue 15's configuration: scripts/start.ts with NODE_ENV=production, LOG_LEVEL=warn,
 *              MAIL_DISPATCH=off (the figure before issue 22).
 */
export type Mode = 'start' | 'compose' | 'tuned';
export const MODES: readonly Mode[] = ['start', 'compose', 'tuned'];

export const MODE_TITLES: Record<Mode, string> = {
  start: '`npm start` (supervisor + web, worker, mail; default settings)',
  compose: 'docker-compose.yml settings (web, worker, mail as separate processes; production)',
  tuned: 'tuned (scripts/start.ts, NODE_ENV=production, LOG_LEVEL=warn, MAIL_DISPATCH=off)',
};

export interface ProductContext {
  databaseUrl: string;
  temporalAddress: string;
  /** A scratch folder of this run (logs, data folders, the workflow bundle). */
  work: string;
  say: (line: string) => void;
  /** Write a V8 CPU profile of every product process (and thread) into this folder (the `start` mode only). */
  profileDir?: string;
}

export interface BenchProduct {
  mode: Mode;
  baseUrl: string;
  /** The roots of the product's process trees: everything under them is the product's CPU. */
  roots: number[];
  /** Where the product's output goes (its last lines are shown when a run fails). */
  logFiles: string[];
  /** Set when the product appends the SQL of requests marked `X-Statement-Log` here (tuned mode). */
  statementLog?: string;
  /** Stops it as a user would (Ctrl-C, or SIGTERM to each container's process); profiles are written then. */
  stop(): Promise<void>;
}

/** The benchmark's own environment without any setting of the product: the mode says what the product gets. */
/** Where `--no-stack-trace-hook` leaves the NODE_OPTIONS every process of the run starts with. */
export const EXPERIMENT_NODE_OPTIONS = 'BENCH_EXPERIMENT_NODE_OPTIONS';

export function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ENV_NAMES) delete env[name];
  delete env.NODE_OPTIONS;
  if (process.env[EXPERIMENT_NODE_OPTIONS]) env.NODE_OPTIONS = process.env[EXPERIMENT_NODE_OPTIONS];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Waits until GET `url` answers 200 (or the child exits, or the time is up). */
export async function untilHealthy(url: string, children: ChildProcess[], logFiles: string[], ms = 240_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const ended = children.find((c) => c.exitCode !== null || c.signalCode !== null);
    if (ended) throw new Error(`a product process exited (${ended.exitCode ?? ended.signalCode}) during start:\n${tails(logFiles)}`);
    const res = await fetch(url).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the product did not become healthy within ${ms / 1000} s:\n${tails(logFiles)}`);
}

/** Waits until `file` contains a line matching `pattern`. */
export async function untilLogged(file: string, pattern: RegExp, child: ChildProcess, ms = 240_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`a product process exited (${child.exitCode ?? child.signalCode}) during start:\n${tails([file])}`);
    if (pattern.test(fs.readFileSync(file, 'utf8'))) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no "${pattern.source}" in ${file} within ${ms / 1000} s:\n${tails([file])}`);
}

export function tails(files: string[]): string {
  return files.map((f) => `--- ${f}\n${fs.existsSync(f) ? fs.readFileSync(f, 'utf8').slice(-2000) : '(none)'}`).join('\n');
}

/** Sends `signal` to the child's process group (it was started detached), SIGKILL after `graceMs`; resolves when it has exited. */
export function stopGroup(child: ChildProcess, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    signalGroup(child, signal);
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    child.kill(signal);
  }
}
