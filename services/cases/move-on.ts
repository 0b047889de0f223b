// Moving a stuck case on (the repair command, docs/long-cases.md). A case is stuck when Temporal refused
// a decision on it for a reason other than being unreachable (services/cases/process-refusals.ts), or
// when its run has grown far past the point where it should have handed over. Two ways on:
// - its run still runs: it is asked (the `handOver` signal, which no limit refuses) to continue as new
//   at its next quiet point, carrying the whole case (workflows/run-chain.ts);
// - its process stopped while the case is open (terminated, failed, timed out): a new run of the same
//   workflow id is started with the case its last run holds (the `carriedCase` query, answered by
//   replaying that run), or — when that run cannot be replayed — with the case as its read model has it
//   (workflows/restart.ts).
import { WithStartWorkflowOperation, WorkflowNotFoundError, type WorkflowExecutionDescription } from '@temporalio/client';
import { caseViewQuery, receiptUpdate, TASK_QUEUE, type CaseInput, type CaseView } from '../../workflows/messages.js';
import { carriedCaseQuery, handOverSignal } from '../../workflows/run-chain.js';
import { ownInput, type CarriedCase } from '../../workflows/carry.js';
import { carriedFromView } from '../../workflows/restart.js';
import { caseSearchAttributes } from '../../workflows/search-attributes.js';
import type { caseWorkflow } from '../../workflows/case.js';
import type { SearchAttributePair } from '@temporalio/common';
import type { Services } from '../context.js';
import { latestRunInput } from './run-input.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const short = (runId: string) => runId.slice(0, 8);

export interface MovedOn {
  /** One line for the person running the repair. */
  line: string;
  /** The run that now carries the case, or null when it did not move on. */
  runId: string | null;
}

/** Asks the case's running run to continue as new and waits (up to `waitMs`) for the new run. */
export async function handOverRun(s: Services, workflowId: string, number: number, before: WorkflowExecutionDescription, waitMs = 30_000): Promise<MovedOn> {
  const handle = s.temporal.workflow.getHandle(workflowId);
  await handle.signal(handOverSignal, { reason: 'repair' });
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    await sleep(250);
    const now = await handle.describe();
    if (now.runId !== before.runId) {
      return {
        line: `#${number} moved on: its run of ${before.historyLength} history events continued as new (run ${short(before.runId)} → ${short(now.runId)})`,
        runId: now.runId,
      };
    }
    if (now.status.name !== 'RUNNING')
      return { line: `#${number} moved on: its run ended (${now.status.name.toLowerCase()}) while it was asked to hand over`, runId: null };
  }
  return {
    line: `#${number} failed: asked its run (${before.historyLength} history events) to continue as new, but no new run started within ${waitMs / 1000} s — is a worker of this version running? (docs/long-cases.md)`,
    runId: null,
  };
}

/** Starts the next run of a case whose process stopped while the case is open; `readModelView` is its row's view. */
export async function restartStoppedCase(
  s: Services,
  workflowId: string,
  number: number,
  stopped: WorkflowExecutionDescription,
  readModelView: CaseView | null,
): Promise<MovedOn> {
  const input = await latestRunInput(s, workflowId);
  if (!input) throw new Error(`${workflowId}: its last run has no input in its history`);
  const handle = s.temporal.workflow.getHandle(workflowId);
  let carried: CarriedCase;
  let from: string;
  try {
    carried = { ...(await handle.query(carriedCaseQuery)), run: { number: 0, reason: 'restarted' } };
    from = `the state its last run held (version ${carried.state.version})`;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError || !readModelView) throw err;
    carried = carriedFromView(ownInput(input), readModelView);
    from = `its read model (version ${readModelView.version}); its last run could not be replayed: ${String((err as Error).message).split('\n')[0]}`;
  }
  const next: CaseInput = { ...ownInput(input), continued: carried };
  const view = await handle.query(caseViewQuery).catch(() => readModelView);
  const attributes = view ? (caseSearchAttributes(view).filter((p) => p.value !== null) as SearchAttributePair[]) : [];
  // Started with the receipt Update (answered at once: the case's version is past 1), so the start is confirmed.
  const start = new WithStartWorkflowOperation<typeof caseWorkflow>('caseWorkflow', {
    taskQueue: s.env.TEMPORAL_TASK_QUEUE ?? TASK_QUEUE,
    workflowId,
    args: [next],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    typedSearchAttributes: attributes,
    memo: stopped.memo ?? { title: input.title, company: input.companyId },
  });
  await s.temporal.workflow.executeUpdateWithStart(receiptUpdate, { startWorkflowOperation: start });
  const runId = (await handle.describe()).runId;
  return {
    line: `#${number} moved on: its process had stopped (${stopped.status.name.toLowerCase()}); run ${short(runId)} continues it from ${from}`,
    runId,
  };
}
