// Doing a request's work once: the first request claims a key with a unique insert; a duplicate that
// arrives while the first still runs waits until it has settled, then gets its result. Used by API
// idempotency keys and one-time form tokens. No transaction stays open while the work runs.

export type ClaimOutcome<R> = { kind: 'claimed' } | { kind: 'existing'; row: R } | { kind: 'busy' };

export interface ClaimSteps<R> {
  /** Inserts the claim (or takes over an expired or abandoned one); true when this request now holds it. */
  insert: () => Promise<boolean>;
  /** The current claim, or null when it was released in the meantime. */
  read: () => Promise<R | null>;
  /** True when `row` is an answer to act on now (finished, or not ours to wait for). */
  settled: (row: R) => boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Claims, or waits up to `waitMs` for the holder of the claim to settle it. */
export async function claimOrWait<R>(steps: ClaimSteps<R>, waitMs: number, pollMs = 100): Promise<ClaimOutcome<R>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await steps.insert()) return { kind: 'claimed' };
    const row = await steps.read();
    if (row && steps.settled(row)) return { kind: 'existing', row };
    if (Date.now() >= deadline) return { kind: 'busy' };
    // Released rows are claimed again at once; running ones are polled.
    if (row) await sleep(pollMs);
  }
}

const lastPurge = new Map<string, number>();

/** Runs `purge` at most once per `everyMs` per process (old claims are removed in passing, no timer needed). */
export async function purgeNowAndThen(name: string, everyMs: number, now: number, purge: () => Promise<unknown>): Promise<void> {
  if (now - (lastPurge.get(name) ?? 0) < everyMs) return;
  lastPurge.set(name, now);
  await purge();
}
