// The Temporal Schedule that runs the retention workflow every night at 02:30 Copenhagen time. Made or
// brought up to date by every worker process at start (idempotent: the same id, the latest settings —
// RETENTION_MONTHS, the task queue), so a changed setting reaches it with the next start. A run that is
// still going when the next is due is not started twice; a night missed while Temporal was down is
// caught up within a day.
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';
import type { AppEnv } from '../../config/env.js';
import { RETENTION_WORKFLOW_ID, type RetentionInput } from '../../workflows/retention.js';

export const RETENTION_SCHEDULE_ID = 'retention-nightly';

export function retentionScheduleOptions(env: Pick<AppEnv, 'TEMPORAL_TASK_QUEUE' | 'RETENTION_MONTHS'>) {
  const input: RetentionInput = { retentionMonths: env.RETENTION_MONTHS };
  return {
    scheduleId: RETENTION_SCHEDULE_ID,
    spec: { calendars: [{ hour: 2, minute: 30, comment: 'nightly' }], timezone: 'Europe/Copenhagen' },
    action: { type: 'startWorkflow', workflowType: 'retentionWorkflow', taskQueue: env.TEMPORAL_TASK_QUEUE, workflowId: RETENTION_WORKFLOW_ID, args: [input] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  } satisfies ScheduleOptions;
}

/** Creates the schedule, or updates it to the current settings when it exists. */
export async function ensureRetentionSchedule(client: Client, env: Pick<AppEnv, 'TEMPORAL_TASK_QUEUE' | 'RETENTION_MONTHS'>): Promise<'created' | 'updated'> {
  const options = retentionScheduleOptions(env);
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  await client.schedule.getHandle(RETENTION_SCHEDULE_ID).update((previous) => ({
    ...previous,
    spec: options.spec,
    action: options.action,
    policies: { ...previous.policies, ...options.policies },
  }));
  return 'updated';
}
