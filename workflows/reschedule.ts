// A changed calendar (a closed day added or removed, new opening hours) recounts every armed deadline
// of a running case from where it counts from, in working time under the new calendar: the response
// clock from its start, the customer's reminder and close from when the waiting began, the quote's
// reminder and expiry from when it was sent, the reopen window from when the outcome was given.
import type { Calendar } from '../domain/calendar/index.js';
import type { Instant } from '../domain/types.js';
import { armedDeadlines, type CaseState } from './case-state.js';
import type { DeadlineKind } from './messages.js';

export interface MovedDeadline {
  kind: DeadlineKind;
  from: Instant;
  to: Instant;
}

/** Recounts the case's deadlines under `calendar`; returns those that moved. */
export function reschedule(s: CaseState, calendar: Calendar): MovedDeadline[] {
  const before = new Map(armedDeadlines(s).map((d) => [d.kind, d.at]));
  const timers = s.input.terms.timers;
  if (s.responseClock && s.responsePaused === null && s.respondedAt === null) {
    const { from, dueMinutes, warnMinutes } = s.responseClock;
    s.responseDueAt = calendar.addWorkingTime(from, dueMinutes);
    s.responseWarnAt = calendar.addWorkingTime(from, Math.min(warnMinutes, dueMinutes));
  }
  if (s.status === 'waiting_on_customer' && s.waitingSince !== null) {
    s.waitingRemindAt = calendar.addWorkingDays(s.waitingSince, timers.waitingReminderDays);
    s.waitingCloseAt = calendar.addWorkingDays(s.waitingSince, timers.waitingCloseDays);
  }
  if (s.status === 'awaiting_acceptance' && s.quote?.sentAt != null) {
    s.quoteRemindAt = calendar.addWorkingDays(s.quote.sentAt, timers.quoteReminderDays);
    s.quoteExpiresAt = calendar.addWorkingDays(s.quote.sentAt, s.quote.validWorkingDays);
    s.quote = { ...s.quote, validUntil: s.quoteExpiresAt };
  }
  const offer = s.order?.offer;
  if (s.status === 'awaiting_acceptance' && offer?.sentAt != null) {
    s.quoteRemindAt = calendar.addWorkingDays(offer.sentAt, timers.quoteReminderDays);
    s.quoteExpiresAt = calendar.addWorkingDays(offer.sentAt, offer.validWorkingDays);
    s.order = { ...s.order!, offer: { ...offer, validUntil: s.quoteExpiresAt } };
  }
  if (s.reopenUntil !== null && s.finishedAt !== null) s.reopenUntil = calendar.addWorkingDays(s.finishedAt, timers.reopenDays);
  const moved: MovedDeadline[] = [];
  for (const d of armedDeadlines(s)) {
    const was = before.get(d.kind);
    if (was !== undefined && was !== d.at) moved.push({ kind: d.kind, from: was, to: d.at });
  }
  return moved;
}
