// CPU snapshots of every process the benchmark runs, and their differences per lifecycle.
import { PRODUCT_ROLES, productCpuByRole, threadsCpuMs, treeCpu, workflowThreadsOfTree, type ProductRole, type ThreadId } from './proc-cpu.js';

export interface CpuTargets {
  devServerPid: number;
  postmasterPid: number;
  /** the roots of the product's process trees (one for `npm start`, one per service for compose) */
  productRoots: number[];
  barePid: number;
  productWorkflowThreads: ThreadId[];
  bareWorkflowThreads: ThreadId[];
}

/** The processes to read: the bench's servers, the product's trees (their workflow threads as they are now) and the bare worker's threads. */
export async function cpuTargets(
  servers: { devServerPid: number; postmasterPid: number; barePid: number },
  productRoots: number[],
  bareWorkflowThreads: ThreadId[],
): Promise<CpuTargets> {
  return {
    devServerPid: servers.devServerPid,
    postmasterPid: servers.postmasterPid,
    productRoots,
    barePid: servers.barePid,
    productWorkflowThreads: (await Promise.all(productRoots.map((r) => workflowThreadsOfTree(r)))).flat(),
    bareWorkflowThreads,
  };
}

/** CPU ms so far: groups, and the product's processes by role. */
export interface CpuSnapshot {
  groups: Record<CpuGroup, number>;
  productProcesses: Record<ProductRole, number>;
}

export const CPU_GROUPS = {
  temporal: 'Temporal dev server',
  product: 'product, all node processes',
  postgres: 'PostgreSQL, all processes',
  bareWorker: 'bare worker',
  productWorkflowThread: 'product workflow thread(s)',
  bareWorkflowThread: 'bare workflow thread(s)',
  bench: 'benchmark process (load generator, bare client)',
} as const;
export type CpuGroup = keyof typeof CPU_GROUPS;

export const ROLE_TITLES: Record<ProductRole, string> = {
  supervisor: 'supervisor (scripts/start.ts)',
  web: 'web app',
  worker: 'worker',
  mail: 'mail process',
  launcher: 'launchers (npm, sh, tsx CLI)',
};

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

export function cpuSnapshot(t: CpuTargets): CpuSnapshot {
  const { byRole } = productCpuByRole(t.productRoots);
  const own = process.cpuUsage();
  return {
    productProcesses: byRole,
    groups: {
      temporal: sum(treeCpu(t.devServerPid)),
      product: sum(byRole),
      postgres: sum(treeCpu(t.postmasterPid)),
      bareWorker: sum(treeCpu(t.barePid)),
      productWorkflowThread: threadsCpuMs(t.productWorkflowThreads),
      bareWorkflowThread: threadsCpuMs(t.bareWorkflowThreads),
      bench: (own.user + own.system) / 1000,
    },
  };
}

export interface CpuPerLifecycle {
  groups: Record<CpuGroup, number>;
  productProcesses: Record<ProductRole, number>;
}

/** ms per lifecycle (or per second, with `per` the seconds) over one or more measured windows. */
export function cpuPerLifecycle(windows: [CpuSnapshot, CpuSnapshot][], per: number): CpuPerLifecycle {
  const groups = Object.fromEntries(Object.keys(CPU_GROUPS).map((k) => [k, 0])) as Record<CpuGroup, number>;
  const productProcesses = Object.fromEntries(PRODUCT_ROLES.map((r) => [r, 0])) as Record<ProductRole, number>;
  for (const [before, after] of windows) {
    for (const k of Object.keys(groups) as CpuGroup[]) groups[k] += after.groups[k] - before.groups[k];
    for (const r of PRODUCT_ROLES) productProcesses[r] += after.productProcesses[r] - before.productProcesses[r];
  }
  const each = (v: number) => (per > 0 ? v / per : NaN);
  return {
    groups: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, each(v)])) as Record<CpuGroup, number>,
    productProcesses: Object.fromEntries(Object.entries(productProcesses).map(([k, v]) => [k, each(v)])) as Record<ProductRole, number>,
  };
}
