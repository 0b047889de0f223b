// Which database failures are about the data itself (retrying cannot help) and which are passing
// (a dropped connection, a restart, a lock timeout: retry). A data error becomes a non-retryable
// failure of type DataError, which the workflow turns into "needs attention" instead of looping.
// A unique violation (23505) is different: every write here inserts ON CONFLICT, so one can only come
// from a race with a concurrent writer — it is retried (RACE_ATTEMPTS attempts) before it counts as the
// data's fault.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { DATA_ERROR } from '../workflows/recording-types.js';

/** SQLSTATE classes of errors caused by the values written: 22 data exception, 23 integrity violation. */
const DATA_CLASSES = new Set(['22', '23']);
const UNIQUE_VIOLATION = '23505';
const RACE_ATTEMPTS = 3;

interface PgError {
  parent?: { code?: unknown; constraint?: unknown };
  original?: { code?: unknown; constraint?: unknown };
  code?: unknown;
  constraint?: unknown;
}

function sqlState(err: unknown): string | null {
  const e = err as PgError | null;
  const code = e?.parent?.code ?? e?.original?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

function constraintOf(err: unknown): string | null {
  const e = err as PgError | null;
  const name = e?.parent?.constraint ?? e?.original?.constraint ?? e?.constraint;
  return typeof name === 'string' ? name : null;
}

/** This activity's attempt (1 outside an activity). */
function attempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}

/** Runs a write; a failure caused by its data is rethrown as non-retryable, anything else as it is. */
export async function classifyingDataErrors<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const state = sqlState(err);
    if (!state || !DATA_CLASSES.has(state.slice(0, 2))) throw err;
    const constraint = constraintOf(err);
    const message = `${what} refused its data (SQLSTATE ${state}${constraint ? `, ${constraint}` : ''}): ${(err as Error).message}`;
    if (state === UNIQUE_VIOLATION && attempt() < RACE_ATTEMPTS) throw ApplicationFailure.create({ message, nonRetryable: false });
    throw ApplicationFailure.create({ type: DATA_ERROR, message, nonRetryable: true });
  }
}
