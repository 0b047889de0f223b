// Repairs cases whose read model is behind their workflow (`npm run -s repair`): a transition whose
// record was lost or refused leaves the row at an older version, a case filed while Temporal was down
// has a row at version 0 and no process, and a case whose data was refused is flagged `needsAttention`.
// Each is re-recorded from its workflow's `caseView` query (services/cases/read-model.ts: idempotent,
// the highest version wins) or has its process started (services/cases/processes.ts). A stuck case —
// one Temporal refused a decision on, one whose run grew far past its hand-over point, one whose process
// stopped while it is open — is moved on (services/cases/move-on.ts, docs/long-cases.md).
import { WorkflowNotFoundError, type WorkflowExecutionDescription } from '@temporalio/client';
import { QueryTypes } from 'sequelize';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import { caseViewQuery, type CaseView } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { startMissingProcesses } from './processes.js';
import { missingTimelineVersions, recordCaseView } from './read-model.js';
import { resolveRefusals } from './process-refusals.js';
import { handOverRun, restartStoppedCase } from './move-on.js';

export interface RepairCandidate {
  number: number;
  workflowId: string;
  version: number;
  status: string;
  splitFrom: number | null;
  flagged: boolean;
  /** Seconds since the row was created. */
  age: number;
  /** Temporal refused a decision on the case and that is not resolved yet. */
  refused?: boolean;
  /** The view the read model holds. */
  view?: CaseView | null;
}

/** A row this young without a process is being filed right now (its request starts the process). */
const FILING_GRACE_MS = 10_000;

export type RepairOutcome = 'in_step' | 'repaired' | 'started' | 'moved_on' | 'needs_attention' | 'failed';

export interface RepairResult {
  number: number;
  outcome: RepairOutcome;
  /** One line for the person running the repair (null for a case that was in step). */
  line: string | null;
}

export interface RepairOptions {
  /** Look at closed and withdrawn cases too (by default: open ones, version 0 and flagged ones). */
  all?: boolean;
  /** Only these case numbers. */
  numbers?: number[];
  /** Cases asked in parallel. */
  concurrency?: number;
  /** How long to wait for a case asked to continue as new (ms). */
  handOverWaitMs?: number;
}

/** The cases worth asking their workflow about. */
export async function repairCandidates(s: Services, o: RepairOptions = {}): Promise<RepairCandidate[]> {
  const only = o.numbers?.length ? 'AND number IN (:numbers)' : '';
  return s.db.sequelize.query<RepairCandidate>(
    `SELECT number, workflow_id AS "workflowId", version, status, split_from AS "splitFrom",
            COALESCE(view->>'needsAttention' = 'true', false) AS flagged,
            EXTRACT(EPOCH FROM now() - created_at)::float AS age, view,
            EXISTS (SELECT 1 FROM case_process_refusals r WHERE r.case_number = cases.number AND r.resolved_at IS NULL) AS refused
     FROM cases
     WHERE (:all OR status NOT IN (:terminal) OR version = 0 OR view->>'needsAttention' = 'true'
            OR number IN (SELECT case_number FROM case_process_refusals WHERE resolved_at IS NULL)) ${only}
     ORDER BY number`,
    { type: QueryTypes.SELECT, replacements: { all: o.all ?? false, terminal: TERMINAL_STATUSES, numbers: o.numbers ?? [] } },
  );
}

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];

type Checked = RepairResult | { number: number; noProcess: true };

/** A run this many times its hand-over point long did not hand over by itself (older code, or a stuck run). */
const OVERGROWN = 2;

/** Moves a stuck case on, or null when it is not stuck. */
async function moveOnIfStuck(s: Services, c: RepairCandidate, o: RepairOptions): Promise<RepairResult | null> {
  let described: WorkflowExecutionDescription;
  try {
    described = await s.temporal.workflow.getHandle(c.workflowId).describe();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return null;
    throw err;
  }
  const open = !TERMINAL_STATUSES.includes(c.status as (typeof TERMINAL_STATUSES)[number]) && c.version > 0;
  const running = described.status.name === 'RUNNING';
  const overgrown = running && described.historyLength > OVERGROWN * s.env.CASE_RUN_MAX_EVENTS;
  if (!(c.refused && running) && !overgrown && !(open && !running && described.status.name !== 'COMPLETED')) {
    if (c.refused && !open) await resolveRefusals(s, c.number); // ended meanwhile: nothing left to move on
    return null;
  }
  const moved = running
    ? await handOverRun(s, c.workflowId, c.number, described, o.handOverWaitMs)
    : await restartStoppedCase(s, c.workflowId, c.number, described, c.view ?? null);
  if (!moved.runId) return { number: c.number, outcome: moved.line.includes(' failed: ') ? 'failed' : 'in_step', line: moved.line };
  await resolveRefusals(s, c.number);
  return { number: c.number, outcome: 'moved_on', line: moved.line };
}

