// A case's chain of runs. Temporal refuses every further Update once a run has taken 2 000 of them,
// and a run's history grows with every decision (hard limit 51 200 events), so a case whose run nears
// a limit — the server suggests continue-as-new, or the run has taken more Updates or history events
// than the case's run limits — continues as new at a quiet point, when every Update and signal handler
// has finished. The new run of the same workflow id (`case-<n>`) carries the whole case (see
// workflows/carry.ts); an Update that reached the server during the hand-over is retried by the server
// on the new run, so the person who sent it notices nothing. Temporal knows the Update ids a run has
// taken only within that run, so the chain carries the ids of its recent Updates: one sent again after
// a crash (the same id, derived from its Idempotency-Key) that an earlier run already took is answered
// with the case as it is, not taken a second time.
import * as wf from '@temporalio/workflow';
import type { CarriedCase } from './carry.js';
import type { CaseInput } from './messages.js';

/** When a run hands over: more Updates, or more history events, than these. */
export interface RunLimits {
  updates: number;
  events: number;
}

/** The defaults (CASE_RUN_MAX_UPDATES, CASE_RUN_MAX_EVENTS); Temporal's own limits are 2 000 Updates and 51 200 events. */
export const DEFAULT_RUN_LIMITS: RunLimits = { updates: 1000, events: 2000 };

/** Cases started before this change continue as new only from the first decision taken by code that has it. */
export const CONTINUE_AS_NEW_PATCH = 'continue-as-new';

export type HandOverReason = 'suggested' | 'updates' | 'events' | 'asked' | 'restarted';

/** How many of the latest Update ids the chain remembers (a retry after a crash comes within minutes). */
export const REMEMBERED_UPDATES = 500;

/** Asks a running case to continue as new at its next quiet point (the repair command's way to move a long run on). */
export const handOverSignal = wf.defineSignal<[{ reason?: string }]>('handOver');

/** The whole case as a new run would carry it (the repair command starts a stopped case's next run from it). */
export const carriedCaseQuery = wf.defineQuery<CarriedCase>('carriedCase');

export interface RunChain {
  /** Counts an Update the run has accepted (Temporal counts them per run) and remembers its id. */
  countUpdate(): void;
  /** The current Update (in its validator or handler) was taken by an earlier run of the chain. */
  isRepeat(): boolean;
  /** The ids of the chain's latest Updates, oldest first, for the next run. */
  updateIds(): string[];
  /** The signal asked for a hand-over. */
  readonly asked: boolean;
  /** Why the run should hand over now, or null. Call only where the run could hand over: it decides the patch. */
  due(): HandOverReason | null;
  /** Waits for a quiet point; resolves false when the case ended meanwhile, else continues as new (never resolves). */
  handOver(reason: HandOverReason, carry: (reason: HandOverReason) => CarriedCase, input: () => CaseInput): Promise<false>;
}

export function createRunChain(limits: RunLimits = DEFAULT_RUN_LIMITS, ended: () => boolean, earlierIds: string[] = []): RunChain {
  let updates = 0;
  let asked = false;
  const earlier = new Set(earlierIds);
  const recent = [...earlierIds];
  wf.setHandler(handOverSignal, () => void (asked = true));

  function reasonNow(): HandOverReason | null {
    const info = wf.workflowInfo();
    if (asked) return 'asked';
    if (info.continueAsNewSuggested) return 'suggested';
    if (updates > limits.updates) return 'updates';
    if (info.historyLength > limits.events) return 'events';
    return null;
  }

  return {
    countUpdate() {
      updates++;
      const id = wf.currentUpdateInfo()?.id;
      if (id === undefined || earlier.has(id)) return;
      recent.push(id);
      if (recent.length > REMEMBERED_UPDATES) recent.splice(0, recent.length - REMEMBERED_UPDATES);
    },
    isRepeat() {
      const id = wf.currentUpdateInfo()?.id;
      return id !== undefined && earlier.has(id);
    },
    updateIds: () => [...recent],
    get asked() {
      return asked;
    },
    due() {
      const reason = reasonNow();
      if (reason === null) return null;
      // Replaying a run recorded before this change: it went on in the same run, and so does the replay.
      if (wf.patched(CONTINUE_AS_NEW_PATCH)) return reason;
      asked = false;
      return null;
    },
    async handOver(reason, carry, input) {
      // Every Update and signal handler has finished: no accepted Update is cut off by the hand-over.
      await wf.condition(wf.allHandlersFinished);
      if (ended()) return false;
      const info = wf.workflowInfo();
      const next = wf.makeContinueAsNewFunc({ memo: info.memo, typedSearchAttributes: info.typedSearchAttributes });
      wf.log.info('the case continues as new', { reason, historyLength: info.historyLength, updates });
      const continued: CaseInput = { ...input(), continued: carry(reason) };
      return next(continued);
    },
  };
}
