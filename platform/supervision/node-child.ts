// One of the product's own processes (web app, worker, mail) run by the supervisor: a Node.js child
// with an IPC channel, over which it says when it is ready or why it could not start
// (platform/supervision/supervisor-link.ts). Its output is passed through; the last lines are kept to say why it ended.
// It runs the compiled JavaScript of its entry when given a build (platform/build/compile.ts), else the
// TypeScript source through tsx; the supervisor's own profiling flags (`node --cpu-prof …`) are passed on.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningPiece } from './supervised.js';
import type { ChildMessage } from './supervisor-link.js';

export interface NodeChild extends RunningPiece {
  pid: number;
  /** What the child sent with its ready message (e.g. the web app's URL). */
  info: Record<string, string>;
}

/** A child's own one-line account of why it could not start (already says what failed and how to fix it). */
export class ChildStartFailure extends Error {
  constructor(line: string) {
    super(line);
    this.name = 'ChildStartFailure';
  }
}

export interface NodeChildOptions {
  /** Shown in messages: "web app", "worker", "mail". */
  name: string;
  /** Entry file relative to the project root, e.g. web/main.ts. */
  entry: string;
  /** A compiled build of the sources (platform/build/compile.ts): run its JavaScript instead of the TypeScript. */
  build?: string;
  env: NodeJS.ProcessEnv;
  /** After SIGTERM, SIGKILL follows after this long. */
  graceMs: number;
  readyTimeoutMs?: number;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = import.meta.resolve('tsx');
/** Node flags a child gets from the supervisor: profiling (`node --cpu-prof scripts/start.ts` profiles every process). */
const PASSED_ON = /^--(cpu|heap)-prof/;

/** How a child is run: node, the supervisor's profiling flags, and the compiled entry or tsx with the source. */
export function childCommand(o: Pick<NodeChildOptions, 'entry' | 'build'>, execArgv = process.execArgv): string[] {
  const flags = execArgv.filter((a) => PASSED_ON.test(a));
  return o.build ? [...flags, path.join(o.build, o.entry.replace(/\.ts$/, '.js'))] : [...flags, '--import', TSX, path.join(ROOT, o.entry)];
}

/** Starts the child and resolves when it reports ready; rejects with its one-line reason otherwise. */
export function startNodeChild(o: NodeChildOptions): Promise<NodeChild> {
  const child = spawn(process.execPath, childCommand(o), {
    cwd: process.cwd(),
    env: o.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: true, // its own process group: a Ctrl-C reaches the supervisor, which stops children in order
  });
  // A child still running when the supervisor exits (e.g. one still starting when another failed) goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const tail: string[] = [];
  const keep = (d: Buffer) => {
    for (const line of d.toString().split('\n')) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 10));
  };
  child.stdout!.on('data', (d: Buffer) => {
    keep(d);
    process.stdout.write(d);
  });
  child.stderr!.on('data', (d: Buffer) => {
    keep(d);
    process.stderr.write(d);
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => resolve(`could not be run: ${err.message}`));
    child.once('exit', (code, signal) => {
      const last = tail
        .at(-1)
        ?.replace(/^\[\w+\]\s*/, '')
        .slice(0, 200);
      resolve(signal ? `signal ${signal}` : `exit code ${code}${code && last ? `: ${last}` : ''}`);
    });
  });
  const stop = () => stopChild(child, exited, o.graceMs);

  return new Promise<NodeChild>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${o.name} did not get ready within ${(o.readyTimeoutMs ?? 180_000) / 1000} s`));
    }, o.readyTimeoutMs ?? 180_000);
    child.on('message', (m: ChildMessage) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve({ pid: child.pid!, info: m.info ?? {}, exited, stop });
      } else if (m?.type === 'failed') {
        clearTimeout(timer);
        reject(new ChildStartFailure(m.message));
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${o.name} ended before it was ready (${how})`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<string>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(kill);
}
