// CPU snapshots of every process the benchmark runs, and their differences per lifecycle.
import { threadsCpuMs, treeCpu, type ThreadId } from './proc-cpu.js';

export interface CpuTargets {
  devServerPid: number;
  postmasterPid: number;
  productPid: number;
  barePid: number;
  productWorkflowThreads: ThreadId[];
  bareWorkflowThreads: ThreadId[];
}

/** CPU ms so far: groups, and each process of the product's tree by `<name>[<pid>]`. */
export interface CpuSnapshot {
  groups: Record<CpuGroup, number>;
  productProcesses: Record<string, number>;
}

export const CPU_GROUPS = {
  temporal: 'Temporal dev server',
  product: 'product, all processes',
  postgres: 'PostgreSQL, all processes',
  bareWorker: 'bare worker',
  productWorkflowThread: 'product workflow thread(s)',
  bareWorkflowThread: 'bare workflow thread(s)',
  bench: 'benchmark process (load generator, bare client)',
} as const;
export type CpuGroup = keyof typeof CPU_GROUPS;

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

export function cpuSnapshot(t: CpuTargets): CpuSnapshot {
  const productProcesses = treeCpu(t.productPid);
  const own = process.cpuUsage();
  return {
    productProcesses,
    groups: {
      temporal: sum(treeCpu(t.devServerPid)),
      product: sum(productProcesses),
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
  productProcesses: Record<string, number>;
}

/** ms per lifecycle over one or more measured windows (a process that started in a window counts from 0). */
export function cpuPerLifecycle(windows: [CpuSnapshot, CpuSnapshot][], lifecycles: number): CpuPerLifecycle {
  const groups = Object.fromEntries(Object.keys(CPU_GROUPS).map((k) => [k, 0])) as Record<CpuGroup, number>;
  const productProcesses: Record<string, number> = {};
  for (const [before, after] of windows) {
    for (const k of Object.keys(groups) as CpuGroup[]) groups[k] += after.groups[k] - before.groups[k];
    for (const [k, v] of Object.entries(after.productProcesses)) productProcesses[k] = (productProcesses[k] ?? 0) + v - (before.productProcesses[k] ?? 0);
  }
  const per = (v: number) => (lifecycles > 0 ? v / lifecycles : NaN);
  return {
    groups: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, per(v)])) as Record<CpuGroup, number>,
    productProcesses: Object.fromEntries(Object.entries(productProcesses).map(([k, v]) => [k, per(v)])),
  };
}
