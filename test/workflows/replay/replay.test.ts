// Replays the recorded histories of finished cases (test/workflows/replay/histories/) against the current
// workflow code: a change to workflows/ or domain/ that would break a running case fails here —
// with a nondeterminism error when the workflow would now take other steps, or as a changed
// activity input (billing lines above all) when a rule would now bill a running case differently.
//
// When this test fails after a change: do NOT re-record to make it pass. Running cases were started
// by the old code and would break the same way in production. Guard the change with
// `patched('<change-id>')` from @temporalio/workflow, or make the changed rule read the case's
// `rulesVersion` and raise RULES_VERSION (domain/rules-version.ts) — docs/architecture.md "Changing the process safely".
//
// Record the current scenarios again (after adding one, or when a new rules version starts) with
//   npm run -s record-histories
// which runs test/workflows/replay/history-scenarios.ts on the time-skipping server and overwrites
// histories/current/. Histories of earlier versions stay in histories/archive/ and are never rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createCaseHarness } from '../../support/case-harness.js';
import { WORKFLOWS_PATH } from '../../../worker/workflow-code.js';
import { CURRENT_DIR, recordHistories, SCENARIOS } from './history-scenarios.js';
import { bundleWithRecorder, recordedHistories, replay } from './replay-support.js';

beforeAll(async () => {
  if (process.env.RECORD_HISTORIES !== '1') return;
  // Errors of the product (a case that could not be started, say) on stderr while recording.
  const files = await recordHistories((env) => createCaseHarness({ env, log: pino({ level: 'error' }, pino.destination(2)) }));
  console.log(`recorded ${files.length} histories:\n${files.map((f) => `  ${path.relative(process.cwd(), f)}`).join('\n')}`);
}, 1_800_000);

describe('recorded case histories', () => {
  it('are there for every scenario, at least one per request type and main path', () => {
    const names = fs.readdirSync(CURRENT_DIR).filter((f) => f.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(Object.keys(SCENARIOS).length);
    expect(recordedHistories().length).toBeGreaterThanOrEqual(12);
  });

  it('replay against the current workflow code, scheduling the same activities with the same inputs', async () => {
    const histories = recordedHistories();
    const outcome = await replay(await bundleWithRecorder(WORKFLOWS_PATH), histories);
    expect(outcome.failures).toEqual({});
    expect(outcome.inputChanges).toEqual({});
    expect(histories.some((h) => h.workflowId.startsWith('archive/'))).toBe(true);
  });

  it('include cases that continued as new: every run of their chain, from its carried state', () => {
    const names = fs.readdirSync(CURRENT_DIR);
    for (const scenario of ['continued-reply-burst', 'continued-waiting-reminded', 'continued-quote-accepted']) {
      const runs = names.filter((f) => f.startsWith(`${scenario}.run`));
      expect(runs.length, scenario).toBeGreaterThanOrEqual(2);
      const last = recordedHistories().find((h) => h.workflowId === `current/${scenario}.run${runs.length}`)!;
      expect(last.history.events![0]!.workflowExecutionStartedEventAttributes!.continuedExecutionRunId, scenario).toBeTruthy();
    }
  });
});
