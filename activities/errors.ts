// Which database failures are about the data itself (retrying cannot help) and which are passing
// (a dropped connection, a restart, a lock timeout: retry). A data error becomes a non-retryable
// failure of type DataError, which the workflow turns into "needs attention" instead of looping.
import { ApplicationFailure } from '@temporalio/common';
import { DATA_ERROR } from '../workflows/recording-types.js';

/** SQLSTATE classes of errors caused by the values written: 22 data exception, 23 integrity violation. */
const DATA_CLASSES = new Set(['22', '23']);

function sqlState(err: unknown): string | null {
  const e = err as { parent?: { code?: unknown }; original?: { code?: unknown }; code?: unknown } | null;
  const code = e?.parent?.code ?? e?.original?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** Runs a write; a failure caused by its data is rethrown as non-retryable, anything else as it is. */
export async function classifyingDataErrors<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const state = sqlState(err);
    if (state && DATA_CLASSES.has(state.slice(0, 2))) {
      throw ApplicationFailure.create({
        type: DATA_ERROR,
        message: `${what} refused its data (SQLSTATE ${state}): ${(err as Error).message}`,
        nonRetryable: true,
      });
    }
    throw err;
  }
}
