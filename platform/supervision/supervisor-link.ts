// The child side of platform/supervision/node-child.ts: an entry (web/main.ts, worker/main.ts, worker/mail-main.ts)
// tells the supervisor it is ready or why it could not start, and stops when the supervisor is gone.
// Run on its own (docker-compose), the same calls print the one line and exit.
import type { Lifecycle } from './lifecycle.js';
import { describeStartFailure, writeFailureDetails } from './start-failure.js';

export type ChildMessage = { type: 'ready'; info?: Record<string, string> } | { type: 'failed'; message: string };

const supervised = () => typeof process.send === 'function' && process.connected;

/** True when this process was started by the supervisor (scripts/start.ts), which prepared the database. */
export const underSupervisor = supervised;

/** Shuts the process down with `life` when its supervisor ends (even if the supervisor was killed). */
export function followSupervisor(life: Lifecycle): void {
  if (supervised()) process.once('disconnect', () => void life.exit(0));
}

export function reportReady(info: Record<string, string> = {}): void {
  if (supervised()) process.send!({ type: 'ready', info } satisfies ChildMessage);
}

/**
 * A start that failed: one line (to the supervisor, or on stderr when alone), the details in
 * `<dataDir>/start-failure.log`, then the process stops with exit code 1.
 */
export async function failedToStart(o: { what: string; err: unknown; fix: string; dataDir: string; say: (l: string) => void; life: Lifecycle }): Promise<void> {
  const details = writeFailureDetails(o.dataDir, o.what, o.err);
  const line = describeStartFailure(o.what, o.err, o.fix, details);
  if (supervised()) {
    await new Promise<void>((resolve) => process.send!({ type: 'failed', message: line } satisfies ChildMessage, () => resolve()));
  } else {
    o.say(line);
  }
  await o.life.exit(1, { quiet: true });
}
