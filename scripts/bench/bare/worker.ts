// The bare baseline's worker, run as its own process by the benchmark (so its CPU is measured apart
// from the product's): the product's worker settings (worker/run.ts), the same dev server, its own
// task queue. Prints one JSON line when running: its workflow thread ids, found by comparing its
// thread list before and after the worker starts (they check the rule proc-cpu.ts applies to the product).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { readEnv } from '../../../config/env.js';
import { connectWorkerConnection, temporalTarget } from '../../../platform/temporal/connection.js';
import { createLogger } from '../../../platform/logger.js';
import { routeSdkLogs, workerSettings } from '../../../worker/run.js';
import { bareActivities } from './activities.js';
import { BARE_TASK_QUEUE } from './messages.js';

function threadsNamedLikeMain(): Set<number> {
  const name = (tid: string) => fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
  const main = name(String(process.pid));
  return new Set(
    fs
      .readdirSync('/proc/self/task')
      .filter((tid) => tid !== String(process.pid) && name(tid) === main)
      .map(Number),
  );
}

async function main(): Promise<void> {
  const env = readEnv();
  routeSdkLogs(createLogger(env.LOG_LEVEL, 'bare-worker'));
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: (m: string) => console.error(m), log() {} },
  });
  const connection = await connectWorkerConnection(temporalTarget(env, env.TEMPORAL_ADDRESS!));
  const before = threadsNamedLikeMain();
  const worker = await Worker.create({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: BARE_TASK_QUEUE,
    workflowBundle,
    activities: bareActivities,
    ...workerSettings(env),
  });
  const running = worker.run();
  await new Promise((r) => setTimeout(r, 500));
  const workflowThreads = [...threadsNamedLikeMain()].filter((tid) => !before.has(tid));
  process.stdout.write(`${JSON.stringify({ ready: true, workflowThreads })}\n`);
  const stop = () => worker.getState() === 'RUNNING' && worker.shutdown();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await running;
  await connection.close();
}

main().catch((err: Error) => {
  console.error(`bare worker failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
