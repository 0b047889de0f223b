// Writing a case's transitions out: the read model, timeline and notifications (a local activity,
// briefly retried), billing lines at the end. A write that keeps failing never loops inside the
// workflow task (which would grow the history without bound): it moves to a durable activity whose
// retries the server keeps, and the case carries on. A write refused as bad data is recorded without
// its text, the case is flagged as needing attention and the desk managers are told.
import * as wf from '@temporalio/workflow';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import type { CaseActivities } from './activity-contract.js';
import type { TransitionRecord } from './records.js';
import { DATA_ERROR } from './recording-types.js';

export const quick = wf.proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '20s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '4s', maximumAttempts: 3, nonRetryableErrorTypes: [DATA_ERROR] },
});
/** Retried by the server (no history growth) with backoff up to ten minutes, for as long as it takes. */
export const durable = wf.proxyActivities<CaseActivities>({
  startToCloseTimeout: '1m',
  retry: { initialInterval: '5s', backoffCoefficient: 2, maximumInterval: '10m', nonRetryableErrorTypes: [DATA_ERROR] },
});
/** Reads at receipt: briefly retried, then the workflow task fails and is retried by the server. */
export const reads = wf.proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '20s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10s', maximumAttempts: 5 },
});

const isDataFailure = (err: unknown) => err instanceof ApplicationFailure && err.type === DATA_ERROR;

/**
 * A write refused as bad data. A regular activity's failure arrives as an ActivityFailure caused by
 * the activity's ApplicationFailure; a local activity's arrives as that ApplicationFailure itself —
 * which cases before the 'local-data-errors' patch did not recognise (they recorded it through the
 * durable activity instead, one attempt later).
 */
export const isDataError = (err: unknown) =>
  (err instanceof ActivityFailure && isDataFailure(err.cause)) || (isDataFailure(err) && wf.patched('local-data-errors'));

export interface Recorder {
  record(rec: TransitionRecord): Promise<void>;
  /** Resolves once every transition handed over has been written (or given up as bad data). */
  settled(): Promise<void>;
  /** The transitions not yet written (the one being written included), oldest first. */
  unwritten(): TransitionRecord[];
}

/**
 * `onBadData` flags the case and returns the record to write in place of the refused one; `unwritten`
 * are transitions an earlier run of the case handed over unwritten, written first.
 */
export function createRecorder(onBadData: (refused: TransitionRecord) => TransitionRecord, unwritten: TransitionRecord[] = []): Recorder {
  const backlog: TransitionRecord[] = [...unwritten];
  let draining = false;

  // Written with promise chains rather than async functions: every promise made in a workflow costs the
  // SDK's stack-trace hook a captured stack (temporalio/sdk-typescript#1587), and this runs for every decision.
  function write(rec: TransitionRecord, viaServer: boolean): Promise<void> {
    let written: Promise<void>;
    try {
      written = viaServer ? durable.recordTransition(rec) : quick.recordTransition(rec);
    } catch (err) {
      written = Promise.reject(err); // refused before it was scheduled: handled like a failed write, as an async function would
    }
    return written.catch((err: unknown) => {
      if (!isDataError(err)) throw err;
      wf.log.error('a case transition was refused as bad data; recorded without its text', { seq: rec.view.version, kind: rec.event.kind });
      return durable.recordTransition(onBadData(rec)).catch((again: unknown) => wf.log.error('the replacement record failed too', { error: String(again) }));
    });
  }

  async function drain(): Promise<void> {
    draining = true;
    while (backlog.length) {
      await write(backlog[0]!, true);
      backlog.shift();
    }
    draining = false;
  }

  if (backlog.length) void drain();
  return {
    record(rec) {
      if (draining) {
        backlog.push(rec);
        return Promise.resolve();
      }
      return write(rec, false).catch((err: unknown) => {
        wf.log.error('recording a case transition failed; it is retried in the background', { seq: rec.view.version, error: String(err) });
        backlog.push(rec);
        if (!draining) void drain();
      });
    },
    async settled() {
      await wf.condition(() => !draining && backlog.length === 0);
    },
    unwritten: () => [...backlog],
  };
}
