// A case whose process stopped and whose last run cannot be replayed starts again from the view its read
// model holds (workflows/restart.ts): its facts as they were, the next deadline as it was, the deadline
// after it counted from it, and a reminder whose moment the view does not tell taken as sent.
import { describe, expect, it } from 'vitest';
import { loadCalendarConfig } from '../../config/calendar.js';
import { loadTerms } from '../../config/terms.js';
import { createCalendar } from '../../domain/calendar/index.js';
import { carriedFromView } from '../../workflows/restart.js';
import { armedDeadlines, type CaseState } from '../../workflows/case-state.js';
import type { CaseInput, CaseView } from '../../workflows/messages.js';
import { plainFortnightAfter } from '../support/desk-time.js';

const calendar = createCalendar(loadCalendarConfig());
const terms = loadTerms();
const days = plainFortnightAfter(Date.UTC(2030, 0, 1));

const input: CaseInput = {
  number: 77,
  type: 'support',
  channel: 'portal',
  companyId: 'faktureret',
  contactId: 5,
  title: 'Stopped',
  receivedAt: days.at(1, 9, 0),
  terms,
  calendar: loadCalendarConfig(),
  rulesVersion: 3,
};

function view(over: Partial<CaseView>): CaseView {
  return {
    number: 77,
    type: 'support',
    status: 'in_progress',
    channel: 'portal',
    companyId: 'faktureret',
    contactId: 5,
    title: 'Stopped',
    receivedAt: input.receivedAt,
    responseDueAt: null,
    respondedAt: days.at(1, 10, 0),
    slaWarned: false,
    slaBreached: false,
    waitingOn: 'desk',
    waitingFor: null,
    resumeStatus: null,
    billable: true,
    coverage: null,
    acknowledged: true,
    reclassified: false,
    loggedMinutes: 40,
    roughEstimate: null,
    quote: null,
    training: null,
    nextDeadline: null,
    reopenUntil: null,
    splitFrom: null,
    splitInto: [],
    closedAt: null,
    owner: { id: 3, name: 'Agent' },
    version: 9,
    ...over,
  };
}

const stateOf = (v: CaseView) => ({ ...carriedFromView(input, v).state, input }) as CaseState;

describe('a case started again from its read model', () => {
  it('keeps its facts and version, billed as often as its view says', () => {
    const carried = carriedFromView(input, view({}));
    expect(carried.state).toMatchObject({ status: 'in_progress', loggedMinutes: 40, owner: { id: 3, name: 'Agent' }, version: 9, acknowledged: true });
    expect(carried.billings).toBe(0);
    expect(carriedFromView(input, view({ closedAt: days.at(2, 10, 0) })).billings).toBe(1);
  });

  it('waiting on the customer before the reminder: reminded when it was due, closed the closing days after the question', () => {
    const remindAt = calendar.addWorkingDays(days.at(1, 11, 0), terms.timers.waitingReminderDays);
    const s = stateOf(
      view({ status: 'waiting_on_customer', waitingFor: 'answer', resumeStatus: 'in_progress', nextDeadline: { kind: 'waiting_reminder', at: remindAt } }),
    );
    expect(armedDeadlines(s)).toEqual([
      { kind: 'waiting_reminder', at: remindAt },
      { kind: 'waiting_close', at: calendar.addWorkingDays(remindAt, terms.timers.waitingCloseDays - terms.timers.waitingReminderDays) },
    ]);
  });

  it('waiting after the reminder: the reminder is not sent again, the close stays', () => {
    const closeAt = days.at(12, 11, 0);
    const s = stateOf(
      view({ status: 'waiting_on_customer', waitingFor: 'answer', resumeStatus: 'in_progress', nextDeadline: { kind: 'waiting_close', at: closeAt } }),
    );
    expect(armedDeadlines(s)).toEqual([{ kind: 'waiting_close', at: closeAt }]);
  });

  it("awaiting acceptance: the quote's expiry from the quote, its reminder only if still due", () => {
    const quote = {
      estimationMinutes: 30,
      hours: 4,
      priceOre: 380_000,
      validWorkingDays: 20,
      released: true,
      outcome: 'pending' as const,
      sentAt: days.at(2, 10, 0),
      validUntil: days.at(12, 10, 0) + 86_400_000 * 14,
      scope: null,
    };
    const s = stateOf(view({ type: 'change_request', status: 'awaiting_acceptance', quote, nextDeadline: { kind: 'quote_expiry', at: quote.validUntil } }));
    expect(armedDeadlines(s)).toEqual([{ kind: 'quote_expiry', at: quote.validUntil }]);
  });
});
