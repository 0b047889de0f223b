// The lifecycle part: for each mode of the product (scripts/bench/products/), the product's API
// lifecycles at each concurrency level beside the bare Temporal baseline — start + 5 Updates, and
// Update-With-Start + 4 Updates — in the same run against the same dev server; latency, throughput,
// errors, CPU per lifecycle by process and thread, the product's SQL per lifecycle, and what each
// process costs at idle.
import fs from 'node:fs';
import path from 'node:path';
import { connectClient } from '../../../platform/temporal/connection.js';
import type { BareActivityKind } from '../bare/messages.js';
import { cpuPerLifecycle, cpuSnapshot, cpuTargets, type CpuPerLifecycle, type CpuSnapshot, type CpuTargets } from '../measure/cpu.js';
import { apiToken, bareLifecycle, bareWithStartLifecycle, mergeRuns, productLifecycle, runLifecycles, type Lifecycle, type RunResult } from './lifecycles.js';
import type { BenchOptions } from '../options.js';
import { workflowThreadsOfTree, type ThreadId } from '../measure/proc-cpu.js';
import type { Progress } from '../measure/progress.js';
import type { BenchServers } from '../servers.js';
import { openStatistics, STATS_SETTLE_MS, type SqlSnapshot } from '../measure/sql-stats.js';
import { percentiles, ratio, type Percentiles } from '../measure/stats.js';
import { MODE_TITLES, startProduct, type BenchProduct, type Mode } from '../products/index.js';

export interface SystemResult {
  lifecycles: number;
  completed: number;
  seconds: number;
  throughput: number;
  create: Percentiles;
  action: Percentiles;
  byStep: Record<string, Percentiles>;
  errors: { message: string; count: number }[];
  cpu: CpuPerLifecycle;
}

export interface LevelResult {
  concurrency: number;
  product: SystemResult;
  /** bare Temporal: a start and 5 Updates */
  bare: SystemResult;
  /** bare Temporal: Update-With-Start (start + first Update in one call) and 4 Updates */
  bareWithStart: SystemResult;
  sql: { statementsPerLifecycle: number; transactionsPerLifecycle: number; statisticsEvicted: boolean };
  ratios: {
    throughput: number;
    /** the product's node processes' CPU per lifecycle / the bare worker's */
    nodeCpu: number;
    actionP95: number;
    /** create p95 / the bare Update-With-Start's p95 */
    createP95: number;
  };
}

export interface ModeResult {
  mode: Mode;
  title: string;
  levels: LevelResult[];
  /** nothing running: CPU ms per second of each process, and SQL statements per second */
  idle: { seconds: number; cpuPerSecond: CpuPerLifecycle; statementsPerSecond: number };
  workflowThreads: ThreadId[];
}

export interface ApiResult {
  /** how the bare steps ran their activity */
  bareActivity: BareActivityKind;
  modes: ModeResult[];
  bareWorkflowThreads: { found: ThreadId[]; selfReport: number[]; ruleAgrees: boolean; how: string };
}

