// The case's state inside its workflow, its public view, and which working-time deadline comes next.
// Deterministic: all instants come from the workflow clock and domain/calendar.
import type { Calendar } from '../domain/calendar/index.js';
import { caseBillingLines, type BillingLine } from '../domain/billing.js';
import type { Coverage } from '../domain/coverage.js';
import {
  responseClockRuns,
  waitingOn,
  isFinished,
  type CaseProgress,
  type ContactAgreement,
  type PersonRef,
  type Rating,
  type StaffRef,
} from '../domain/case-states.js';
import { isOrderType, type CompanyTerms, type Instant } from '../domain/types.js';
import type { OrderState } from '../domain/orders/offer.js';
import { orderBillingLines } from '../domain/orders/billing.js';
import type { CaseInput, CaseView, DeadlineKind, RoughEstimate } from './messages.js';

export interface CaseState extends CaseProgress {
  input: CaseInput;
  rulesVersion: number;
  owner: StaffRef | null;
  contactAgreements: ContactAgreement[];
  companyTerms: CompanyTerms | null;
  coverage: Coverage | null;
  responseDueAt: Instant | null;
  responseWarnAt: Instant | null;
  /** Working minutes left on the first-response clock while it is paused. */
  responsePaused: { dueMinutes: number; warnMinutes: number } | null;
  /** Where the running first-response clock counts from, and how far: a changed calendar recounts it. */
  responseClock: { from: Instant; dueMinutes: number; warnMinutes: number } | null;
  /** When the case started waiting on the customer (its reminder and close count from it). */
  waitingSince: Instant | null;
  /** When the outcome was given (the reopen window counts from it). */
  finishedAt: Instant | null;
  respondedAt: Instant | null;
  slaWarned: boolean;
  slaBreached: boolean;
  waitingRemindAt: Instant | null;
  waitingCloseAt: Instant | null;
  waitingReminded: boolean;
  quoteRemindAt: Instant | null;
  quoteExpiresAt: Instant | null;
  quoteReminded: boolean;
  reopenUntil: Instant | null;
  loggedMinutes: number;
  roughEstimate: RoughEstimate | null;
  splitInto: number[];
  closedAt: Instant | null;
  /** A transition could not be recorded as it was (its data was refused): a person should look. */
  needsAttention: boolean;
  version: number;
  /** An order's offer and delivery (SPEC §3a); null for the four request types. */
  order: OrderState | null;
  /** The case's support contact: the one who filed it, until a replacement takes their cases over. */
  contactId: number;
  /** Colleagues of the company who get the case's mails (SPEC §9). */
  followers: PersonRef[];
  /** The contact's rating of the answer, once (SPEC §9). */
  rating: Rating | null;
}

export function initialState(input: CaseInput): CaseState {
  return {
    input,
    rulesVersion: input.rulesVersion ?? 1,
    owner: null,
    contactAgreements: [],
    type: input.type,
    status: 'received',
    resumeStatus: null,
    waitingFor: null,
    acknowledged: false,
    reclassified: false,
    notUnderstood: false,
    quote: null,
    training: null,
    companyTerms: null,
    coverage: null,
    responseDueAt: null,
    responseWarnAt: null,
    responsePaused: null,
    responseClock: null,
    waitingSince: null,
    finishedAt: null,
    respondedAt: null,
    slaWarned: false,
    slaBreached: false,
    waitingRemindAt: null,
    waitingCloseAt: null,
    waitingReminded: false,
    quoteRemindAt: null,
    quoteExpiresAt: null,
    quoteReminded: false,
    reopenUntil: null,
    loggedMinutes: 0,
    roughEstimate: null,
    splitInto: [],
    closedAt: null,
    needsAttention: false,
    version: 0,
    order: null,
    contactId: input.contactId,
    followers: [],
    rating: null,
  };
}

export interface Deadline {
  kind: DeadlineKind;
  at: Instant;
}

