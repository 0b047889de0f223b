// The retention Schedule on the dev server the product runs on: the product's worker made it at start
// (02:30 every night, Copenhagen time, overlap skipped); making it again updates it in place; and a run
// triggered now is carried out by the product's worker and reports counts only.
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { closeTestDatabase, devServerClient } from '../../support/servers.js';
import { eventually } from '../../support/mail.js';
import { ensureRetentionSchedule, RETENTION_SCHEDULE_ID } from '../../../platform/temporal/retention-schedule.js';

let client: Client | undefined;
afterAll(async () => {
  await client?.connection.close();
  await closeTestDatabase();
});

describe('the retention schedule', () => {
  it('runs the retention workflow nightly at 02:30 Copenhagen time, is made idempotently, and runs when triggered', async () => {
    client = await devServerClient();
    const handle = client.schedule.getHandle(RETENTION_SCHEDULE_ID);
    // The product's worker made it at its start.
    const made = await eventually(
      () => handle.describe().catch(() => null),
      (d) => d !== null,
      30_000,
      'the schedule',
    );
    expect(made!.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 2, end: 2, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] })]);
    expect(made!.spec.timezone).toBe('Europe/Copenhagen');
    expect(made!.policies.overlap).toBe('SKIP');
    expect(made!.action).toMatchObject({ type: 'startWorkflow', workflowType: 'retentionWorkflow', args: [{ retentionMonths: 60 }] });

    // Made again (another worker starting, a changed setting): updated in place, not a second schedule.
    expect(await ensureRetentionSchedule(client, { TEMPORAL_TASK_QUEUE: 'service-desk', RETENTION_MONTHS: 61 })).toBe('updated');
    expect((await handle.describe()).action).toMatchObject({ args: [{ retentionMonths: 61 }] });
    expect(await ensureRetentionSchedule(client, { TEMPORAL_TASK_QUEUE: 'service-desk', RETENTION_MONTHS: 60 })).toBe('updated');
    let count = 0;
    for await (const s of client.schedule.list()) if (s.scheduleId === RETENTION_SCHEDULE_ID) count += 1;
    expect(count).toBe(1);

    await handle.trigger();
    const started = await eventually(
      () => handle.describe(),
      (d) => d.info.recentActions.length > 0,
      30_000,
      'a triggered run',
    );
    const run = started.info.recentActions.at(-1)!.action;
    const report = await client.workflow.getHandle(run.workflow.workflowId, run.workflow.firstExecutionRunId).result();
    expect(report).toMatchObject({ cases: expect.any(Number), messages: expect.any(Number), keys: expect.any(Number) });
    expect(Object.values(report as Record<string, unknown>).every((v) => typeof v === 'number' || /^\d{4}-\d{2}-\d{2}T/.test(String(v)))).toBe(true);
  });
});
