// Which database failures of a transition's write count as the data's fault (non-retryable, recorded
// without its text) and which are retried: a unique violation is a race with a concurrent writer until
// it has failed RACE_ATTEMPTS attempts. Run in the SDK's activity context, at a given attempt.
import { describe, expect, it } from 'vitest';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { classifyingDataErrors } from '../../activities/errors.js';
import { DATA_ERROR } from '../../workflows/recording-types.js';

const pgError = (code: string, constraint?: string) => Object.assign(new Error('Validation error'), { parent: { code, constraint } });

async function failureAt(attempt: number, err: Error): Promise<unknown> {
  const env = new MockActivityEnvironment({ attempt });
  return env
    .run(() =>
      classifyingDataErrors('recording the transition', () => {
        throw err;
      }),
    )
    .catch((e: unknown) => e);
}

describe('a failed write of a case transition', () => {
  it('retries a unique violation (a race) on its first attempts, naming the constraint', async () => {
    const failure = await failureAt(1, pgError('23505', 'case_events_pkey'));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).nonRetryable).toBe(false);
    expect((failure as ApplicationFailure).type).not.toBe(DATA_ERROR);
    expect((failure as ApplicationFailure).message).toContain('SQLSTATE 23505, case_events_pkey');
  });

  it('calls a unique violation bad data once it has failed three attempts', async () => {
    const failure = (await failureAt(3, pgError('23505'))) as ApplicationFailure;
    expect(failure.type).toBe(DATA_ERROR);
    expect(failure.nonRetryable).toBe(true);
  });

  it('calls any other data error bad data at once, and leaves a passing failure as it is', async () => {
    const bad = (await failureAt(1, pgError('22021'))) as ApplicationFailure;
    expect(bad.type).toBe(DATA_ERROR);
    expect(bad.nonRetryable).toBe(true);
    const gone = pgError('57P01');
    expect(await failureAt(1, gone)).toBe(gone);
  });
});
