// Moves several effects share: waiting on the customer and back, finishing, ending, sending a quote,
// judging coverage again after the type changed.
import { coverageFor } from '../../domain/coverage.js';
import type { CaseStatus } from '../../domain/types.js';
import { armResponseClock, pauseResponseClock } from '../case-state.js';
import type { TransitionContext } from './transition.js';

export function enterWaiting(ctx: TransitionContext, waitingFor: 'answer' | 'training_answer'): void {
  const { state: s, calendar, now } = ctx;
  pauseResponseClock(s, calendar, now);
  s.resumeStatus = s.status;
  s.status = 'waiting_on_customer';
  s.waitingFor = waitingFor;
  s.waitingReminded = false;
  s.waitingSince = now;
  s.waitingRemindAt = calendar.addWorkingDays(now, s.input.terms.timers.waitingReminderDays);
  s.waitingCloseAt = calendar.addWorkingDays(now, s.input.terms.timers.waitingCloseDays);
}

export function leaveWaiting(ctx: TransitionContext): void {
  const { state: s, calendar, now } = ctx;
  s.status = s.resumeStatus ?? 'in_progress';
  s.resumeStatus = null;
  s.waitingFor = null;
  s.waitingRemindAt = null;
  s.waitingCloseAt = null;
  if (s.responsePaused) armResponseClock(s, calendar, now, s.responsePaused.dueMinutes, s.responsePaused.warnMinutes);
}

/** The outcome is given: the case closes by itself after the reopen window. */
export function finish(ctx: TransitionContext, status: CaseStatus): void {
  ctx.state.status = status;
  ctx.state.finishedAt = ctx.now;
  ctx.state.reopenUntil = ctx.calendar.addWorkingDays(ctx.now, ctx.state.input.terms.timers.reopenDays);
}

export function end(ctx: TransitionContext, status: 'closed' | 'withdrawn'): void {
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

export function sendQuote(ctx: TransitionContext): void {
  const { state: s, calendar, now } = ctx;
  s.status = 'awaiting_acceptance';
  s.quoteReminded = false;
  s.quoteRemindAt = calendar.addWorkingDays(now, s.input.terms.timers.quoteReminderDays);
  s.quoteExpiresAt = calendar.addWorkingDays(now, s.quote!.validWorkingDays);
  s.quote = { ...s.quote!, sentAt: now, validUntil: s.quoteExpiresAt };
}

export function recomputeCoverage(ctx: TransitionContext): void {
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

/** Statuses a customer's reply reopens: the answer is given but the case has not closed. */
export const reopensOnReply = (status: CaseStatus) => status === 'resolved' || status === 'delivered';

/** Back to work on a finished (or early-closed, rules 3) case: the reopen window no longer runs. */
export function reopenCase(ctx: TransitionContext): void {
  ctx.state.status = 'in_progress';
  ctx.state.reopenUntil = null;
  ctx.state.closedAt = null;
}
