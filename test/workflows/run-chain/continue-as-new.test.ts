// A case whose run nears Temporal's limits continues as new (issue 24), on the time-skipping server with
// the run limits lowered (CASE_RUN_MAX_UPDATES=3: the receipt, the acknowledgement and the qualification
// fill a run, so the next decision hands over): the case keeps its workflow id, its search attributes
// and memo; a case waiting on the customer is still reminded and closed on the working-time schedule,
// a quote still expires when it should, and the timeline, notices and billing are written exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import { AGENT, eventAt, godkender, kontakt1, linesOf, MINUTE, qualifiedCase, quotedCase, templatesFor } from '../steps.js';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import { actionUpdates, type CaseView } from '../../../workflows/messages.js';
import { actorOf } from '../../../services/people/people.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness({ env: { CASE_RUN_MAX_UPDATES: '3', CASE_RUN_MAX_EVENTS: '2000' } });
});
afterAll(async () => h?.close());

interface Run {
  runId: string;
  /** How the run ended (its last event's type), or null while it runs. */
  ended: string | null;
  events: number;
  patched: boolean;
}

/** The runs of the case's chain, first to last, read from the histories. */
async function runsOf(number: number): Promise<Run[]> {
  const runs: Run[] = [];
  const first = (await h.handle(number).fetchHistory()).events![0]!;
  let runId: string | undefined = first.workflowExecutionStartedEventAttributes!.firstExecutionRunId!;
  while (runId) {
    const history: History = await h.env.client.workflow.getHandle(`case-${number}`, runId).fetchHistory();
    const events = history.events ?? [];
    const last = events.at(-1)!;
    const next: string | undefined = last.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    const closed = last.workflowExecutionContinuedAsNewEventAttributes
      ? 'continued as new'
      : last.workflowExecutionCompletedEventAttributes
        ? 'completed'
        : null;
    const patched = events.some((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch');
    runs.push({ runId, ended: closed, events: events.length, patched });
    runId = next;
  }
  return runs;
}

/** When the case's first timeline event of `kind` was due (a deadline's event carries its due instant). */
async function dueOf(number: number, kind: string): Promise<unknown> {
  return (await h.events(number)).find((e) => e.kind === kind)?.data.dueAt;
}

/** The case's timeline: sequence numbers 1…n, each once, and their kinds. */
async function timeline(number: number): Promise<string[]> {
  const events = await h.events(number);
  expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i + 1));
  return events.map((e) => e.kind);
}

