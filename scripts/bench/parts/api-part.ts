// The lifecycle part: at each concurrency level the product's API lifecycles, then the bare Temporal
// baseline's, in the same run against the same dev server; latency, throughput, errors, CPU per
// lifecycle by process and thread, and (product) SQL statements and transactions per lifecycle.
import { connectClient } from '../../../platform/temporal/connection.js';
import type { BareActivityKind } from '../bare/messages.js';
import { cpuPerLifecycle, cpuSnapshot, type CpuPerLifecycle, type CpuSnapshot, type CpuTargets } from '../measure/cpu.js';
import { apiToken, bareLifecycle, mergeRuns, productLifecycle, runLifecycles, type Lifecycle, type RunResult } from './lifecycles.js';
import type { BenchOptions } from '../options.js';
import { workflowThreadsOfTree, type ThreadId } from '../measure/proc-cpu.js';
import type { Progress } from '../measure/progress.js';
import type { BenchServers } from '../servers.js';
import { openStatistics, STATS_SETTLE_MS, type SqlSnapshot } from '../measure/sql-stats.js';
import { percentiles, ratio, type Percentiles } from '../measure/stats.js';

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
  bare: SystemResult;
  sql: { statementsPerLifecycle: number; transactionsPerLifecycle: number; statisticsEvicted: boolean };
  ratios: { throughput: number; actionP95: number; createP95: number };
}

export interface ApiResult {
  /** how the bare steps ran their activity */
  bareActivity: BareActivityKind;
  levels: LevelResult[];
  workflowThreads: { product: ThreadId[]; bare: ThreadId[]; bareSelfReport: number[]; ruleAgreesOnBare: boolean; how: string };
}

const CONTACTS = ['hypercare', 'udvidet', 'basis', 'faktureret'].map((c) => `kontakt1@${c}.test`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** After the last lifecycle: let trailing work (activities after the last answer, workflow completion) land in this phase's CPU. */
const TRAILING_MS = 1500;

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

export async function runApiPart(servers: BenchServers, options: BenchOptions, progress: Progress): Promise<ApiResult> {
  const [agent, ...contacts] = await Promise.all(['agent@desk.test', ...CONTACTS].map((e) => apiToken(servers.baseUrl, e)));
  const product = productLifecycle(servers.baseUrl, { agent, contacts });
  const client = connectClient({ address: servers.temporalAddress, namespace: 'default' });
  const stats = await openStatistics(servers.adminUrl);
  try {
    const targets: CpuTargets = {
      devServerPid: servers.devServerPid,
      postmasterPid: servers.postmasterPid,
      productPid: servers.productPid,
      barePid: servers.barePid,
      productWorkflowThreads: await workflowThreadsOfTree(servers.productPid),
      bareWorkflowThreads: await workflowThreadsOfTree(servers.barePid),
    };
    const bareTids = targets.bareWorkflowThreads.map((t) => t.tid);
    const sameThreads = [...bareTids].sort().join() === [...servers.bareWorkflowThreads].sort().join();
    const shown = (threads: ThreadId[]) => threads.map((t) => `${t.tid} (pid ${t.pid})`).join(', ') || 'none found';
    progress.say(
      `workflow threads: product ${shown(targets.productWorkflowThreads)}, bare ${shown(targets.bareWorkflowThreads)}` +
        ` (bare worker's own count: ${servers.bareWorkflowThreads.join(', ')}${sameThreads ? ', agrees' : ', DISAGREES'})`,
    );

    type Half = { run: RunResult; window: [CpuSnapshot, CpuSnapshot] };
    const half = async (label: string, lifecycles: number, concurrency: number, lifecycle: Lifecycle): Promise<Half> => {
      progress.start(label, lifecycles);
      const before = cpuSnapshot(targets);
      const run = await runLifecycles(lifecycles, concurrency, lifecycle, () => progress.tick());
      await sleep(TRAILING_MS);
      const window: [CpuSnapshot, CpuSnapshot] = [before, cpuSnapshot(targets)];
      const rate = run.completed / run.seconds;
      progress.finish(`${rate.toFixed(2)} lifecycles/s${run.errors.length ? `, ${run.errors.length} ERRORS (first: ${run.errors[0]})` : ''}`);
      return { run, window };
    };
    const whole = (a: Half, b: Half) => {
      const run = mergeRuns(a.run, b.run);
      return summarize(run, cpuPerLifecycle([a.window, b.window], run.completed));
    };

    // A transaction count is exact once the product has been idle STATS_SETTLE_MS: each snapshot is
    // taken that long after the product's last lifecycle while the bare baseline runs, and no
    // product lifecycle starts before it is taken.
    let settled: Promise<SqlSnapshot> | undefined;
    const settleLater = () => (settled = sleep(STATS_SETTLE_MS).then(() => stats.snapshot()));

    const warm = Math.min(4, options.warmup);
    await half('warm-up, product', options.warmup, warm, product);
    settleLater();
    await half('warm-up, bare', options.warmup, warm, bareLifecycle(client, 'warmup', options.bareActivity));

    const levels: Promise<LevelResult>[] = [];
    for (const [index, concurrency] of options.levels.entries()) {
      // Each system in two halves, ordered ABBA or BAAB (alternating by level), so a drift of the
      // shared machine's load between the halves falls on both systems alike.
      const sizes = [Math.floor(options.lifecycles[index] / 2), Math.ceil(options.lifecycles[index] / 2)];
      const productHalf = (i: number) => half(`c=${concurrency} product ${i + 1}/2`, sizes[i], concurrency, product);
      const bareHalf = (i: number) =>
        half(`c=${concurrency} bare ${i + 1}/2`, sizes[i], concurrency, bareLifecycle(client, `c${concurrency}-${i}`, options.bareActivity));
      const productFirst = index % 2 === 0;
      const b: Half[] = productFirst ? [] : [await bareHalf(0)];
      const sqlStart = await settled!;
      const p: Half[] = [await productHalf(0)];
      if (productFirst) b.push(await bareHalf(0), await bareHalf(1));
      p.push(await productHalf(1));
      const sqlEnd = settleLater();
      if (!productFirst) b.push(await bareHalf(1));

      const pr = whole(p[0], p[1]);
      const br = whole(b[0], b[1]);
      levels.push(
        sqlEnd.then((end) => ({
          concurrency,
          product: pr,
          bare: br,
          sql: {
            statementsPerLifecycle: (end.statements - sqlStart.statements) / pr.completed,
            transactionsPerLifecycle: (end.transactions - sqlStart.transactions) / pr.completed,
            statisticsEvicted: end.dealloc !== sqlStart.dealloc,
          },
          ratios: {
            throughput: ratio(pr.throughput, br.throughput),
            actionP95: ratio(pr.action.p95, br.action.p95),
            createP95: ratio(pr.create.p95, br.create.p95),
          },
        })),
      );
    }
    return {
      bareActivity: options.bareActivity,
      levels: await Promise.all(levels),
      workflowThreads: {
        product: targets.productWorkflowThreads,
        bare: targets.bareWorkflowThreads,
        bareSelfReport: servers.bareWorkflowThreads,
        ruleAgreesOnBare: sameThreads,
        how:
          'in each process of the tree: threads named like the main thread (Node 20 names none of its threads), started after the first thread of the SDK core ' +
          "(`tokio-runtime-w`), and seen waiting in `do_epoll_wait` (an event loop of its own; Node's helper threads wait on futexes) — " +
          'read from /proc/<pid>/task/*/{stat,wchan}; on the bare worker checked against its own thread list before and after Worker.create',
      },
    };
  } finally {
    await stats.close();
    await client.connection.close();
  }
}
