// The case state machine: which decisions each role may take in each state (domain/actions), who
// waits on whom (domain/case-states.ts), and the inputs each decision carries.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readActionForm } from '../../web/cases/action-forms.js';
import { statusAfterQualify, waitingOn, type CaseProgress } from '../../domain/case-states.js';
import { ACTIONS, allowedActions, checkAction, parseActionInput, roleMayEver } from '../../domain/actions/index.js';
import { requestSchema } from '../../domain/request-forms.js';
import type { CaseStatus, CaseType } from '../../domain/types.js';

const progress = (status: CaseStatus, type: CaseType = 'support', extra: Partial<CaseProgress> = {}): CaseProgress => ({
  type,
  status,
  resumeStatus: null,
  waitingFor: null,
  acknowledged: status !== 'received',
  reclassified: false,
  quote: null,
  training: null,
  ...extra,
});
const agent = { role: 'agent', canApprove: false } as const;
const manager = { role: 'manager', canApprove: false } as const;
const contact = { role: 'contact', canApprove: true } as const;
const contactWithoutRight = { role: 'contact', canApprove: false } as const;
const approver = { role: 'approver', canApprove: true } as const;
const quote = (extra: object = {}) => ({
  estimationMinutes: 60,
  hours: 10,
  priceOre: 1_000_000,
  validWorkingDays: 20,
  released: true,
  outcome: 'pending' as const,
  ...extra,
});

describe('allowed moves', () => {
  it.each([
    [
      'received',
      'support',
      agent,
      ['acknowledge', 'split', 'ask-customer', 'return-question', 'log-time', 'take', 'assign', 'record-contact-agreement', 'add-follower'],
    ],
    ['received', 'support', contact, ['reply', 'withdraw', 'add-follower']],
    ['received', 'support', approver, []],
    [
      'acknowledged',
      'incident',
      agent,
      ['qualify', 'split', 'ask-customer', 'reclassify', 'log-time', 'take', 'assign', 'record-contact-agreement', 'add-follower'],
    ],
    [
      'in_progress',
      'support',
      agent,
      [
        'ask-customer',
        'offer-training',
        'mark-not-understood',
        'return-question',
        'log-time',
        'resolve',
        'take',
        'assign',
        'record-contact-agreement',
        'add-follower',
      ],
    ],
    ['in_progress', 'incident', agent, ['ask-customer', 'reclassify', 'log-time', 'resolve', 'take', 'assign', 'record-contact-agreement', 'add-follower']],
    [
      'estimating',
      'change_request',
      agent,
      ['ask-customer', 'rough-estimate', 'quote', 'log-time', 'decline', 'take', 'assign', 'record-contact-agreement', 'add-follower'],
    ],
    ['rough_estimate_given', 'change_request', contact, ['reply', 'request-quote', 'withdraw', 'add-follower']],
    ['under_review', 'product_idea', agent, ['ask-customer', 'log-time', 'decline', 'backlog', 'take', 'assign', 'record-contact-agreement', 'add-follower']],
    ['resolved', 'support', contact, ['reply', 'reopen', 'rate', 'add-follower']],
    ['resolved', 'support', agent, ['mark-not-understood', 'log-time', 'reopen', 'close', 'take', 'assign', 'record-contact-agreement', 'add-follower']],
    ['closed', 'support', agent, []],
    ['closed', 'support', contact, ['rate']],
    ['withdrawn', 'support', contact, []],
  ] as const)('%s %s as %s → %j', (status, type, actor, expected) => {
    expect(allowedActions(progress(status, type), actor)).toEqual(expected);
  });

  it('marks a support question as not understood once, and returns only support questions the desk holds', () => {
    expect(checkAction(progress('in_progress', 'support', { notUnderstood: true }), 'mark-not-understood', agent)?.kind).toBe('conflict');
    expect(checkAction(progress('in_progress', 'incident'), 'mark-not-understood', agent)?.kind).toBe('conflict');
    expect(checkAction(progress('in_progress', 'support'), 'mark-not-understood', contact)?.kind).toBe('forbidden');
    expect(checkAction(progress('waiting_on_customer', 'support'), 'return-question', agent)?.kind).toBe('conflict');
    expect(checkAction(progress('resolved', 'support'), 'return-question', manager)?.kind).toBe('conflict');
    expect(checkAction(progress('acknowledged', 'support'), 'return-question', manager)).toBeNull();
    expect(parseActionInput('mark-not-understood', {}).ok).toBe(false);
  });

  it('lets only a price approver or a contact with the approval right accept or reject a quote', () => {
    const c = progress('awaiting_acceptance', 'change_request', { quote: quote() });
    expect(allowedActions(c, approver)).toEqual(['accept-quote', 'reject-quote']);
    expect(allowedActions(c, contact)).toEqual(['reply', 'accept-quote', 'reject-quote', 'withdraw', 'add-follower']);
    expect(checkAction(c, 'accept-quote', contactWithoutRight)?.kind).toBe('forbidden');
    expect(checkAction(c, 'accept-quote', agent)?.kind).toBe('forbidden');
    expect(checkAction(progress('accepted', 'change_request', { quote: quote({ outcome: 'accepted' }) }), 'accept-quote', approver)).toMatchObject({
      kind: 'conflict',
      code: 'requires.accept-quote',
      params: { action: 'accept-quote', status: 'accepted' },
    });
  });

  it('holds a quote above the release limit for a desk manager', () => {
    const c = progress('estimating', 'change_request', { quote: quote({ released: false }) });
    expect(checkAction(c, 'release-quote', agent)?.kind).toBe('forbidden');
    expect(checkAction(c, 'release-quote', manager)).toBeNull();
    expect(waitingOn(c)).toBe('desk_manager');
    expect(checkAction(c, 'quote', agent)?.kind).toBe('conflict'); // one open quote at a time
  });

  it('answers a training offer only while it waits, and offers it once', () => {
    const waiting = progress('waiting_on_customer', 'support', {
      waitingFor: 'training_answer',
      resumeStatus: 'in_progress',
      training: { hours: 2, outcome: 'offered' },
    });
    expect(allowedActions(waiting, approver)).toEqual(['accept-training', 'decline-training']);
    expect(waitingOn(waiting)).toBe('approver');
    const accepted = progress('in_progress', 'support', { training: { hours: 2, outcome: 'accepted' } });
    expect(checkAction(accepted, 'offer-training', agent)?.kind).toBe('conflict');
    expect(checkAction(progress('waiting_on_customer', 'support', { waitingFor: 'answer' }), 'accept-training', approver)?.kind).toBe('conflict');
  });

  it('judges the role before the state (403 before 409)', () => {
    expect(checkAction(progress('closed'), 'acknowledge', contact)?.kind).toBe('forbidden');
    expect(roleMayEver('acknowledge', contact)).toBe(false);
    expect(roleMayEver('accept-quote', contactWithoutRight)).toBe(false);
    expect(roleMayEver('accept-quote', contact)).toBe(true);
  });

  it('moves a qualified case on by its type', () => {
    expect([statusAfterQualify('support'), statusAfterQualify('incident'), statusAfterQualify('change_request'), statusAfterQualify('product_idea')]).toEqual([
      'in_progress',
      'in_progress',
      'estimating',
      'under_review',
    ]);
  });

  it('says who waits on whom', () => {
    expect(waitingOn(progress('received'))).toBe('desk');
    expect(waitingOn(progress('waiting_on_customer', 'support', { waitingFor: 'answer' }))).toBe('customer');
    expect(waitingOn(progress('rough_estimate_given', 'change_request'))).toBe('customer');
    expect(waitingOn(progress('awaiting_acceptance', 'change_request', { quote: quote() }))).toBe('approver');
    expect(waitingOn(progress('resolved'))).toBeNull();
    expect(waitingOn(progress('closed'))).toBeNull();
  });
});

