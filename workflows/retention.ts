// The nightly retention run (SPEC §10): the texts and files of cases closed more than `retentionMonths`
// ago are removed, batch by batch, and the data keys of cases an erasure touched while they were open
// are deleted once those cases have closed. Started by the `retention-nightly` Schedule
// (platform/temporal/retention-schedule.ts); the cut-off counts back from the run's own clock.
import * as wf from '@temporalio/workflow';

export interface RetentionInput {
  retentionMonths: number;
}

/** What one run removed: counts only, never a text or a name. */
export interface RetentionReport {
  closedBefore: string;
  cases: number;
  messages: number;
  events: number;
  attachments: number;
  mails: number;
  keys: number;
}

export interface RetentionActivities {
  /** Removes the texts of up to `limit` cases closed before `closedBefore` not yet cleared; counts what it removed. */
  removeExpiredCaseTexts(req: { closedBefore: string; limit: number }): Promise<Omit<RetentionReport, 'closedBefore'>>;
  /** Deletes the data keys of cases an erasure marked, now that they are closed; the number deleted. */
  shredPendingCaseKeys(): Promise<number>;
}

export const RETENTION_WORKFLOW_ID = 'retention-nightly';
const BATCH = 200;

const acts = wf.proxyActivities<RetentionActivities>({ startToCloseTimeout: '10 minutes', retry: { maximumAttempts: 5 } });

/** `months` calendar months before `at` (UTC; a day that does not exist in the earlier month rolls over). */
export function monthsBefore(at: number, months: number): Date {
  const d = new Date(at);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
}

export async function retentionWorkflow(input: RetentionInput): Promise<RetentionReport> {
  const closedBefore = monthsBefore(Date.now(), input.retentionMonths).toISOString();
  const report: RetentionReport = { closedBefore, cases: 0, messages: 0, events: 0, attachments: 0, mails: 0, keys: 0 };
  for (;;) {
    const batch = await acts.removeExpiredCaseTexts({ closedBefore, limit: BATCH });
    for (const k of ['cases', 'messages', 'events', 'attachments', 'mails', 'keys'] as const) report[k] += batch[k];
    if (batch.cases < BATCH) break;
  }
  report.keys += await acts.shredPendingCaseKeys();
  wf.log.info('retention run finished', { ...report });
  return report;
}
