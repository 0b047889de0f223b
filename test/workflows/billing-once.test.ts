// Billing happens exactly once per case (SPEC §5). The billing activity's first attempt writes the
// lines and then fails, as if the worker died before reporting back; Temporal retries it, and the
// retry writes nothing new, because each line is unique per (case, line number).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { testDatabase } from '../support/servers.js';
import { writeBillingLines } from '../../activities/billing-lines.js';
import type { BillingRecord } from '../../workflows/records.js';
import { AGENT, kontakt1, linesOf, qualifiedCase } from './steps.js';

/** Per case: each attempt's number and what the real write reported. */
const attempts = new Map<number, { attempt: number; written: number }[]>();
const firstAttemptFailed = new Map<number, () => void>();
const real = writeBillingLines({ db: testDatabase() });

async function writeThenLoseTheReply(record: BillingRecord): Promise<{ written: number }> {
  const { attempt } = Context.current().info;
  const result = await real(record);
  attempts.set(record.caseNumber, [...(attempts.get(record.caseNumber) ?? []), { attempt, written: result.written }]);
  if (attempt === 1) {
    firstAttemptFailed.get(record.caseNumber)?.();
    throw ApplicationFailure.retryable('connection lost after the lines were written', 'LostReply');
  }
  return result;
}

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness({ activities: { writeBillingLines: writeThenLoseTheReply } });
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
});
afterAll(async () => h?.close());

describe('billing at close', () => {
  it('writes the lines once, although the billing activity ran twice', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 25 });
    await h.act(number, AGENT, 'offer-training', { hours: 1.5 });
    await h.act(number, kontakt1('faktureret'), 'accept-training');
    await h.act(number, AGENT, 'resolve', { summary: 'Done.' });

    const failed = new Promise<void>((resolve) => firstAttemptFailed.set(number, resolve));
    const closing = h.act(number, AGENT, 'close');
    await failed;
    // Let the test server skip over the retry's back-off (1 s) instead of waiting for it.
    await h.skipTo((await h.now()) + 10_000);
    expect((await closing).status).toBe('closed');
    expect((await h.result(number)).status).toBe('closed');

    expect(attempts.get(number)).toEqual([
      { attempt: 1, written: 2 },
      { attempt: 2, written: 0 },
    ]);
    expect(await h.services.db.models.BillingLineRecord.count({ where: { caseNumber: number } })).toBe(2);
    expect(await linesOf(h, number)).toEqual([
      { kind: 'time', minutes: 25, amountOre: 39_583 },
      { kind: 'training', minutes: 90, amountOre: 142_500 },
    ]);
  });
});