describe('a case that continues as new', () => {
  it('waiting on the customer: hands over, keeps its attributes, reminds and closes on the working-time schedule', async () => {
    const cal = h.services.calendar;
    const timers = h.services.terms().timers;
    const days = plainFortnightAfter(await h.now());
    await h.skipTo(days.at(1, 10, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    const asked = await h.act(number, AGENT, 'ask-customer', { message: 'Which file?' });
    expect(asked.status).toBe('waiting_on_customer');
    const askedAt = await eventAt(h, number, 'ask-customer');

    // The fourth decision of the first run (receipt, acknowledge, qualify, log-time) handed it over.
    await expect.poll(async () => (await runsOf(number)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const runs = await runsOf(number);
    expect(runs[0]).toMatchObject({ ended: 'continued as new', patched: true });
    expect(runs.at(-1)!.ended).toBeNull();
    const described = await h.handle(number).describe();
    expect(described.runId).toBe(runs.at(-1)!.runId);
    expect(described.memo).toMatchObject({ title: 'support case' });
    expect(await h.searchAttributes(number)).toMatchObject({ CaseNumber: number, CaseStatus: 'waiting_on_customer', CompanyId: expect.any(String) });
    const view = await h.view(number);
    expect(view).toMatchObject({ status: 'waiting_on_customer', loggedMinutes: 20, version: asked.version, acknowledged: true });

    // Reminded after the waiting days, closed after the closing days — counted from the question, in working time.
    const remindAt = cal.addWorkingDays(askedAt, timers.waitingReminderDays);
    const closeAt = cal.addWorkingDays(askedAt, timers.waitingCloseDays);
    expect(view.nextDeadline).toEqual({ kind: 'waiting_reminder', at: remindAt });
    await h.skipTo(remindAt + MINUTE);
    expect(await dueOf(number, 'waiting_reminder')).toBe(remindAt);
    await h.skipTo(closeAt + MINUTE);
    const closed: CaseView = await h.result(number);
    expect(closed.status).toBe('closed');
    expect(await dueOf(number, 'waiting_close')).toBe(closeAt);

    expect(await timeline(number)).toEqual(['received', 'acknowledge', 'qualify', 'log-time', 'ask-customer', 'waiting_reminder', 'waiting_close']);
    const contactMails = await templatesFor(h, number, kontakt1('faktureret'));
    expect(contactMails.filter((t) => t === 'waiting_reminder')).toHaveLength(1);
    expect(contactMails.filter((t) => t === 'closed_without_reply')).toHaveLength(1);
    // Billed once, at the close in the last run: 20 minutes, under the 15-minute minimum rule.
    expect(await linesOf(h, number)).toEqual([expect.objectContaining({ kind: 'time', minutes: 20 })]);
  });

  it("a quote's reminder and expiry survive the hand-over", async () => {
    const cal = h.services.calendar;
    const timers = h.services.terms().timers;
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 10, 0));
    const { number, view: quoted } = await quotedCase(h, 'udvidet', { estimationMinutes: 30, hours: 4, priceOre: 380_000 });
    const sentAt = quoted.quote!.sentAt!;
    expect(quoted.quote!.validUntil).toBe(cal.addWorkingDays(sentAt, timers.quoteValidDays));
    await expect.poll(async () => (await runsOf(number)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

    const remindAt = cal.addWorkingDays(sentAt, timers.quoteReminderDays);
    await h.skipTo(remindAt + MINUTE);
    expect(await dueOf(number, 'quote_reminder')).toBe(remindAt);
    await h.skipTo(quoted.quote!.validUntil! + MINUTE);
    expect(await dueOf(number, 'quote_expiry')).toBe(quoted.quote!.validUntil);
    const expired = await h.view(number);
    expect(expired).toMatchObject({ status: 'expired', quote: expect.objectContaining({ outcome: 'expired' }) });
    await h.skipTo(expired.reopenUntil! + MINUTE);
    expect((await h.result(number)).status).toBe('closed');
    const kinds = await timeline(number);
    expect(kinds.slice(-3)).toEqual(['quote_reminder', 'quote_expiry', 'auto_close']);
    expect((await templatesFor(h, number, godkender('udvidet'))).filter((t) => t === 'quote_expired')).toHaveLength(1);
    // The estimation fee once, billed at the close in the run that closed it.
    expect((await linesOf(h, number)).filter((l) => l.kind === 'estimation_fee')).toHaveLength(1);
  });

  it('an Update sent again after the hand-over (a retry after a crash, with the same id) is not taken twice', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(1, 10, 0));
    const number = await qualifiedCase(h, 'faktureret', 'support');
    const request = { actor: actorOf(await h.person(AGENT)), input: { minutes: 25 } };
    const first = await h.handle(number).executeUpdate(actionUpdates['log-time'], { args: [request], updateId: `retry-${number}` });
    expect(first.loggedMinutes).toBe(25);
    await expect.poll(async () => (await runsOf(number)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const again = await h.handle(number).executeUpdate(actionUpdates['log-time'], { args: [request], updateId: `retry-${number}` });
    expect(again).toMatchObject({ loggedMinutes: 25, version: first.version });
    expect((await h.events(number)).filter((e) => e.kind === 'log-time')).toHaveLength(1);
    // A new decision (another id) is taken as usual.
    expect((await h.act(number, AGENT, 'log-time', { minutes: 5 })).loggedMinutes).toBe(30);
  });
});
