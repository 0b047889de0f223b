// How each decision and each working-time deadline changes a case. Synchronous and deterministic:
// the workflow applies a transition before its first await, so concurrent Updates see its result.
import type { Calendar } from '../domain/calendar/index.js';
import { coverageFor } from '../domain/coverage.js';
import { statusAfterQualify, type Actor, type CaseAction } from '../domain/case-states.js';
import type { ActionInput } from '../domain/case-actions.js';
import type { CaseStatus, CaseType, Instant } from '../domain/types.js';
import { armResponseClock, pauseResponseClock, type CaseState, type Deadline } from './case-state.js';
import type { CaseEvent, Notice } from './records.js';

export interface Transition {
  event: Omit<CaseEvent, 'at' | 'actor'>;
  notices: Notice[];
  /** The case has reached `closed` or `withdrawn`: bill it and end. */
  ends?: boolean;
  /** Sibling cases to create, one per title. */
  split?: string[];
}

export interface TransitionContext {
  state: CaseState;
  calendar: Calendar;
  now: Instant;
}

const said = (kind: string, text: string | null, data: Record<string, unknown> = {}, visibility: CaseEvent['visibility'] = 'customer') => ({
  kind,
  text,
  data,
  visibility,
});

function enterWaiting(ctx: TransitionContext, waitingFor: 'answer' | 'training_answer'): void {
  const { state: s, calendar, now } = ctx;
  pauseResponseClock(s, calendar, now);
  s.resumeStatus = s.status;
  s.status = 'waiting_on_customer';
  s.waitingFor = waitingFor;
  s.waitingReminded = false;
  s.waitingRemindAt = calendar.addWorkingDays(now, s.input.terms.timers.waitingReminderDays);
  s.waitingCloseAt = calendar.addWorkingDays(now, s.input.terms.timers.waitingCloseDays);
}

function leaveWaiting(ctx: TransitionContext): void {
  const { state: s, calendar, now } = ctx;
  s.status = s.resumeStatus ?? 'in_progress';
  s.resumeStatus = null;
  s.waitingFor = null;
  s.waitingRemindAt = null;
  s.waitingCloseAt = null;
  if (s.responsePaused) armResponseClock(s, calendar, now, s.responsePaused.dueMinutes, s.responsePaused.warnMinutes);
}

function finish(ctx: TransitionContext, status: CaseStatus): void {
  ctx.state.status = status;
  ctx.state.reopenUntil = ctx.calendar.addWorkingDays(ctx.now, ctx.state.input.terms.timers.reopenDays);
}

function end(ctx: TransitionContext, status: 'closed' | 'withdrawn'): void {
  const s = ctx.state;
  s.status = status;
  s.closedAt = ctx.now;
  s.reopenUntil = null;
  // Nobody waits on anybody any more (a case may end while waiting on the customer).
  s.resumeStatus = null;
  s.waitingFor = null;
  s.waitingRemindAt = s.waitingCloseAt = null;
  s.quoteRemindAt = s.quoteExpiresAt = null;
}

function sendQuote(ctx: TransitionContext): void {
  const { state: s, calendar, now } = ctx;
  s.status = 'awaiting_acceptance';
  s.quoteReminded = false;
  s.quoteRemindAt = calendar.addWorkingDays(now, s.input.terms.timers.quoteReminderDays);
  s.quoteExpiresAt = calendar.addWorkingDays(now, s.quote!.validWorkingDays);
}

function recomputeCoverage(ctx: TransitionContext): void {
  const s = ctx.state;
  if (!s.companyTerms) return;
  s.coverage = coverageFor({
    company: s.companyTerms,
    type: s.type,
    channel: s.input.channel,
    receivedOn: ctx.calendar.localDate(s.input.receivedAt),
    reclassified: s.reclassified,
  });
}

/** Every field any action carries; each action's own schema (domain/case-actions) says which it has. */
interface AnyInput {
  plan: string;
  type?: CaseType;
  titles: string[];
  message: string;
  hours: number;
  reason: string; // optional for some actions
  text: string;
  estimationMinutes: number;
  priceOre: number;
  validWorkingDays?: number;
  minutes: number;
  note?: string;
  summary: string;
}

