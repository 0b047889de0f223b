// Replays the recorded histories of finished cases (test/workflows/histories/*.json) against the
// current workflow bundle: a change to workflows/ that would break a running case's history fails
// here with a nondeterminism error.
//
// When this test fails after a change to the workflow: do NOT re-record to make it pass. Running
// cases were started by the old code and would break the same way in production. Guard the
// change with `patched('<change-id>')` from @temporalio/workflow (old branch for old histories,
// new branch for new ones; later `deprecatePatch`), and keep the old histories here.
//
// Re-record (only for new scenarios, or after a deliberate, deployed-everywhere break) with:
//   RECORD_HISTORIES=1 npx vitest run test/workflows/replay.test.ts
// It runs the scenarios in test/workflows/history-scenarios.ts on the time-skipping test server and
// overwrites test/workflows/histories/<scenario>.json (then commit the files).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { routeSdkLogs } from '../../worker/run.js';
import { createCaseHarness } from '../support/case-harness.js';
import { historyFromJson } from './history-json.js';
import { HISTORIES_DIR, recordHistories, SCENARIOS } from './history-scenarios.js';

beforeAll(async () => {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const h = await createCaseHarness();
  try {
    const files = await recordHistories(h);
    console.log(`recorded ${files.length} histories:\n${files.map((f) => `  ${path.relative(process.cwd(), f)}`).join('\n')}`);
  } finally {
    await h.close();
  }
});

describe('recorded case histories', () => {
  it('are there for every scenario', () => {
    const names = fs
      .readdirSync(HISTORIES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(names.sort()).toEqual(expect.arrayContaining(Object.keys(SCENARIOS).sort()));
  });

  it('replay deterministically against the current workflow code', async () => {
    routeSdkLogs(pino({ level: 'silent' }));
    const files = fs
      .readdirSync(HISTORIES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const histories = files.map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      history: historyFromJson(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8')),
    }));
    const results: { workflowId: string; error?: Error }[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: inject('workflowBundlePath') } }, histories)) {
      results.push(result);
    }
    expect(results.map((r) => r.workflowId)).toEqual(histories.map((h) => h.workflowId));
    const failures = results.filter((r) => r.error).map((r) => `${r.workflowId}: ${r.error!.message}`);
    expect(failures).toEqual([]);
  });
});
