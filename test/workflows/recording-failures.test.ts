// A transition that cannot be recorded never freezes its case (issue 14 item 2). Data the database
// refuses (a non-retryable DataError from the recording activity) is recorded without its text and
// the case is flagged "needs attention" for the desk; a write that keeps failing for a passing reason
// is handed to a durable activity the server retries, and the case answers its next decision at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/common';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { testDatabase } from '../support/servers.js';
import { recordTransition } from '../../activities/record-transition.js';
import { DATA_ERROR } from '../../workflows/recording-types.js';
import type { TransitionRecord } from '../../workflows/records.js';
import { AGENT, acknowledgedCase } from './steps.js';

const real = recordTransition({ db: testDatabase() });
/** Texts the "database" refuses as data, and texts whose write fails for a passing reason this many more times. */
const POISON = 'POISON-TEXT';
const flaky = new Map<string, number>();
const attempts = new Map<string, number>();

async function recordOrFail(rec: TransitionRecord): Promise<void> {
  const text = rec.event.text ?? '';
  attempts.set(text, (attempts.get(text) ?? 0) + 1);
  if (text.includes(POISON)) throw ApplicationFailure.create({ type: DATA_ERROR, message: 'invalid byte sequence (SQLSTATE 22021)', nonRetryable: true });
  const left = flaky.get(text) ?? 0;
  if (left > 0) {
    flaky.set(text, left - 1);
    throw new Error('connection terminated unexpectedly');
  }
  await real(rec);
}

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness({ activities: { recordTransition: recordOrFail } });
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
});
afterAll(async () => h?.close());

describe('recording a transition that fails', () => {
  it('refused as data: recorded without its text, the case needs attention and still answers', async () => {
    const number = await acknowledgedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: `Hvad står der? ${POISON}` });
    expect(attempts.get(`Hvad står der? ${POISON}`)).toBe(1); // non-retryable: tried once
    const view = await h.view(number);
    expect(view.needsAttention).toBe(true);
    const started = Date.now();
    const next = await h.act(number, AGENT, 'log-time', { minutes: 10 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(next.loggedMinutes).toBe(10);
    const events = await h.events(number);
    expect(events.map((e) => e.text ?? '').join('\n')).not.toContain(POISON);
    expect(events.map((e) => e.kind)).toContain('log-time');
  });

  it('failing for a passing reason: retried a bounded number of times in the workflow task, then by the server, and written in the end', async () => {
    const number = await acknowledgedCase(h, 'faktureret', 'support');
    const text = `Flaky ${number}`;
    flaky.set(text, 5);
    await h.act(number, AGENT, 'ask-customer', { message: text });
    const next = await h.act(number, AGENT, 'log-time', { minutes: 5 });
    expect(next.loggedMinutes).toBe(5);
    await expect.poll(async () => (await h.events(number)).some((e) => e.text === text), { timeout: 60_000, interval: 500 }).toBe(true);
    expect(attempts.get(text)).toBe(6); // 3 local attempts, then the durable activity: 2 failures and the write
    expect((await h.view(number)).needsAttention).toBe(false);
    const history = await h.handle(number).fetchHistory();
    expect(history.events!.length).toBeLessThan(200);
  });
});