/** Applies a decision that checkAction has allowed. */
export function applyAction<A extends CaseAction>(ctx: TransitionContext, action: A, input: ActionInput<A>, actor: Actor): Transition {
  const s = ctx.state;
  const i = input as unknown as AnyInput;
  switch (action as CaseAction) {
    case 'acknowledge':
      s.acknowledged = true;
      s.respondedAt = ctx.now;
      s.responsePaused = null;
      s.status = 'acknowledged';
      return { event: said('acknowledge', i.plan), notices: [{ audience: 'contact', template: 'case_acknowledged', params: { plan: i.plan } }] };
    case 'qualify': {
      const from = s.type;
      s.type = i.type ?? s.type;
      s.status = statusAfterQualify(s.type);
      if (s.type !== from) recomputeCoverage(ctx);
      return {
        event: said('qualify', null, { from, to: s.type }),
        notices: from === s.type ? [] : [{ audience: 'contact', template: 'case_requalified', params: { type: s.type } }],
      };
    }
    case 'split':
      return { event: said('split', null, { titles: i.titles }), notices: [], split: i.titles };
    case 'ask-customer':
      enterWaiting(ctx, 'answer');
      return { event: said('ask-customer', i.message), notices: [{ audience: 'contact', template: 'question', params: { message: i.message } }] };
    case 'reply': {
      const resumes = s.status === 'waiting_on_customer' && s.waitingFor === 'answer';
      if (resumes) leaveWaiting(ctx);
      return {
        event: said('reply', i.message, { resumed: resumes }),
        notices: [{ audience: 'desk', template: 'customer_replied', params: { message: i.message } }],
      };
    }
    case 'offer-training':
      s.training = { hours: i.hours, outcome: 'offered' };
      enterWaiting(ctx, 'training_answer');
      return {
        event: said('offer-training', null, { hours: i.hours }),
        notices: [{ audience: 'price_approvers', template: 'training_offered', params: { hours: i.hours } }],
      };
    case 'accept-training':
    case 'decline-training': {
      const accepted = action === 'accept-training';
      s.training = { hours: s.training!.hours, outcome: accepted ? 'accepted' : 'declined' };
      leaveWaiting(ctx);
      return {
        event: said(action, i.reason ?? null, { hours: s.training.hours }),
        notices: [{ audience: 'desk', template: accepted ? 'training_accepted' : 'training_declined' }],
      };
    }
    case 'reclassify':
      s.reclassified = true;
      recomputeCoverage(ctx);
      return { event: said('reclassify', i.reason), notices: [{ audience: 'contact', template: 'reclassified', params: { reason: i.reason } }] };
    case 'rough-estimate':
      s.roughEstimate = { hours: i.hours, text: i.text };
      s.status = 'rough_estimate_given';
      return {
        event: said('rough-estimate', i.text, { hours: i.hours }),
        notices: [{ audience: 'contact', template: 'rough_estimate', params: { hours: i.hours } }],
      };
    case 'request-quote':
      s.status = 'estimating';
      return { event: said('request-quote', i.message ?? null), notices: [{ audience: 'desk', template: 'quote_requested' }] };
    case 'quote': {
      const released = i.priceOre <= s.input.terms.timers.quoteReleaseAboveOre;
      s.quote = {
        estimationMinutes: i.estimationMinutes,
        hours: i.hours,
        priceOre: i.priceOre,
        validWorkingDays: i.validWorkingDays ?? s.input.terms.timers.quoteValidDays,
        released,
        outcome: 'pending',
      };
      if (released) sendQuote(ctx);
      const data = { estimationMinutes: i.estimationMinutes, hours: i.hours, priceOre: i.priceOre, validWorkingDays: s.quote.validWorkingDays, released };
      return released
        ? { event: said('quote', null, data), notices: [{ audience: 'price_approvers', template: 'quote_sent', params: { priceOre: i.priceOre } }] }
        : {
            event: said('quote', null, data, 'internal'),
            notices: [{ audience: 'desk_managers', template: 'quote_needs_release', params: { priceOre: i.priceOre } }],
          };
    }
    case 'release-quote':
      s.quote = { ...s.quote!, released: true };
      sendQuote(ctx);
      return {
        event: said('release-quote', null, { priceOre: s.quote.priceOre, hours: s.quote.hours }),
        notices: [{ audience: 'price_approvers', template: 'quote_sent', params: { priceOre: s.quote.priceOre } }],
      };
    case 'accept-quote':
      s.quote = { ...s.quote!, outcome: 'accepted' };
      s.status = 'accepted';
      s.quoteRemindAt = s.quoteExpiresAt = null;
      return { event: said('accept-quote', null, { priceOre: s.quote.priceOre }), notices: [{ audience: 'desk', template: 'quote_accepted' }] };
    case 'reject-quote':
      s.quote = { ...s.quote!, outcome: 'rejected' };
      s.quoteRemindAt = s.quoteExpiresAt = null;
      finish(ctx, 'rejected');
      return { event: said('reject-quote', i.reason ?? null), notices: [{ audience: 'desk', template: 'quote_rejected' }] };
    case 'withdraw':
      if (s.quote?.outcome === 'pending') s.quote = { ...s.quote, outcome: 'rejected' };
      if (s.training?.outcome === 'offered') s.training = { ...s.training, outcome: 'declined' };
      end(ctx, 'withdrawn');
      return { event: said('withdraw', i.reason ?? null), notices: [{ audience: 'desk', template: 'case_withdrawn' }], ends: true };
    case 'log-time':
      s.loggedMinutes += i.minutes;
      return { event: said('log-time', null, { minutes: i.minutes, note: i.note ?? null, total: s.loggedMinutes }), notices: [] };
    case 'start-work':
      s.status = 'in_progress';
      return { event: said('start-work', null), notices: [{ audience: 'contact', template: 'work_started' }] };
    case 'resolve':
    case 'deliver':
      finish(ctx, action === 'resolve' ? 'resolved' : 'delivered');
      return {
        event: said(action, i.summary),
        notices: [{ audience: 'contact', template: action === 'resolve' ? 'case_resolved' : 'case_delivered', params: { summary: i.summary } }],
      };
    case 'decline':
      finish(ctx, 'declined');
      return { event: said('decline', i.reason), notices: [{ audience: 'contact', template: 'case_declined', params: { reason: i.reason } }] };
    case 'backlog':
      finish(ctx, 'backlog');
      return { event: said('backlog', i.summary), notices: [{ audience: 'contact', template: 'idea_backlogged', params: { summary: i.summary } }] };
    case 'reopen':
      s.status = 'in_progress';
      s.reopenUntil = null;
      return {
        event: said('reopen', i.reason),
        notices: [{ audience: actor.role === 'contact' ? 'desk' : 'contact', template: 'case_reopened', params: { reason: i.reason } }],
      };
    case 'close':
      end(ctx, 'closed');
      return { event: said('close', null), notices: [{ audience: 'contact', template: 'case_closed' }], ends: true };
  }
  throw new Error(`unknown action ${action}`);
}

