// CPU time of processes, process trees and threads, read from /proc (Linux). A tree's time counts
// every live process in it plus the time of children it has already reaped (cutime/cstime), so a
// PostgreSQL backend that ends during a measurement still counts, in its postmaster.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICK_MS = 1000 / clockTicksPerSecond();

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

export interface TaskStat {
  id: number;
  comm: string;
  ppid: number;
  /** user + system time of the task itself, ms */
  ownMs: number;
  /** user + system time of its reaped children, ms */
  childrenMs: number;
  /** start time after boot, in clock ticks */
  start: number;
}

/** Parses /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat (the name may contain spaces and parentheses). */
export function readStat(file: string): TaskStat | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null; // ended meanwhile
  }
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const f = text.slice(close + 2).split(' '); // f[0] is field 3 (state)
  return {
    id: Number(text.slice(0, open)),
    comm: text.slice(open + 1, close),
    ppid: Number(f[1]),
    ownMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
    childrenMs: (Number(f[13]) + Number(f[14])) * TICK_MS,
    start: Number(f[19]),
  };
}

function allProcesses(): TaskStat[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readStat(`/proc/${d}/stat`))
    .filter((s): s is TaskStat => s !== null);
}

/** The live processes of the tree under `root` (root included). */
export function processTree(root: number): TaskStat[] {
  const all = allProcesses();
  const tree: TaskStat[] = [];
  const ids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if ((p.id === root || ids.has(p.ppid)) && !tree.includes(p)) {
        tree.push(p);
        ids.add(p.id);
        grew = true;
      }
    }
  }
  return tree;
}

/** What a process of the product does, from its command line: the processes users know, and what launches them (npm, tsx's CLI, sh). */
export type ProductRole = 'supervisor' | 'web' | 'worker' | 'mail' | 'launcher';
export const PRODUCT_ROLES: readonly ProductRole[] = ['supervisor', 'web', 'worker', 'mail', 'launcher'];

export function roleOf(args: string[]): ProductRole {
  const line = args.join(' ');
  if (/npm-cli\.js|tsx\/dist\/cli|node_modules\/\.bin\/tsx/.test(line) || /(^|\/)(sh|npm)$/.test(args[0] ?? '')) return 'launcher';
  if (/web\/main\.[cm]?[jt]s/.test(line)) return 'web';
  if (/worker\/mail-main\.[cm]?[jt]s/.test(line)) return 'mail';
  if (/worker\/main\.[cm]?[jt]s/.test(line)) return 'worker';
  if (/scripts\/start\.[cm]?[jt]s/.test(line)) return 'supervisor';
  return 'launcher';
}

function commandLine(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** CPU ms per process of a tree, each with what it has reaped; keys `<name>[<pid>]`. */
export function treeCpu(root: number): Record<string, number> {
  return Object.fromEntries(processTree(root).map((p) => [`${p.comm}[${p.id}]`, p.ownMs + p.childrenMs]));
}

/** CPU ms of the product's processes under `roots` by role, and which pid had which role. */
export function productCpuByRole(roots: number[]): { byRole: Record<ProductRole, number>; pids: Record<number, ProductRole> } {
  const byRole = Object.fromEntries(PRODUCT_ROLES.map((r) => [r, 0])) as Record<ProductRole, number>;
  const pids: Record<number, ProductRole> = {};
  for (const root of roots) {
    for (const p of processTree(root)) {
      const role = roleOf(commandLine(p.id));
      pids[p.id] = role;
      byRole[role] += p.ownMs + p.childrenMs;
    }
  }
  return { byRole, pids };
}

export function threadsOf(pid: number): TaskStat[] {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tids.map((t) => readStat(`/proc/${pid}/task/${t}/stat`)).filter((s): s is TaskStat => s !== null);
}

/**
 * The threads that run workflow code in a Temporal worker process (Node 20), found at idle. Node
 * names none of its threads, so all carry the process's name (`node`); the SDK's Rust core names its
 * own (`tokio-runtime-w`, …). The workflow threads are the SDK's worker_threads, which Worker.create
 * starts after the core's runtime is up (NativeConnection.connect), and which — like every Node event
 * loop — wait in epoll when idle, where Node's helper threads (V8 platform, libuv pool) wait on
 * futexes. So: threads named like the main thread, other than it, started after the first `tokio-`
 * thread, seen waiting in `do_epoll_wait` (/proc/…/wchan) in one of `samples` looks 50 ms apart.
 * The bare worker checks the rule against its own thread lists before and after Worker.create.
 */
export async function workflowThreads(pid: number, samples = 10): Promise<number[]> {
  const threads = threadsOf(pid);
  const main = threads.find((t) => t.id === pid);
  const core = threads.filter((t) => t.comm.startsWith('tokio-')).sort((a, b) => a.start - b.start || a.id - b.id)[0];
  if (!main || !core) return [];
  const after = (t: TaskStat) => t.start > core.start || (t.start === core.start && t.id > core.id);
  const candidates = threads.filter((t) => t.id !== pid && t.comm === main.comm && after(t)).map((t) => t.id);
  const looping = new Set<number>();
  for (let i = 0; i < samples; i++) {
    for (const tid of candidates) if (waitChannel(pid, tid) === 'do_epoll_wait') looping.add(tid);
    await new Promise((r) => setTimeout(r, 50));
  }
  return candidates.filter((tid) => looping.has(tid));
}

function waitChannel(pid: number, tid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${tid}/wchan`, 'utf8').trim();
  } catch {
    return '';
  }
}

export interface ThreadId {
  pid: number;
  tid: number;
}

/** The workflow threads of every process in the tree under `root` (the product runs its worker as a child process). */
export async function workflowThreadsOfTree(root: number): Promise<ThreadId[]> {
  const found: ThreadId[] = [];
  for (const p of processTree(root)) for (const tid of await workflowThreads(p.id)) found.push({ pid: p.id, tid });
  return found;
}

/** CPU ms of the given threads (a thread that ended counts 0). */
export function threadsCpuMs(threads: ThreadId[]): number {
  return threads.reduce((sum, t) => sum + (readStat(`/proc/${t.pid}/task/${t.tid}/stat`)?.ownMs ?? 0), 0);
}