const CONTACTS = ['hypercare', 'udvidet', 'basis', 'faktureret'].map((c) => `kontakt1@${c}.test`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** After the last lifecycle: let trailing work (activities after the last answer, workflow completion) land in this phase's CPU. */
const TRAILING_MS = 1500;
const THREAD_RULE =
  'in each process of the tree: threads named like the main thread (Node 20 names none of its threads), started after the first thread of the SDK core ' +
  "(`tokio-runtime-w`), and seen waiting in `do_epoll_wait` (an event loop of its own; Node's helper threads wait on futexes) — " +
  'read from /proc/<pid>/task/*/{stat,wchan}; on the bare worker checked against its own thread list before and after Worker.create';

function summarize(run: RunResult, cpu: CpuPerLifecycle): SystemResult {
  const errors = new Map<string, number>();
  for (const e of run.errors) errors.set(e, (errors.get(e) ?? 0) + 1);
  return {
    lifecycles: run.lifecycles,
    completed: run.completed,
    seconds: run.seconds,
    throughput: run.completed / run.seconds,
    create: percentiles(run.create),
    action: percentiles(run.action),
    byStep: Object.fromEntries(Object.entries(run.byStep).map(([k, v]) => [k, percentiles(v)])),
    errors: [...errors].map(([message, count]) => ({ message, count })),
    cpu,
  };
}

type Half = { run: RunResult; window: [CpuSnapshot, CpuSnapshot] };
type System = 'product' | 'bare' | 'bareWithStart';

export async function runApiPart(servers: BenchServers, options: BenchOptions, progress: Progress): Promise<ApiResult> {
  const client = connectClient({ address: servers.temporalAddress, namespace: 'default' });
  const stats = await openStatistics(servers.adminUrl);
  let tokens: { agent: string; contacts: string[] } | undefined;
  try {
    const bareThreads = await workflowThreadsOfTree(servers.barePid);
    const bareTids = bareThreads.map((t) => t.tid);
    const ruleAgrees = [...bareTids].sort().join() === [...servers.bareWorkflowThreads].sort().join();
    const modes: ModeResult[] = [];
    for (const mode of options.modes) {
      progress.say(`mode ${mode}: starting ${MODE_TITLES[mode]}…`);
      const product = await startProduct(mode, {
        databaseUrl: servers.databaseUrl,
        temporalAddress: servers.temporalAddress,
        work: servers.work,
        say: (l) => progress.say(l),
      });
      try {
        if (!tokens) {
          const [agent, ...contacts] = await Promise.all(['agent@desk.test', ...CONTACTS].map((e) => apiToken(product.baseUrl, e)));
          tokens = { agent, contacts };
        }
        const targets = await cpuTargets(servers, product.roots, bareThreads);
        progress.say(
          `mode ${mode}: up at ${product.baseUrl}; workflow threads ${targets.productWorkflowThreads.map((t) => `${t.tid} (pid ${t.pid})`).join(', ') || 'none found'}`,
        );
        modes.push(await runMode(mode, product, targets, { client, stats, options, progress, tokens }));
      } finally {
        progress.say(`mode ${mode}: stopping the product…`);
        await product.stop();
        keepLogs(product, options.outDir);
      }
    }
    return {
      bareActivity: options.bareActivity,
      modes,
      bareWorkflowThreads: { found: bareThreads, selfReport: servers.bareWorkflowThreads, ruleAgrees, how: THREAD_RULE },
    };
  } finally {
    await stats.close();
    await client.connection.close();
  }
}

/** The product's output of the latest run, for reading what it logged: <out>/logs/<mode>-<file>. */
function keepLogs(product: BenchProduct, outDir: string): void {
  const dir = path.join(outDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  for (const file of product.logFiles) if (fs.existsSync(file)) fs.copyFileSync(file, path.join(dir, `${product.mode}-${path.basename(file)}`));
}

interface ModeTools {
  client: ReturnType<typeof connectClient>;
  stats: Awaited<ReturnType<typeof openStatistics>>;
  options: BenchOptions;
  progress: Progress;
  tokens: { agent: string; contacts: string[] };
}

async function runMode(mode: Mode, product: BenchProduct, targets: CpuTargets, t: ModeTools): Promise<ModeResult> {
  const { options, progress } = t;
  const lifecycles: Record<System, (run: string) => Lifecycle> = {
    product: () => productLifecycle(product.baseUrl, t.tokens),
    bare: (run) => bareLifecycle(t.client, `${mode}-${run}`, options.bareActivity),
    bareWithStart: (run) => bareWithStartLifecycle(t.client, `${mode}-${run}`, options.bareActivity),
  };
  // The product's SQL is counted over windows around its own phases: a transaction count is exact once
  // the product has been idle STATS_SETTLE_MS (a backend publishes its counts on an idle timer).
  let productIdleSince = performance.now();
  const settled = async (): Promise<SqlSnapshot> => {
    const wait = productIdleSince + STATS_SETTLE_MS - performance.now();
    if (wait > 0) await sleep(wait);
    return t.stats.snapshot();
  };
  const half = async (label: string, count: number, concurrency: number, lifecycle: Lifecycle): Promise<Half> => {
    progress.start(label, count);
    const before = cpuSnapshot(targets);
    const run = await runLifecycles(count, concurrency, lifecycle, () => progress.tick());
    await sleep(TRAILING_MS);
    const window: [CpuSnapshot, CpuSnapshot] = [before, cpuSnapshot(targets)];
    progress.finish(
      `${(run.completed / run.seconds).toFixed(2)} lifecycles/s${run.errors.length ? `, ${run.errors.length} ERRORS (first: ${run.errors[0]})` : ''}`,
    );
    return { run, window };
  };

  const warm = Math.min(4, options.warmup);
  await half(`${mode}: warm-up, product`, options.warmup, warm, lifecycles.product('warmup'));
  productIdleSince = performance.now();
  await half(`${mode}: warm-up, bare`, Math.ceil(options.warmup / 2), warm, lifecycles.bare('warmup'));
  await half(`${mode}: warm-up, bare with start`, Math.ceil(options.warmup / 2), warm, lifecycles.bareWithStart('warmup'));

  // Idle: what each process costs with nothing to do (health probes, polling).
  const idleStart = await settled();
  const idleCpu0 = cpuSnapshot(targets);
  progress.say(`${mode}: idle for ${options.idleSeconds} s…`);
  await sleep(options.idleSeconds * 1000);
  const idle = {
    seconds: options.idleSeconds,
    cpuPerSecond: cpuPerLifecycle([[idleCpu0, cpuSnapshot(targets)]], options.idleSeconds),
    statementsPerSecond: ((await t.stats.snapshot()).statements - idleStart.statements) / options.idleSeconds,
  };

  const levels: Promise<LevelResult>[] = [];
  for (const [index, concurrency] of options.levels.entries()) {
    // Each system in two halves, ordered ABCCBA or CBAABC (alternating by level), so a drift of the
    // shared machine's load between the halves falls on every system alike.
    const sizes = [Math.floor(options.lifecycles[index] / 2), Math.ceil(options.lifecycles[index] / 2)];
    const order: System[] = index % 2 === 0 ? ['product', 'bare', 'bareWithStart'] : ['bareWithStart', 'bare', 'product'];
    const halves: Record<System, Half[]> = { product: [], bare: [], bareWithStart: [] };
    const sqlWindows: Promise<[SqlSnapshot, SqlSnapshot]>[] = [];
    let sqlBefore: SqlSnapshot | undefined;
    const sequence = [...order.map((s) => [s, 0] as const), ...[...order].reverse().map((s) => [s, 1] as const)];
    for (const [i, [system, h]] of sequence.entries()) {
      if (system === 'product' && !sqlBefore) sqlBefore = await settled();
      halves[system].push(await half(`${mode} c=${concurrency} ${system} ${h + 1}/2`, sizes[h], concurrency, lifecycles[system](`c${concurrency}-${h}`)));
      if (system === 'product' && sequence[i + 1]?.[0] !== 'product') {
        productIdleSince = performance.now();
        const start = sqlBefore!;
        sqlWindows.push(settled().then((end) => [start, end]));
        sqlBefore = undefined;
      }
    }
    const whole = (s: System) => {
      const [a, b] = halves[s];
      const run = mergeRuns(a.run, b.run);
      return summarize(run, cpuPerLifecycle([a.window, b.window], run.completed));
    };
    const [pr, br, ur] = [whole('product'), whole('bare'), whole('bareWithStart')];
    levels.push(
      Promise.all(sqlWindows).then((windows) => ({
        concurrency,
        product: pr,
        bare: br,
        bareWithStart: ur,
        sql: {
          statementsPerLifecycle: windows.reduce((n, [a, b]) => n + b.statements - a.statements, 0) / pr.completed,
          transactionsPerLifecycle: windows.reduce((n, [a, b]) => n + b.transactions - a.transactions, 0) / pr.completed,
          statisticsEvicted: windows.some(([a, b]) => a.dealloc !== b.dealloc),
        },
        ratios: {
          throughput: ratio(pr.throughput, br.throughput),
          nodeCpu: ratio(pr.cpu.groups.product, br.cpu.groups.bareWorker),
          actionP95: ratio(pr.action.p95, br.action.p95),
          createP95: ratio(pr.create.p95, ur.create.p95),
        },
      })),
    );
  }
  return { mode, title: MODE_TITLES[mode], levels: await Promise.all(levels), idle, workflowThreads: targets.productWorkflowThreads };
}
