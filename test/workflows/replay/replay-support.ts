// Replaying recorded case histories against a workflow bundle, and checking that the activities it
// schedules get the same inputs as recorded (billing lines above all).
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, Worker, type InjectedSinks } from '@temporalio/worker';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import { pino } from 'pino';
import { routeSdkLogs } from '../../../worker/run.js';
import { historyFromJson } from './history-json.js';
import type { Payload } from '@temporalio/common';
import { historyProtection } from './history-keys.js';
import { CURRENT_DIR, HISTORIES_DIR } from './history-scenarios.js';
import type { ActivityInputSinks } from './fixtures/activity-inputs.js';

export interface RecordedHistory {
  /** `archive/<name>` or `current/<name>`. */
  workflowId: string;
  history: History;
}

/** Every recorded history: those of earlier code versions (archive/) and of the current scenarios (current/). */
export function recordedHistories(): RecordedHistory[] {
  const out: RecordedHistory[] = [];
  for (const dir of [path.join(HISTORIES_DIR, 'archive'), CURRENT_DIR]) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      out.push({ workflowId: `${path.basename(dir)}/${file.replace(/\.json$/, '')}`, history: historyFromJson(fs.readFileSync(path.join(dir, file), 'utf8')) });
    }
  }
  return out;
}

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** The workflow code at `workflowsPath`, bundled with the activity-input recorder. */
export async function bundleWithRecorder(workflowsPath: string): Promise<string> {
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules: [path.resolve('test/workflows/replay/fixtures/activity-inputs.ts')],
    logger: quiet,
  });
  return bundle.code;
}

export interface ReplayOutcome {
  /** workflow id → the replay error's message, for histories that did not replay. */
  failures: Record<string, string>;
  /** workflow id → activity inputs that differ from the recorded ones. */
  inputChanges: Record<string, string[]>;
}

/** The activities a history recorded as scheduled, with their decoded arguments (through the payload codec), in order. */
async function recordedActivities(history: History): Promise<{ type: string; args: unknown[] }[]> {
  const { codec } = historyProtection();
  const scheduled = (history.events ?? []).map((e) => e.activityTaskScheduledEventAttributes).filter((a): a is NonNullable<typeof a> => !!a);
  return Promise.all(
    scheduled.map(async (a) => ({
      type: a.activityType?.name ?? '',
      args: (await codec.decode((a.input?.payloads ?? []) as Payload[])).map((p) => JSON.parse(Buffer.from(p.data ?? []).toString('utf8'))),
    })),
  );
}

export async function replay(code: string, histories: RecordedHistory[]): Promise<ReplayOutcome> {
  routeSdkLogs(pino({ level: 'silent' }));
  const scheduled = new Map<string, { type: string; args: unknown[] }[]>();
  const sinks: InjectedSinks<ActivityInputSinks> = {
    scheduled: {
      activity: {
        fn: (info, type, args) => {
          const list = scheduled.get(info.workflowId) ?? [];
          list.push({ type, args: JSON.parse(JSON.stringify(args)) });
          scheduled.set(info.workflowId, list);
        },
        callDuringReplay: true,
      },
    },
  };
  const outcome: ReplayOutcome = { failures: {}, inputChanges: {} };
  // Histories recorded under the payload codec are read with their keys; older, plain ones pass through it.
  const { dataConverter } = historyProtection();
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code }, sinks, dataConverter }, histories)) {
    if (result.error) outcome.failures[result.workflowId] = result.error.message;
  }
  for (const h of histories) {
    const recorded = await recordedActivities(h.history);
    const now = scheduled.get(h.workflowId) ?? [];
    const changes = recorded.flatMap((r, i) =>
      JSON.stringify(r) === JSON.stringify(now[i]) ? [] : [`${r.type} #${i + 1}: recorded ${JSON.stringify(r.args)}, now ${JSON.stringify(now[i]?.args)}`],
    );
    if (now.length > recorded.length) changes.push(`${now.length - recorded.length} activities more than recorded`);
    if (changes.length) outcome.inputChanges[h.workflowId] = changes;
  }
  return outcome;
}
