// The runs of a case's chain (a case that continued as new), first to last, each with its history:
// from the latest run's first event (which names the chain's first run) along the continued-as-new
// events. A case that never handed over has one run.
import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils.js';

export interface RunHistory {
  runId: string;
  history: History;
}

export async function chainHistories(client: Client, workflowId: string): Promise<RunHistory[]> {
  const latest: History = await client.workflow.getHandle(workflowId).fetchHistory();
  let runId: string | undefined = latest.events?.[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId ?? undefined;
  const runs: RunHistory[] = [];
  while (runId) {
    const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.push({ runId, history });
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    if (runs.length > 1000) throw new Error(`${workflowId}: more than 1000 runs`);
  }
  return runs;
}