/** Every deadline that is armed in the case's present state. */
export function armedDeadlines(s: CaseState): Deadline[] {
  const armed: Deadline[] = [];
  if (responseClockRuns(s)) {
    if (!s.slaWarned && s.responseWarnAt !== null) armed.push({ kind: 'response_warning', at: s.responseWarnAt });
    if (!s.slaBreached && s.responseDueAt !== null) armed.push({ kind: 'response_due', at: s.responseDueAt });
  }
  if (s.status === 'waiting_on_customer') {
    if (!s.waitingReminded && s.waitingRemindAt !== null) armed.push({ kind: 'waiting_reminder', at: s.waitingRemindAt });
    if (s.waitingCloseAt !== null) armed.push({ kind: s.waitingFor === 'training_answer' ? 'training_lapse' : 'waiting_close', at: s.waitingCloseAt });
  }
  if (s.status === 'awaiting_acceptance') {
    // An order's offer waits like a quote, on the same timers.
    const [remind, expire] = s.order ? (['offer_reminder', 'offer_expiry'] as const) : (['quote_reminder', 'quote_expiry'] as const);
    if (!s.quoteReminded && s.quoteRemindAt !== null) armed.push({ kind: remind, at: s.quoteRemindAt });
    if (s.quoteExpiresAt !== null) armed.push({ kind: expire, at: s.quoteExpiresAt });
  }
  if (isFinished(s.status) && s.reopenUntil !== null) armed.push({ kind: 'auto_close', at: s.reopenUntil });
  return armed;
}

/** The earliest armed deadline; a tie goes to the one listed first (a warning before its breach). */
export function nextDeadline(s: CaseState): Deadline | null {
  let next: Deadline | null = null;
  for (const d of armedDeadlines(s)) if (next === null || d.at < next.at) next = d;
  return next;
}

export function viewOf(s: CaseState): CaseView {
  const i = s.input;
  return {
    number: i.number,
    type: s.type,
    status: s.status,
    channel: i.channel,
    companyId: i.companyId,
    contactId: s.contactId,
    title: i.title,
    receivedAt: i.receivedAt,
    responseDueAt: s.respondedAt === null && s.responsePaused === null ? s.responseDueAt : null,
    respondedAt: s.respondedAt,
    slaWarned: s.slaWarned,
    slaBreached: s.slaBreached,
    waitingOn: waitingOn(s),
    waitingFor: s.waitingFor,
    resumeStatus: s.resumeStatus,
    billable: s.coverage?.billable ?? false,
    coverage: s.coverage,
    acknowledged: s.acknowledged,
    reclassified: s.reclassified,
    notUnderstood: s.notUnderstood ?? false,
    loggedMinutes: s.loggedMinutes,
    roughEstimate: s.roughEstimate,
    quote: s.quote,
    training: s.training,
    nextDeadline: nextDeadline(s),
    reopenUntil: s.reopenUntil,
    splitFrom: i.splitFrom ?? null,
    splitInto: [...s.splitInto],
    closedAt: s.closedAt,
    rulesVersion: s.rulesVersion,
    owner: s.owner,
    billedIfEndedNow: closingLines(s).reduce((sum, l) => sum + l.amountOre, 0),
    contactAgreements: [...s.contactAgreements],
    hourlyRateOre: i.terms.prices.hourlyRateOre,
    needsAttention: s.needsAttention,
    order: s.order,
    followers: [...s.followers],
    rating: s.rating,
    version: s.version,
  };
}

/** Starts (or restarts) the first-response clock from `from` with `minutes` of working time left. */
export function armResponseClock(s: CaseState, calendar: Calendar, from: Instant, dueMinutes: number, warnMinutes: number): void {
  s.responseDueAt = calendar.addWorkingTime(from, dueMinutes);
  s.responseWarnAt = calendar.addWorkingTime(from, Math.min(warnMinutes, dueMinutes));
  s.responsePaused = null;
  s.responseClock = { from, dueMinutes, warnMinutes };
}

/** Stops the first-response clock at `now`, remembering what is left. */
export function pauseResponseClock(s: CaseState, calendar: Calendar, now: Instant): void {
  if (s.acknowledged || s.responseDueAt === null || s.responseWarnAt === null) return;
  s.responsePaused = {
    dueMinutes: calendar.workingTimeBetween(now, s.responseDueAt),
    warnMinutes: calendar.workingTimeBetween(now, s.responseWarnAt),
  };
}

/** The billing lines the case would get if it ended now (it bills them when it does). */
export function closingLines(s: CaseState): BillingLine[] {
  const q = s.quote;
  return caseBillingLines({
    billableTime: s.coverage?.billable ?? false,
    started: s.acknowledged || s.loggedMinutes > 0,
    loggedMinutes: s.loggedMinutes,
    quote: q ? { estimationMinutes: q.estimationMinutes, priceOre: q.priceOre, hours: q.hours, accepted: q.outcome === 'accepted' } : null,
    training: s.training ? { hours: s.training.hours, accepted: s.training.outcome === 'accepted' } : null,
    prices: s.input.terms.prices,
  }).concat(orderLines(s));
}

/** What an order bills (none for the four request types). */
function orderLines(s: CaseState): BillingLine[] {
  if (!isOrderType(s.type)) return [];
  return orderBillingLines({ type: s.type, order: s.order, loggedMinutes: s.loggedMinutes, prices: s.input.terms.prices });
}