describe('decision inputs', () => {
  it.each([
    ['acknowledge', { plan: '' }, { plan: 'required' }],
    ['acknowledge', { plan: 'x'.repeat(5001) }, { plan: 'too_long?max=5000' }],
    ['acknowledge', { plan: 'ok', extra: 1 }, { extra: 'unknown_field' }],
    ['log-time', { minutes: '' }, { minutes: 'required' }],
    ['log-time', { minutes: 'abc' }, { minutes: 'not_a_number' }],
    ['log-time', { minutes: 1.5 }, { minutes: 'not_whole' }],
    ['log-time', { minutes: 0 }, { minutes: 'too_small?min=1' }],
    ['log-time', { minutes: 1441 }, { minutes: 'too_large?max=1440' }],
    ['offer-training', { hours: 1.3 }, { hours: 'quarter_hours' }],
    ['quote', { estimationMinutes: -1, hours: 2, priceOre: 1 }, { estimationMinutes: 'not_negative' }],
    ['split', { titles: [] }, { titles: 'required' }],
    ['qualify', { type: 'bug' }, { type: 'invalid_choice' }],
  ] as const)('%s %j → %j', (action, raw, errors) => {
    expect(parseActionInput(action, raw)).toEqual({ ok: false, errors });
  });

  it('takes JSON values as the API document states them; the desk form reader turns what was typed into them', () => {
    expect(parseActionInput('quote', { estimationMinutes: 90, hours: 12.5, priceOre: 2_500_000 })).toEqual({
      ok: true,
      value: { estimationMinutes: 90, hours: 12.5, priceOre: 2_500_000 },
    });
    expect(parseActionInput('log-time', { minutes: '7' })).toEqual({ ok: false, errors: { minutes: 'not_a_number' } });
    expect(parseActionInput('log-time', { minutes: 7, note: null })).toEqual({ ok: false, errors: { note: 'invalid' } });
    expect(readActionForm('quote', { estimationMinutes: '90', hours: '12,5', price: '25.000,00', validWorkingDays: '' }, 'da').input).toEqual({
      estimationMinutes: 90,
      hours: 12.5,
      priceOre: 2_500_000,
    });
    expect(readActionForm('log-time', { minutes: ' 7 ', note: '' }, 'da').input).toEqual({ minutes: 7 });
  });

  it('documents its limits in JSON Schema for the API', () => {
    expect(z.toJSONSchema(ACTIONS['log-time'].input, { io: 'input' })).toMatchObject({
      properties: { minutes: { type: 'integer', minimum: 1, maximum: 1440 } },
    });
  });
});

describe('request forms', () => {
  it('asks the portal for every field of the type, the API only for title and description', () => {
    const form = requestSchema('incident', 'form').safeParse({ title: 'Listen er tom', description: 'Siden i morges' });
    expect(form.success).toBe(false);
    const fields = form.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort();
    expect(fields).toEqual(['actual:required', 'affectedUsers:required', 'expected:required', 'since:required', 'steps:required', 'trained:must_confirm']);
    expect(requestSchema('incident', 'api').safeParse({ title: 'Listen er tom', description: 'Siden i morges' }).success).toBe(true);
    expect(
      requestSchema('change_request', 'form').safeParse({ title: 't', description: 'd', businessReason: 'b', priceMatters: 'maybe' }).error!.issues[0].message,
    ).toBe('invalid_choice');
    expect(requestSchema('incident', 'api').safeParse({ title: 't', description: 'd', since: '2026-02-30T10:00' }).error!.issues[0].message).toBe(
      'invalid_date',
    );
  });
});
