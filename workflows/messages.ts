// The case workflow's contract: its input, its view, and the Updates, signal and queries that the
// service layer (portal, desk, API) uses. Shared by workflow code and service code alike.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { CalendarConfig } from '../domain/calendar/index.js';
import type { Coverage } from '../domain/coverage.js';
import { CASE_ACTIONS, type Actor, type ActorRights, type ActionInput, type CaseAction } from '../domain/actions/index.js';
import type { ContactAgreement, PersonRef, QuoteState, Rating, StaffRef, TrainingOffer, WaitingFor, WaitingOn } from '../domain/case-states.js';
import type { OrderState } from '../domain/orders/offer.js';
import type { CaseStatus, CaseTerms, CaseType, Channel, Instant } from '../domain/types.js';
import type { CompanyForCase } from './records.js';
import type { RunLimits } from './run-chain.js';
import type { CarriedCase } from './carry.js';

export const TASK_QUEUE = 'service-desk';
export const caseWorkflowId = (number: number) => `case-${number}`;

/** What a case starts with. Terms, calendar and rules version are frozen here, so later changes do not move a running case. */
export interface CaseInput {
  number: number;
  type: CaseType;
  channel: Channel;
  companyId: string;
  contactId: number;
  title: string;
  /** When the request reached the desk; a split case keeps the original's. */
  receivedAt: Instant;
  terms: CaseTerms;
  calendar: CalendarConfig;
  splitFrom?: number | null;
  /** The rules the case runs under (domain/rules-version.ts); absent on cases started before rules were versioned (= 1). */
  rulesVersion?: number;
  /** A closed case reopened within its window (rules 3): the view it was closed with, which the new run continues from. */
  reopened?: CaseView;
  /** The company's name and terms as intake read them; absent on older cases, which read them at receipt. */
  company?: CompanyForCase;
  /** When a run of the case hands over to the next (workflows/run-chain.ts); absent on older cases (the defaults). */
  runLimits?: RunLimits;
  /** A later run of the case's chain: the whole case as the run before handed it over (workflows/carry.ts). */
  continued?: CarriedCase;
}

export type DeadlineKind =
  | 'response_warning'
  | 'response_due'
  | 'waiting_reminder'
  | 'waiting_close'
  | 'training_lapse'
  | 'quote_reminder'
  | 'quote_expiry'
  | 'auto_close'
  | 'offer_reminder'
  | 'offer_expiry';

export interface RoughEstimate {
  hours: number;
  text: string;
}

/** The live state of one case, as the desk and the customer see it: the one source of its facts. */
export interface CaseView {
  number: number;
  type: CaseType;
  status: CaseStatus;
  channel: Channel;
  companyId: string;
  contactId: number;
  title: string;
  receivedAt: Instant;
  /** First-response due time; null once responded, or while paused waiting on the customer. */
  responseDueAt: Instant | null;
  respondedAt: Instant | null;
  slaWarned: boolean;
  slaBreached: boolean;
  waitingOn: WaitingOn | null;
  waitingFor: WaitingFor | null;
  resumeStatus: CaseStatus | null;
  billable: boolean;
  coverage: Coverage | null;
  acknowledged: boolean;
  reclassified: boolean;
  /** Marked as showing the workflow was not understood (absent on older rows). */
  notUnderstood?: boolean;
  loggedMinutes: number;
  roughEstimate: RoughEstimate | null;
  quote: QuoteState | null;
  training: TrainingOffer | null;
  nextDeadline: { kind: DeadlineKind; at: Instant } | null;
  reopenUntil: Instant | null;
  splitFrom: number | null;
  splitInto: number[];
  closedAt: Instant | null;
  rulesVersion?: number;
  /** The agent handling the case; null while unassigned (absent on older rows). */
  owner?: StaffRef | null;
  /** Agreements with the support contact to contact other people about the case (absent on older rows). */
  contactAgreements?: ContactAgreement[];
  /** What ending the case now (closing or withdrawing it) would bill, in øre (absent on older rows). */
  billedIfEndedNow?: number;
  /** The hourly rate the case is billed at (its terms, frozen at start), in øre; absent on older rows. */
  hourlyRateOre?: number;
  /** A transition could not be recorded as it was: the desk should look at the case (absent on older rows). */
  needsAttention?: boolean;
  /** An order's offer and delivery (SPEC §3a); null for the four request types (absent on older rows). */
  order?: OrderState | null;
  /** Colleagues of the company who get the case's mails (absent on older rows). */
  followers?: PersonRef[];
  /** The contact's rating of the answer, once (absent on older rows). */
  rating?: Rating | null;
  /** Grows by one with every transition; the read model keeps the highest. */
  version: number;
}

export interface ActionRequest<A extends CaseAction = CaseAction> {
  actor: Actor;
  input: ActionInput<A>;
  /** For an action that names a person (its rule's `subject`): that person, as the service found them. */
  subject?: StaffRef;
  /** The case's version the decision was taken on (a page's form, an API call's If-Match): refused as stale when it moved since. */
  expectedVersion?: number;
}

export type ActionUpdate<A extends CaseAction> = UpdateDefinition<CaseView, [ActionRequest<A>], A>;
export type ActionUpdates = { [A in CaseAction]: ActionUpdate<A> };

function actionUpdate<A extends CaseAction>(action: A): ActionUpdate<A> {
  return defineUpdate<CaseView, [ActionRequest<A>], A>(action);
}

/** One Update per decision, named as the action (visible as such in the Temporal UI history). */
export const actionUpdates = Object.fromEntries(CASE_ACTIONS.map((a) => [a, actionUpdate(a)])) as ActionUpdates;

/** Sent with the start (Update-With-Start): answers the case's view once its receipt is recorded. */
export const receiptUpdate = defineUpdate<CaseView>('receipt');

/** Why the desk's calendar changed, as the timeline tells it. */
export interface CalendarChange {
  kind: 'closed_day_added' | 'closed_day_removed' | 'hours_changed';
  /** The closed day, or the first day of the new opening hours. */
  date: string;
  name?: string;
}

/** The desk's calendar changed: a running case adopts it and recounts its deadlines (SPEC §5). */
export const calendarChangedSignal = defineSignal<[{ calendar: CalendarConfig; change: CalendarChange }]>('calendarChanged');

/** A support-contact order replaced the case's contact: the new contact takes the case over (SPEC §3a). */
export interface ContactChange {
  contact: { id: number; name: string };
  from: { id: number; name: string } | null;
  /** The support-contact order that made the change. */
  order: number;
}
export const contactChangedSignal = defineSignal<[ContactChange]>('contactChanged');

/** A reply that arrived by e-mail from a support contact of the case's company. */
export const mailReplySignal = defineSignal<[{ actor: Actor; message: string }]>('mailReply');

export const caseViewQuery = defineQuery<CaseView>('caseView');
export const allowedActionsQuery = defineQuery<CaseAction[], [ActorRights]>('allowedActions');

/** The failure types an Update rejection carries (ApplicationFailure.type). */
export const REJECTION_TYPES = ['forbidden', 'conflict', 'invalid', 'stale'] as const;

/** The details of a `stale` rejection: the case has moved on since the version the decision was taken on. */
export interface StaleDetails {
  expected: number;
  version: number;
}