/** Applies a working-time deadline that has come. */
export function applyDeadline(ctx: TransitionContext, deadline: Deadline): Transition {
  const s = ctx.state;
  const due = { dueAt: deadline.at };
  switch (deadline.kind) {
    case 'response_warning':
      s.slaWarned = true;
      return { event: said('response_warning', null, due, 'internal'), notices: [{ audience: 'desk', template: 'response_warning' }] };
    case 'response_due':
      s.slaBreached = true;
      return { event: said('response_due', null, due, 'internal'), notices: [{ audience: 'desk_managers', template: 'response_breached' }] };
    case 'waiting_reminder':
      s.waitingReminded = true;
      return {
        event: said('waiting_reminder', null, due),
        notices: [{ audience: s.waitingFor === 'training_answer' ? 'price_approvers' : 'contact', template: 'waiting_reminder' }],
      };
    case 'waiting_close':
      end(ctx, 'closed');
      return { event: said('waiting_close', null, due), notices: [{ audience: 'contact', template: 'closed_without_reply' }], ends: true };
    case 'training_lapse':
      s.training = { hours: s.training!.hours, outcome: 'lapsed' };
      leaveWaiting(ctx);
      return { event: said('training_lapse', null, due), notices: [{ audience: 'desk', template: 'training_lapsed' }] };
    case 'quote_reminder':
      s.quoteReminded = true;
      return { event: said('quote_reminder', null, due), notices: [{ audience: 'price_approvers', template: 'quote_reminder' }] };
    case 'quote_expiry':
      s.quote = { ...s.quote!, outcome: 'expired' };
      s.quoteRemindAt = s.quoteExpiresAt = null;
      finish(ctx, 'expired');
      return {
        event: said('quote_expiry', null, due),
        notices: [
          { audience: 'price_approvers', template: 'quote_expired' },
          { audience: 'desk', template: 'quote_expired' },
        ],
      };
    case 'auto_close':
      end(ctx, 'closed');
      return { event: said('auto_close', null, due), notices: [{ audience: 'contact', template: 'case_closed' }], ends: true };
  }
}
