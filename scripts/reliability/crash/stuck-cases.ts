// Cases whose process is stuck: open case workflows with an activity that keeps failing (attempt > 1),
// read from Temporal (visibility list, then each workflow's description). A bad input that got past
// the boundary shows here as a transition retried over and over.
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';

export interface StuckCases {
  open: number;
  retrying: { workflowId: string; activity: string; attempt: number; failure: string }[];
}

/** `dataConverter`: the product's payload codec, so the cases' memos can be read. */
export async function stuckCases(address: string, dataConverter: DataConverter): Promise<StuckCases> {
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: 'default', dataConverter });
  const out: StuckCases = { open: 0, retrying: [] };
  try {
    for await (const wf of client.workflow.list({ query: "ExecutionStatus = 'Running'" })) {
      out.open += 1;
      const d = await client.workflow.getHandle(wf.workflowId, wf.runId).describe();
      for (const p of d.raw.pendingActivities ?? []) {
        if ((p.attempt ?? 1) <= 1) continue;
        out.retrying.push({
          workflowId: wf.workflowId,
          activity: p.activityType?.name ?? '?',
          attempt: p.attempt ?? 0,
          failure: String(p.lastFailure?.message ?? '').slice(0, 200),
        });
      }
    }
  } finally {
    await connection.close();
  }
  return out;
}
