// The Temporal SDK's log entries as lines of the product log (platform/logger.ts): the SDK's level
// and attributes kept, the case number added for a case workflow and its activities.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { caseNumberOf, sdkLogger } from '../../../platform/logger.js';
import { caseWorkflowId } from '../../../workflows/messages.js';

function capture(level = 'trace') {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, logger: sdkLogger(() => log) };
}

describe('the SDK logger', () => {
  it('reads the case number from a case workflow id, and only from one', () => {
    expect(caseNumberOf(caseWorkflowId(42))).toBe(42);
    expect(caseNumberOf('case-7')).toBe(7);
    for (const other of ['case-', 'case-7-child', 'other-7', 7, undefined, null]) expect(caseNumberOf(other)).toBeUndefined();
  });

  it('writes one pino line per entry at its level, with the case number and without the task token', () => {
    const { lines, logger } = capture();
    logger.info('billing lines written', {
      sdkComponent: 'activity',
      workflowId: 'case-12',
      activityType: 'writeBillingLines',
      taskToken: 'c2VjcmV0',
      lines: 2,
    });
    logger.debug('Workflow started', { sdkComponent: 'worker', workflowId: 'case-13', workflowType: 'caseWorkflow' });
    logger.log('WARN', 'Worker state changed', { sdkComponent: 'worker', state: 'STOPPING' });
    logger.trace('poll', { sdkComponent: 'core' });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'billing lines written',
      sdkComponent: 'activity',
      caseNumber: 12,
      activityType: 'writeBillingLines',
      lines: 2,
    });
    expect(lines[0]).not.toHaveProperty('taskToken');
    expect(lines[1]).toMatchObject({ level: 20, msg: 'Workflow started', caseNumber: 13, workflowId: 'case-13' });
    expect(lines[2]).toMatchObject({ level: 40, msg: 'Worker state changed', state: 'STOPPING' });
    expect(lines[2]).not.toHaveProperty('caseNumber');
    expect(lines[3]).toMatchObject({ level: 10, sdkComponent: 'core' });
  });

  it('keeps below-level entries out and writes an error as pino err', () => {
    const { lines, logger } = capture('info');
    logger.debug('Activity started', { workflowId: 'case-1' });
    logger.error('Workflow failed', { workflowId: 'case-1', error: new Error('boom') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, caseNumber: 1, err: { type: 'Error', message: 'boom' } });
  });
});
