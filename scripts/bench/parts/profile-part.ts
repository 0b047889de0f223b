// `npm run bench -- --profile`: where the `npm start` product's CPU goes under load. Runs the product
// as users do with every node process (and thread) under `--cpu-prof`, then at c=16 (or the highest
// level asked for below it): whole lifecycles (the window the profiles are summarised over), and each
// request kind on its own — N creates, then each action on those N cases — with CPU per process by
// /proc. Writes <out>/profile-<time>/{summary.md,summary.json,cpuprofiles/} (open a .cpuprofile in
// Chrome DevTools or speedscope for the whole picture).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuPerLifecycle, cpuSnapshot, cpuTargets, type CpuPerLifecycle } from '../measure/cpu.js';
import { monotonicUs, profileFiles, summarizeProfile, type ProfileSummary } from '../measure/cpu-profile.js';
import { productCpuByRole, type ProductRole } from '../measure/proc-cpu.js';
import type { Progress } from '../measure/progress.js';
import { profileMarkdown } from '../measure/profile-report.js';
import type { BenchOptions } from '../options.js';
import { startProduct } from '../products/index.js';
import type { BenchServers } from '../servers.js';
import { apiCall, apiToken, PRODUCT_ACTIONS, productLifecycle, runLifecycles, type Lifecycle } from './lifecycles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CONTACTS = ['hypercare', 'udvidet', 'basis', 'faktureret'].map((c) => `kontakt1@${c}.test`);
const TRAILING_MS = 1500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface KindCpu {
  kind: string;
  requests: number;
  seconds: number;
  /** CPU ms per request */
  cpu: CpuPerLifecycle;
}

export interface ProfileResult {
  startedAt: string;
  concurrency: number;
  lifecycles: number;
  lifecycleSeconds: number;
  /** CPU ms per lifecycle by process, from /proc over the profiled window */
  cpu: CpuPerLifecycle;
  kinds: KindCpu[];
  profiles: { role: ProductRole | 'unknown'; pid: number; thread: number; file: string; summary: ProfileSummary }[];
}

export async function runProfilePart(servers: BenchServers, options: BenchOptions, progress: Progress): Promise<string> {
  const startedAt = new Date().toISOString();
  const dir = path.resolve(options.outDir, `profile-${startedAt.replace(/[:.]/g, '-')}`);
  const profileDir = path.join(dir, 'cpuprofiles');
  fs.mkdirSync(profileDir, { recursive: true });
  const say = (l: string) => progress.say(l);
  progress.say('profile: starting `npm start` with --cpu-prof on every node process…');
  const product = await startProduct('start', {
    databaseUrl: servers.databaseUrl,
    temporalAddress: servers.temporalAddress,
    work: servers.work,
    say,
    profileDir,
  });
  const index = Math.max(
    0,
    options.levels.findLastIndex((c) => c <= 16),
  );
  const concurrency = options.levels[index];
  const n = options.lifecycles[index];
  let result: Omit<ProfileResult, 'profiles'>;
  let window: [number, number];
  let pids: Record<number, ProductRole>;
  try {
    const [agent, ...contacts] = await Promise.all(['agent@desk.test', ...CONTACTS].map((e) => apiToken(product.baseUrl, e)));
    const lifecycle = productLifecycle(product.baseUrl, { agent, contacts });
    const targets = await cpuTargets(servers, product.roots, []);
    const measure = async (label: string, count: number, run: Lifecycle) => {
      progress.start(label, count);
      const before = cpuSnapshot(targets);
      const from = monotonicUs();
      const done = await runLifecycles(count, concurrency, run, () => progress.tick());
      await sleep(TRAILING_MS);
      const to = monotonicUs();
      const cpu = cpuPerLifecycle([[before, cpuSnapshot(targets)]], done.completed);
      progress.finish(
        `${done.completed} in ${done.seconds.toFixed(1)} s${done.errors.length ? `, ${done.errors.length} ERRORS (first: ${done.errors[0]})` : ''}`,
      );
      return { cpu, seconds: done.seconds, window: [from, to] as [number, number] };
    };

    await measure('profile: warm-up', options.warmup, lifecycle);
    pids = productCpuByRole(product.roots).pids;
    const whole = await measure(`profile: c=${concurrency} lifecycles`, n, lifecycle);
    window = whole.window;

    // Each request kind on its own: N creates, then each action on the N cases.
    const kinds: KindCpu[] = [];
    const numbers: number[] = [];
    const creates = await measure(`profile: c=${concurrency} creates`, n, async (i) => {
      const t0 = performance.now();
      const body = { type: 'support', title: `Profiled case ${i}`, description: 'Filed by the benchmark.', fields: { workflow: 'Fakturering' } };
      const { number } = await apiCall(product.baseUrl, 'POST', '/cases', contacts[i % contacts.length], body, 201);
      numbers[i] = number!;
      return { create: performance.now() - t0, steps: [] };
    });
    kinds.push({ kind: 'create', requests: n, seconds: creates.seconds, cpu: creates.cpu });
    for (const [action, input] of PRODUCT_ACTIONS) {
      const m = await measure(`profile: c=${concurrency} ${action}`, n, async (i) => {
        const t0 = performance.now();
        await apiCall(product.baseUrl, 'POST', `/cases/${numbers[i]}/actions/${action}`, agent, input, 200);
        return { create: performance.now() - t0, steps: [] };
      });
      kinds.push({ kind: action, requests: n, seconds: m.seconds, cpu: m.cpu });
    }
    result = { startedAt, concurrency, lifecycles: n, lifecycleSeconds: whole.seconds, cpu: whole.cpu, kinds };
  } finally {
    progress.say('profile: stopping the product (each process writes its profile as it ends)…');
    await product.stop();
  }
  await sleep(1000);
  const profiles = profileFiles(profileDir)
    .filter((p) => pids[p.pid] !== undefined)
    .map((p) => ({
      role: pids[p.pid],
      pid: p.pid,
      thread: p.thread,
      file: path.relative(dir, p.file),
      summary: summarizeProfile(p.file, ROOT, window[0], window[1]),
    }))
    .filter((p) => p.summary.busyMs > 0)
    .sort((a, b) => b.summary.busyMs - a.summary.busyMs);
  const full: ProfileResult = { ...result, profiles };
  fs.writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify(full, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'summary.md'), profileMarkdown(full));
  process.stdout.write(`\n${profileMarkdown(full)}\n`);
  return dir;
}
