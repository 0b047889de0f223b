// Wrong moves are refused with a specific answer and change nothing (ARCHITECTURE: decisions are
// validated where the state is): the wrong state → conflict (409) saying what the action needs,
// the wrong role → forbidden (403), bad input → invalid (422) with a message key per field. The
// service layer refuses what it can tell without the case; the workflow's Update validator judges
// the rest — and refuses the same things again when called directly. Of two concurrent
// acceptances exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import type { CaseAction, Rejection } from '../../domain/actions/index.js';
import { wireUpdate, type WireRequest } from '../support/wire-updates.js';
import { Refusal, ruleRefusal } from '../../services/errors.js';
import { AGENT, godkender, kontakt1, kontakt2, MANAGER, quotedCase, refusal } from './steps.js';

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(3, 10, 0));
});
afterAll(async () => h?.close());

const QUOTE = { estimationMinutes: 60, hours: 8, priceOre: 760_000 };

/** The case's version and number of timeline events: both must stay put after a refused move. */
async function footprint(number: number) {
  return { version: (await h.view(number)).version, events: (await h.events(number)).length };
}

/** Sends an Update straight to the workflow, bypassing the service layer's own checks. */
async function directUpdate(number: number, action: CaseAction, request: WireRequest): Promise<ApplicationFailure> {
  try {
    await h.handle(number).executeUpdate(wireUpdate(action), { args: [request] });
  } catch (err) {
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (err as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    return cause as ApplicationFailure;
  }
  throw new Error(`the workflow accepted ${action}`);
}

describe('a refused move', () => {
  it('in the wrong state is a conflict that says what the action needs, and changes nothing', async () => {
    const number = await h.file(kontakt1('basis'), 'support');
    const before = await footprint(number);

    const qualify = await refusal(h.act(number, AGENT, 'qualify', {}), 'conflict');
    expect(qualify.text.en).toBe('a case is qualified once, right after it is acknowledged (the case is received)');
    expect(qualify.text.da).toContain('kvalificeres');
    const resolve = await refusal(h.act(number, AGENT, 'resolve', { summary: 'Done' }), 'conflict');
    expect(resolve.text.en).toContain('in progress can be resolved');
    const close = await refusal(h.act(number, AGENT, 'close'), 'conflict');
    expect(close.text.en).toContain('closed once its outcome is given');
    const accept = await refusal(h.act(number, kontakt1('basis'), 'accept-quote'), 'conflict');
    expect(accept.text.en).toBe('this quote is no longer awaiting acceptance (the case is received)');

    expect(await footprint(number)).toEqual(before);
    expect((await h.view(number)).status).toBe('received');
  });

  it('by the wrong role is forbidden, in the service and in the workflow alike, and changes nothing', async () => {
    const { number } = await quotedCase(h, 'basis', QUOTE);
    const before = await footprint(number);

    await refusal(h.act(number, kontakt1('basis'), 'start-work'), 'forbidden'); // a contact doing desk work
    await refusal(h.act(number, AGENT, 'accept-quote'), 'forbidden'); // an agent accepting for the customer
    const noRight = await refusal(h.act(number, kontakt2('basis'), 'accept-quote'), 'forbidden'); // no approval right
    expect(noRight.text.en).toMatch(/not|right/);
    await refusal(h.act(number, kontakt2('basis'), 'reject-quote', {}), 'forbidden');
    await refusal(h.act(number, godkender('basis'), 'withdraw', {}), 'forbidden'); // approvers only answer prices
    await refusal(h.act(number, AGENT, 'release-quote'), 'forbidden'); // managers only

    // The workflow's validator says the same when the service layer is bypassed.
    const contact2 = await h.person(kontakt2('basis'));
    const direct = await directUpdate(number, 'accept-quote', {
      actor: { userId: contact2.id, role: 'contact', canApprove: false, name: contact2.fullName },
      input: {},
    });
    expect(direct.type).toBe('forbidden');
    // It answers with a code (the domain speaks codes); the service layer words it for each reader.
    expect(direct.details?.[0]).toEqual({ kind: 'forbidden', code: 'approval_right', params: { action: 'accept-quote' } });
    expect(ruleRefusal(direct.details![0] as Rejection).text.en).toBe('accepting prices needs the price-approval right');
    const agent = await h.person(AGENT);
    expect(
      (await directUpdate(number, 'accept-quote', { actor: { userId: agent.id, role: 'agent', canApprove: false, name: agent.fullName }, input: {} })).type,
    ).toBe('forbidden');

    expect(await footprint(number)).toEqual(before);
    expect((await h.view(number)).status).toBe('awaiting_acceptance');
  });

  it('with bad input is invalid with a message key per field, and changes nothing', async () => {
    const number = await h.file(kontakt1('basis'), 'change_request');
    const before = await footprint(number);

    expect((await refusal(h.act(number, AGENT, 'acknowledge', { plan: '   ' }), 'invalid')).fieldErrors).toEqual({ plan: 'required' });
    expect((await refusal(h.act(number, AGENT, 'acknowledge', { plan: 'x'.repeat(5001) }), 'invalid')).fieldErrors).toEqual({ plan: 'too_long?max=5000' });
    expect((await refusal(h.act(number, AGENT, 'acknowledge', { plan: 'ok', extra: 1 }), 'invalid')).fieldErrors).toEqual({ extra: 'unknown_field' });
    expect((await refusal(h.act(number, AGENT, 'log-time', { minutes: 'ten' }), 'invalid')).fieldErrors).toEqual({ minutes: 'not_a_number' });
    expect((await refusal(h.act(number, AGENT, 'log-time', { minutes: 2.5 }), 'invalid')).fieldErrors).toEqual({ minutes: 'not_whole' });
    expect((await refusal(h.act(number, AGENT, 'quote', { estimationMinutes: -5, hours: 0.3, priceOre: 'lots' }), 'invalid')).fieldErrors).toEqual({
      estimationMinutes: 'not_negative',
      hours: 'quarter_hours',
      priceOre: 'not_a_number',
    });
    expect((await refusal(h.act(number, AGENT, 'split', { titles: ['ok', ''] }), 'invalid')).fieldErrors).toEqual({ 'titles.1': 'required' });
    expect((await refusal(h.act(number, AGENT, 'qualify', { type: 'question' }), 'invalid')).fieldErrors).toEqual({ type: 'invalid_choice' });

    // The workflow validates the same schema itself.
    const agent = await h.person(AGENT);
    const direct = await directUpdate(number, 'acknowledge', {
      actor: { userId: agent.id, role: 'agent', canApprove: false, name: agent.fullName },
      input: { plan: '' },
    });
    expect(direct.type).toBe('invalid');
    expect(direct.details?.[0]).toEqual({ plan: 'required' });

    expect(await footprint(number)).toEqual(before);
  });

  it('on a case that has ended is a conflict', async () => {
    const number = await h.file(kontakt1('basis'), 'product_idea');
    await h.act(number, kontakt1('basis'), 'withdraw', { reason: 'Never mind.' });
    await h.result(number);
    const late = await refusal(h.act(number, AGENT, 'acknowledge', { plan: 'Late' }), 'conflict');
    expect(late.text.en).toBe('the case is withdrawn');
    await refusal(h.act(number, kontakt1('basis'), 'reply', { message: 'Hello?' }), 'conflict');
  });
});

describe('two concurrent acceptances of one quote', () => {
  it('let exactly one through; the other is told the quote is no longer awaiting acceptance', async () => {
    for (let round = 0; round < 3; round++) {
      const { number } = await quotedCase(h, 'udvidet', QUOTE);
      const outcomes = await Promise.allSettled([h.act(number, kontakt1('udvidet'), 'accept-quote'), h.act(number, godkender('udvidet'), 'accept-quote')]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(Refusal);
      expect((lost[0].reason as Refusal).kind).toBe('conflict');
      expect((lost[0].reason as Refusal).text.en).toContain('no longer awaiting acceptance');
      const events = await h.events(number);
      expect(events.filter((e) => e.kind === 'accept-quote')).toHaveLength(1);
      expect((await h.view(number)).status).toBe('accepted');
      await h.act(number, MANAGER, 'start-work');
    }
  });
});