async function checkCase(s: Services, c: RepairCandidate, o: RepairOptions): Promise<Checked> {
  const moved = await moveOnIfStuck(s, c, o).catch((err: unknown): RepairResult => ({
    number: c.number,
    outcome: 'failed',
    line: `#${c.number} failed: could not move it on (${firstLine(err)})`,
  }));
  if (moved) return moved;
  let view: CaseView;
  try {
    view = await s.temporal.workflow.getHandle(c.workflowId).query(caseViewQuery);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) {
      if (c.version === 0 && c.age * 1000 < FILING_GRACE_MS) return { number: c.number, outcome: 'in_step', line: null };
      if (c.version === 0) return { number: c.number, noProcess: true };
      return {
        number: c.number,
        outcome: 'failed',
        line: `#${c.number} failed: ${c.workflowId} has no process in Temporal (read model: ${c.status}, version ${c.version})`,
      };
    }
    return { number: c.number, outcome: 'failed', line: `#${c.number} failed: could not ask its workflow (${firstLine(err)})` };
  }
  const flagged = view.needsAttention === true;
  if (view.version <= c.version && !flagged && !c.flagged) return { number: c.number, outcome: 'in_step', line: null };
  const written = await recordCaseView(s, c.workflowId, view);
  const gaps = await missingTimelineVersions(s, c.workflowId, view.version);
  const gapText = gaps.length ? `; its timeline lacks the transitions of versions ${gaps.join(', ')}` : '';
  const at = `version ${view.version} (${view.status})`;
  if (flagged) {
    return {
      number: c.number,
      outcome: 'needs_attention',
      line: `#${c.number} needs attention: read model ${written ? 're-recorded' : 'already'} at ${at}${gapText}; a transition could not be recorded as sent — see its timeline`,
    };
  }
  if (!written) return { number: c.number, outcome: 'in_step', line: null };
  const change =
    view.version > c.version
      ? `read model version ${c.version} → ${view.version} (${c.status} → ${view.status})`
      : `read model re-recorded at ${at}, no longer flagged (its workflow is not)`;
  return { number: c.number, outcome: 'repaired', line: `#${c.number} repaired: ${change}${gapText}` };
}

/** Starts the processes of rows that have none; one result per such case. */
async function startProcesses(s: Services, missing: RepairCandidate[]): Promise<RepairResult[]> {
  const wanted = new Set(missing.map((c) => c.number));
  const started = new Set<number>();
  let failure: string | null = null;
  try {
    // startMissingProcesses takes 100 rows at a time; stop once a round starts nothing new.
    for (let round = 0; round <= Math.ceil(wanted.size / 100); round++) {
      const fresh = (await startMissingProcesses(s, FILING_GRACE_MS)).filter((n) => !started.has(n));
      fresh.forEach((n) => started.add(n));
      if (!fresh.length || [...wanted].every((n) => started.has(n))) break;
    }
  } catch (err) {
    failure = `could not start its process (${firstLine(err)})`;
  }
  return missing.map((c): RepairResult => {
    if (started.has(c.number)) return startedResult(c);
    const why = failure ?? `it has no process and none was started${c.splitFrom ? ` (a split of #${c.splitFrom}, whose process starts it)` : ''}`;
    return { number: c.number, outcome: 'failed', line: `#${c.number} failed: ${why}` };
  });
}

const startedResult = (c: RepairCandidate): RepairResult => ({
  number: c.number,
  outcome: 'started',
  line: `#${c.number} started: it had no process (filed while Temporal was unreachable); its read model follows as the process records its receipt`,
});

/** Checks every candidate and repairs what is behind; `onResult` hears each case as it is done. */
export async function repairCases(s: Services, o: RepairOptions = {}, onResult: (r: RepairResult) => void = () => {}): Promise<RepairResult[]> {
  const candidates = await repairCandidates(s, o);
  const results: RepairResult[] = [];
  const missing: RepairCandidate[] = [];
  let next = 0;
  const lane = async () => {
    while (next < candidates.length) {
      const c = candidates[next++]!;
      const checked = await checkCase(s, c, o).catch((err: unknown): RepairResult => ({
        number: c.number,
        outcome: 'failed',
        line: `#${c.number} failed: ${firstLine(err)}`,
      }));
      if ('noProcess' in checked) missing.push(c);
      else {
        results.push(checked);
        onResult(checked);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 8) }, lane));
  if (missing.length) {
    for (const r of await startProcesses(s, missing)) {
      results.push(r);
      onResult(r);
    }
  }
  return results.sort((a, b) => a.number - b.number);
}
