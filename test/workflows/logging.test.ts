// SDK, workflow and activity logs land in the product log (pino) with the case number on each line
// about a case: the worker is built by worker/run.ts exactly as in production, writing to a log the
// test reads back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { AGENT, qualifiedCase } from './steps.js';

type Line = Record<string, unknown> & { msg: string; level: number };
const lines: Line[] = [];
const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness({ log });
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
});
afterAll(async () => h?.close());

describe('the product log', () => {
  it('has the workflow, activity and SDK lines of a case, each with its case number', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    await h.act(number, AGENT, 'resolve', { summary: 'Done.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    // Forwarded lines are buffered briefly by the SDK; the workflow's last line comes last.
    await expect.poll(() => lines.some((l) => l.msg === 'Workflow completed' && l.workflowId === `case-${number}`), { timeout: 10_000 }).toBe(true);

    const about = lines.filter((l) => l.workflowId === `case-${number}`);
    expect(about.length).toBeGreaterThan(0);
    expect(about.filter((l) => l.caseNumber !== number)).toEqual([]);
    // The workflow's own log (`log` from @temporalio/workflow, through the SDK's sink).
    expect(about).toContainEqual(expect.objectContaining({ msg: 'Workflow started', workflowType: 'caseWorkflow', caseNumber: number }));
    expect(about).toContainEqual(expect.objectContaining({ msg: 'Workflow completed', caseNumber: number }));
    // An activity's log (`log` from @temporalio/activity), and the SDK's lines about activities.
    expect(about).toContainEqual(
      expect.objectContaining({ msg: 'billing lines written', sdkComponent: 'activity', activityType: 'writeBillingLines', caseNumber: number, written: 1 }),
    );
    expect(about).toContainEqual(expect.objectContaining({ msg: 'Activity completed', activityType: 'recordTransition', caseNumber: number }));
    // The worker's own lines reach the same log.
    expect(lines).toContainEqual(expect.objectContaining({ sdkComponent: 'worker', msg: expect.stringMatching(/worker/i) }));
    expect(lines.every((l) => typeof l.time === 'number' && typeof l.level === 'number')).toBe(true);
  });
});
