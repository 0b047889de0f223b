// Reads V8 CPU profiles (`node --cpu-prof`, one .cpuprofile per thread) and sums self time over a
// window of the monotonic clock: by function, by file and by package, with V8's own entries
// ((garbage collector), (program), (idle)) kept apart. A sample's time is the gap to the next one.
import fs from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileFile {
  file: string;
  pid: number;
  /** 0 for the main thread, else the worker thread's id */
  thread: number;
}

/** `CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`, as node names them. */
export function profileFiles(dir: string): ProfileFile[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(f) && { file: path.join(dir, f), m: /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\./.exec(f)! })
    .filter((x): x is { file: string; m: RegExpExecArray } => Boolean(x))
    .map(({ file, m }) => ({ file, pid: Number(m[1]), thread: Number(m[2]) }));
}

export interface Item {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  /** ms sampled in the window, without (idle) */
  busyMs: number;
  idleMs: number;
  functions: Item[];
  files: Item[];
  packages: Item[];
}

/** Where a script lives, short: `web/app.ts`, `pino/lib/tools.js`, `node:internal/…`, `workflow bundle`. */
export function shortUrl(url: string, root: string): string {
  if (!url) return '';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) return u.slice(nm + 'node_modules/'.length);
  if (u.startsWith(root)) return u.slice(root.length).replace(/^\//, '');
  if (/workflow-bundle|^\/?workflow/.test(u) && !u.startsWith('node:')) return `workflow bundle (${path.basename(u)})`;
  return u;
}

/** The package of a short url (`@temporalio/worker`, `pino`), `node` for node's own, the product's top folder otherwise. */
export function packageOf(short: string, functionName: string): string {
  if (!short) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  if (short.startsWith('node:')) return 'node (internals)';
  if (short.startsWith('workflow bundle')) return 'workflow bundle (product + SDK in the sandbox)';
  const parts = short.split('/');
  if (parts[0].startsWith('@')) return `${parts[0]}/${parts[1]}`;
  if (['web', 'services', 'worker', 'platform', 'db', 'domain', 'activities', 'workflows', 'config', 'i18n', 'scripts', '.build'].includes(parts[0]))
    return `product: ${parts[0]}/`;
  return parts[0];
}

const top = (m: Map<string, number>, n: number): Item[] =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000 }));

/** Self time in [fromUs, toUs] of the monotonic clock (µs, as V8 stamps samples); `n` items per list. */
export function summarizeProfile(file: string, root: string, fromUs: number, toUs: number, n = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (t < fromUs || t > toUs || next <= 0) continue;
    const frame = byId.get(profile.samples[i])!.callFrame;
    if (frame.functionName === '(idle)') {
      idle += next;
      continue;
    }
    busy += next;
    const short = shortUrl(frame.url, root);
    const fn = `${frame.functionName || '(anonymous)'}${short ? ` ${short}:${frame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + next);
    const fileKey = short || `(${frame.functionName.replace(/[()]/g, '')})`;
    files.set(fileKey, (files.get(fileKey) ?? 0) + next);
    const pkg = packageOf(short, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + next);
  }
  return { busyMs: busy / 1000, idleMs: idle / 1000, functions: top(functions, n), files: top(files, n), packages: top(packages, n) };
}

/** The monotonic clock in µs, as V8 stamps its samples (CLOCK_MONOTONIC, like process.hrtime). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
