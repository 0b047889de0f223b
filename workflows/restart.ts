// A case whose process stopped while the case is open (terminated by hand or by Temporal at a hard
// limit, failed, timed out) and whose last run cannot tell its state any more: the repair command
// starts its next run from the view its read model holds (docs/long-cases.md). The view has the
// case's facts and its next deadline; what it lacks is re-armed from them: the deadline after the next
// one (a waiting case's close after its reminder) is counted from the next one, a reminder whose
// moment is not known is taken as sent. The run continues the case's timeline numbering.
import { createCalendar } from '../domain/calendar/index.js';
import type { CarriedCase } from './carry.js';
import type { CaseInput, CaseView } from './messages.js';
import { resumedState } from './reopen.js';

/** The carried case a new run starts from, made of `view` (the case's input is the last run's own). */
export function carriedFromView(input: CaseInput, view: CaseView): CarriedCase {
  const { input: _own, ...state } = resumedState({ ...input, reopened: view });
  const calendar = createCalendar(input.calendar);
  const timers = input.terms.timers;
  const next = view.nextDeadline;
  const at = (kind: string) => (next?.kind === kind ? next.at : null);
  state.waitingFor = view.waitingFor;
  state.resumeStatus = view.resumeStatus;
  state.responseDueAt = view.responseDueAt;
  state.responseWarnAt = view.slaWarned ? null : at('response_warning');
  if (view.status === 'waiting_on_customer') {
    state.waitingRemindAt = at('waiting_reminder');
    state.waitingReminded = state.waitingRemindAt === null;
    state.waitingCloseAt =
      at('waiting_close') ??
      at('training_lapse') ??
      (state.waitingRemindAt === null
        ? null
        : calendar.addWorkingDays(state.waitingRemindAt, Math.max(1, timers.waitingCloseDays - timers.waitingReminderDays)));
  }
  if (view.status === 'awaiting_acceptance') {
    state.quoteRemindAt = at('quote_reminder') ?? at('offer_reminder');
    state.quoteReminded = state.quoteRemindAt === null;
    state.quoteExpiresAt = view.quote?.validUntil ?? view.order?.offer?.validUntil ?? at('quote_expiry') ?? at('offer_expiry');
  }
  return {
    state,
    calendar: input.calendar,
    billings: view.closedAt === null ? 0 : 1,
    searchAttributes: '',
    unrecorded: [],
    splits: view.splitInto.length,
    patches: {},
    run: { number: 0, reason: 'restarted' },
  };
}
