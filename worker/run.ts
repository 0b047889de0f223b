// Runs a Temporal worker for the case workflow and its activities until shut down.
import { Worker, Runtime, DefaultLogger, makeTelemetryFilterString, type NativeConnection } from '@temporalio/worker';
import type { Database } from '../db/connection.js';
import { createActivities, type CaseActivities } from '../activities/index.js';
import { workflowCode } from './workflow-code.js';

export interface WorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Database;
  maxCachedWorkflows?: number;
  /** A prebuilt workflow bundle (see scripts/build-workflow-bundle.ts); bundled from source when absent. */
  bundlePath?: string;
  /** Replace activities (tests wrap them to inject failures). */
  activities?: Partial<CaseActivities>;
}

export interface RunningWorker {
  readonly state: () => string;
  shutdown(): Promise<void>;
  /** Settles when the worker stops; rejects if it crashed. */
  readonly done: Promise<void>;
}

let runtimeInstalled = false;

/** The SDK's own logging, kept to warnings so the product's log stays readable. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({
      logger: new DefaultLogger('WARN'),
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
    });
  } catch {
    // Already installed by someone else in this process (tests); keep theirs.
  }
}

/** The worker settings the product runs with; the benchmark's bare Temporal baseline uses the same. */
export function workerSettings(maxCachedWorkflows?: number) {
  return { maxCachedWorkflows: maxCachedWorkflows ?? 1000, shutdownGraceTime: '5s' } as const;
}

export async function runWorker(o: WorkerOptions): Promise<RunningWorker> {
  installQuietRuntime();
  const worker = await Worker.create({
    connection: o.connection,
    namespace: o.namespace,
    taskQueue: o.taskQueue,
    workflowBundle: await workflowCode(o.bundlePath),
    activities: { ...createActivities({ db: o.db }), ...o.activities },
    ...workerSettings(o.maxCachedWorkflows),
  });
  const done = worker.run();
  return {
    state: () => worker.getState(),
    done,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch(() => {});
    },
  };
}
