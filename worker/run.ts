// The case worker: the case workflows (from the prebuilt bundle or the source), their activities and
// the SDK's logging into the product's log. Production (platform/boot.ts) and the workflow tests
// (test/support/case-harness.ts) build it with the same function, so the tests run the production wiring.
import { Worker, Runtime, makeTelemetryFilterString, type NativeConnection } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { DataConverter } from '@temporalio/common';
import type { AppEnv } from '../config/env.js';
import type { Database } from '../db/connection.js';
import { createActivities, type CaseActivities } from '../activities/index.js';
import { createRetentionActivities } from '../activities/retention.js';
import { sdkLogger } from '../platform/logger.js';
import { workflowCode } from './workflow-code.js';
import { payloadProtection } from '../platform/temporal/codec/data-converter.js';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  /** Namespace, task queue, workflow cache size and the prebuilt workflow bundle (bundled from source when unset). */
  env: Pick<AppEnv, 'TEMPORAL_NAMESPACE' | 'TEMPORAL_TASK_QUEUE' | 'WORKER_MAX_CACHED_WORKFLOWS' | 'WORKFLOW_BUNDLE' | 'PAYLOAD_KEYS' | 'DATA_DIR'>;
  db: Database;
  log: Logger;
  /** Replace activities (tests wrap them to inject failures). */
  activities?: Partial<CaseActivities>;
  /** The payload codec's data converter; by default the process's own (PAYLOAD_KEYS, case keys in `db`). */
  dataConverter?: DataConverter;
}

export interface RunningWorker {
  readonly state: () => string;
  shutdown(): Promise<void>;
  /** Settles when the worker stops; rejects if it crashed. */
  readonly done: Promise<void>;
}

/** Where the SDK's log lines go; one slot per process, shared by every copy of this module (test runners may load it more than once). */
const DESTINATION = Symbol.for('service-desk.temporal-log-destination');
const slot = globalThis as { [DESTINATION]?: Logger };
const routedLogger = sdkLogger(() => slot[DESTINATION]!);

/** The core SDK's own (native) log level: warnings, unless the product logs at debug or trace. */
function coreLevel(level: string): 'TRACE' | 'DEBUG' | 'WARN' | 'ERROR' {
  if (level === 'trace') return 'TRACE';
  if (level === 'debug') return 'DEBUG';
  return ['error', 'fatal', 'silent'].includes(level) ? 'ERROR' : 'WARN';
}

/**
 * Sends the Temporal SDK's logging (core, worker, workflow and activity logs) to `log`, each line
 * about a case with its case number. The SDK's runtime is installed once per process, by the first
 * Temporal worker connection at the latest, so call this before connecting; later calls only change
 * the destination.
 */
export function routeSdkLogs(log: Logger): void {
  const first = slot[DESTINATION] === undefined;
  slot[DESTINATION] = log;
  if (!first) return;
  try {
    Runtime.install({
      logger: routedLogger,
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: coreLevel(log.level) }), forward: {} } },
    });
  } catch (err) {
    log.warn({ err }, 'the Temporal runtime started before its logging was routed: SDK logs go to its default logger');
  }
}

/** The worker settings the product runs with; the benchmark's bare Temporal baseline uses the same. */
export function workerSettings(env: Pick<AppEnv, 'WORKER_MAX_CACHED_WORKFLOWS'>) {
  return { maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS, shutdownGraceTime: '5s' } as const;
}

/** The case worker as production runs it, not yet running. */
export async function createCaseWorker(o: CaseWorkerOptions): Promise<Worker> {
  routeSdkLogs(o.log);
  return Worker.create({
    connection: o.connection,
    namespace: o.env.TEMPORAL_NAMESPACE,
    taskQueue: o.env.TEMPORAL_TASK_QUEUE,
    workflowBundle: await workflowCode(o.env.WORKFLOW_BUNDLE),
    activities: { ...createActivities({ db: o.db }), ...createRetentionActivities({ db: o.db }), ...o.activities },
    dataConverter: o.dataConverter ?? payloadProtection(o.env, o.db).dataConverter,
    ...workerSettings(o.env),
  });
}

/** Builds the case worker and runs it until shut down. */
export async function runWorker(o: CaseWorkerOptions): Promise<RunningWorker> {
  const worker = await createCaseWorker(o);
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
