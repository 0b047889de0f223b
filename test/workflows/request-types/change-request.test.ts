// Change requests (SPEC §3.3, §5): a free rough estimate, a billed detailed estimate and quote
// whose fee is credited when the quote is accepted, quotes that are rejected, withdrawn or expire
// (reminded after 5 and expiring after 20 working days), and the desk manager's release of quotes
// above the configured amount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseHarness, type CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import {
  AGENT,
  eventAt,
  godkender,
  kontakt1,
  kontakt2,
  linesOf,
  MANAGER,
  MINUTE,
  qualifiedCase,
  quoteRequestedCase,
  quotedCase,
  refusal,
  templatesFor,
} from '../steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
});
afterAll(async () => h?.close());

/** 90 minutes of estimation (1,425.00 kr.), 12 hours of work for 11,400.00 kr. */
const QUOTE = { estimationMinutes: 90, hours: 12, priceOre: 1_140_000 };
const FEE = 142_500;

describe('a change request', () => {
  it('accepted by the price approver: work starts, is delivered, and the fee is credited against the price', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    const { number, view } = await quotedCase(h, 'udvidet', QUOTE);
    expect(view).toMatchObject({
      waitingOn: 'approver',
      quote: { ...QUOTE, validWorkingDays: 20, released: true, outcome: 'pending' },
      roughEstimate: { hours: 10 },
    });
    expect(await templatesFor(h, number, godkender('udvidet'))).toContain('quote_sent');
    expect(await templatesFor(h, number, kontakt1('udvidet'))).toContain('quote_sent');
    expect(await templatesFor(h, number, kontakt2('udvidet'))).not.toContain('quote_sent');
    expect(await templatesFor(h, number, AGENT)).toContain('quote_requested');

    const accepted = await h.act(number, godkender('udvidet'), 'accept-quote');
    expect(accepted).toMatchObject({ status: 'accepted', waitingOn: 'desk', quote: { outcome: 'accepted' }, nextDeadline: null });
    expect((await h.act(number, AGENT, 'start-work')).status).toBe('in_progress');
    await h.act(number, AGENT, 'log-time', { minutes: 300 });
    expect((await h.act(number, AGENT, 'deliver', { summary: 'The new report is live.' })).status).toBe('delivered');
    await h.act(number, AGENT, 'close');
    expect((await h.result(number)).status).toBe('closed');

    const lines = await linesOf(h, number);
    expect(lines).toEqual([
      { kind: 'estimation_fee', minutes: 90, amountOre: FEE },
      { kind: 'estimation_credit', minutes: -90, amountOre: -FEE },
      { kind: 'quote_price', minutes: 720, amountOre: QUOTE.priceOre },
    ]);
    expect(lines.reduce((sum, l) => sum + l.amountOre, 0)).toBe(QUOTE.priceOre);
  });

  it('rejected: only the estimation fee is billed', async () => {
    const { number } = await quotedCase(h, 'faktureret', QUOTE);
    const rejected = await h.act(number, kontakt1('faktureret'), 'reject-quote', { reason: 'Too expensive this year.' });
    expect(rejected).toMatchObject({ status: 'rejected', waitingOn: null, quote: { outcome: 'rejected' } });
    expect(await templatesFor(h, number, AGENT)).toContain('quote_rejected');
    await h.act(number, AGENT, 'close');
    await h.result(number);
    expect(await linesOf(h, number)).toEqual([{ kind: 'estimation_fee', minutes: 90, amountOre: FEE }]);
  });

  it('withdrawn after the rough estimate: the process ends at once and nothing is billed', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'change_request');
    await h.act(number, AGENT, 'rough-estimate', { hours: 40, text: 'Roughly a week.' });
    const withdrawn = await h.act(number, kontakt1('faktureret'), 'withdraw', { reason: 'Not worth it.' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', waitingOn: null });
    expect((await h.result(number)).status).toBe('withdrawn');
    expect((await h.handle(number).describe()).status.name).toBe('COMPLETED');
    expect(await linesOf(h, number)).toEqual([]);
    await refusal(h.act(number, kontakt1('faktureret'), 'request-quote', {}), 'conflict');
  });

  it('unanswered: the approvers are reminded after 5 working days, it expires after 20, closes after the reopen window, and the fee is billed once', async () => {
    await h.skipTo(plainFortnightAfter(await h.now()).at(3, 13, 0));
    const { number } = await quotedCase(h, 'basis', QUOTE);
    const cal = h.services.calendar;
    const quotedAt = await eventAt(h, number, 'quote');
    const remindAt = cal.addWorkingDays(quotedAt, 5);
    const expiresAt = cal.addWorkingDays(quotedAt, 20);
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'quote_reminder', at: remindAt });

    await h.skipTo(remindAt - MINUTE);
    expect(await templatesFor(h, number, godkender('basis'))).not.toContain('quote_reminder');
    await h.skipTo(remindAt + MINUTE);
    expect(await templatesFor(h, number, godkender('basis'))).toContain('quote_reminder');
    expect(await templatesFor(h, number, kontakt1('basis'))).toContain('quote_reminder');
    expect(await templatesFor(h, number, kontakt2('basis'))).not.toContain('quote_reminder');
    expect((await h.view(number)).nextDeadline).toEqual({ kind: 'quote_expiry', at: expiresAt });

    await h.skipTo(expiresAt - MINUTE);
    expect((await h.view(number)).status).toBe('awaiting_acceptance');
    await h.skipTo(expiresAt + MINUTE);
    const expired = await h.view(number);
    expect(expired).toMatchObject({ status: 'expired', quote: { outcome: 'expired' } });
    expect(await templatesFor(h, number, godkender('basis'))).toContain('quote_expired');
    await refusal(h.act(number, godkender('basis'), 'accept-quote'), 'conflict');
    expect((await h.searchAttributes(number)).CaseStatus).toBe('expired');

    const closesAt = cal.addWorkingDays(expiresAt, 5);
    expect(expired.nextDeadline).toEqual({ kind: 'auto_close', at: closesAt });
    await h.skipTo(closesAt + MINUTE);
    const closed = await h.result(number);
    expect(closed.status).toBe('closed');
    expect((await h.events(number)).map((e) => e.kind).slice(-4)).toEqual(['quote', 'quote_reminder', 'quote_expiry', 'auto_close']);
    expect(await linesOf(h, number)).toEqual([{ kind: 'estimation_fee', minutes: 90, amountOre: FEE }]);
  });

  it('quoted above the release amount: waits for a desk manager to release it (an agent may not)', async () => {
    const number = await quoteRequestedCase(h, 'udvidet');
    const big = { estimationMinutes: 480, hours: 80, priceOre: 7_600_000 };
    const held = await h.act(number, AGENT, 'quote', big);
    expect(held).toMatchObject({ status: 'estimating', waitingOn: 'desk_manager', quote: { released: false, outcome: 'pending' }, nextDeadline: null });
    expect(await templatesFor(h, number, MANAGER)).toContain('quote_needs_release');
    expect(await templatesFor(h, number, godkender('udvidet'))).not.toContain('quote_sent');
    expect((await h.events(number)).at(-1)).toMatchObject({ kind: 'quote', visibility: 'internal' });

    await refusal(h.act(number, AGENT, 'release-quote'), 'forbidden');
    // The price approver does not even see a quote the desk has not released; the contact may not accept it yet.
    await refusal(h.act(number, godkender('udvidet'), 'accept-quote'), 'not_found');
    await refusal(h.act(number, kontakt1('udvidet'), 'accept-quote'), 'conflict');
    await refusal(h.act(number, AGENT, 'quote', QUOTE), 'conflict');

    const released = await h.act(number, MANAGER, 'release-quote');
    expect(released).toMatchObject({ status: 'awaiting_acceptance', waitingOn: 'approver', quote: { released: true } });
    expect(await templatesFor(h, number, godkender('udvidet'))).toContain('quote_sent');
    expect((await h.act(number, kontakt1('udvidet'), 'accept-quote')).status).toBe('accepted');
  });

  it('keeps a typical history well under 200 events', async () => {
    const { number } = await quotedCase(h, 'udvidet', QUOTE);
    await h.act(number, godkender('udvidet'), 'accept-quote');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'log-time', { minutes: 120 });
    await h.act(number, AGENT, 'log-time', { minutes: 45, note: 'Tests' });
    await h.act(number, AGENT, 'deliver', { summary: 'Delivered.' });
    await h.act(number, AGENT, 'close');
    await h.result(number);
    const history = await h.handle(number).fetchHistory();
    const count = history.events?.length ?? 0;
    console.log(`history of a typical change request (rough estimate, quote, accept, start, 2× log time, deliver, close): ${count} events`);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(200);
  });
});
