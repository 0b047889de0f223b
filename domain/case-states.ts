// The states of a case and what they mean (SPEC §5): which are open, finished or ended, who waits on
// whom, and where a qualified case goes. Which decisions each state allows is in domain/actions/.
import type { CaseStatus, CaseType, Instant } from './types.js';
import type { OrderState } from './orders/offer.js';

/** What the customer is being waited on for, while the case is `waiting_on_customer`. */
export type WaitingFor = 'answer' | 'training_answer';

/** Who is waiting on whom, as shown to both sides. */
export type WaitingOn = 'desk' | 'customer' | 'approver' | 'desk_manager';

/** `withdrawn`: the desk took the quote back; `returned`: a desk manager sent it back instead of releasing it. */
export const QUOTE_OUTCOMES = ['pending', 'accepted', 'rejected', 'expired', 'withdrawn', 'returned'] as const;
export const TRAINING_OUTCOMES = ['offered', 'accepted', 'declined', 'lapsed', 'withdrawn'] as const;

export interface QuoteState {
  estimationMinutes: number;
  hours: number;
  priceOre: number;
  validWorkingDays: number;
  released: boolean;
  outcome: (typeof QUOTE_OUTCOMES)[number];
  /** What the approver accepts: what is delivered, and the assumptions (absent on older quotes). */
  scope?: string | null;
  /** When the quote went to the customer (at once, or on its release); null before. */
  sentAt?: Instant | null;
  /** The last instant it may be accepted (working days from sending); null before it is sent. */
  validUntil?: Instant | null;
}

export interface TrainingOffer {
  hours: number;
  outcome: (typeof TRAINING_OUTCOMES)[number];
  /** What the training costs if accepted: hours at the case's hourly rate, in øre. */
  priceOre?: number;
  /** The case's hourly rate the price is made of, in øre. */
  rateOre?: number;
}

/** The part of a case's state that the rules look at. */
export interface CaseProgress {
  type: CaseType;
  status: CaseStatus;
  /** Where a case returns when the customer answers. */
  resumeStatus: CaseStatus | null;
  waitingFor: WaitingFor | null;
  acknowledged: boolean;
  reclassified: boolean;
  quote: QuoteState | null;
  training: TrainingOffer | null;
  /** The rules version the case started under (domain/rules-version.ts); absent means 1. */
  rulesVersion?: number;
  /** The agent handling the case (SPEC §5); null while unassigned, absent on older rows. */
  owner?: StaffRef | null;
  /** An order's offer and delivery (SPEC §3a); null for the four request types, absent on older rows. */
  order?: OrderState | null;
  /** Until when a finished case may be reopened; a case closed early (rules 3) stays reopenable until then. */
  reopenUntil?: Instant | null;
  /** An agent marked that the question showed the workflow was not understood (SPEC §6); absent on older rows. */
  notUnderstood?: boolean;
  /** Agreements with the support contact to contact other people about the case (SPEC §1). */
  contactAgreements?: ContactAgreement[];
  /** Colleagues of the company who get the case's mails (SPEC §9); absent on older rows. */
  followers?: PersonRef[];
  /** The contact's rating of the answer, given once (SPEC §9); absent on older rows. */
  rating?: Rating | null;
}

/** A person as a case refers to them: staff (owner) or a colleague at the customer (follower). */
export interface PersonRef {
  id: number;
  name: string;
}

/** How satisfied the contact was with the answer (1–5), once per case. */
export interface Rating {
  score: number;
  comment: string | null;
  at: Instant;
  by: PersonRef;
  /** The agent who held the case when it was rated (the desk's figures per agent); null while unassigned. */
  agent: PersonRef | null;
}

/** Statuses a case can be rated in: its answer is given (resolved, delivered) or it is closed. */
export const RATEABLE_STATUSES: readonly CaseStatus[] = ['resolved', 'delivered', 'closed'];
export const rateable = (c: Pick<CaseProgress, 'status' | 'rating'>) => RATEABLE_STATUSES.includes(c.status) && !c.rating;

/** "Agreed with <support contact> to contact <person> (<e-mail or phone>) about <reason>." */
export interface ContactAgreement {
  contact: string;
  person: string;
  reach: string;
  reason: string;
}

/** A member of staff as a case refers to them. */
export type StaffRef = PersonRef;

/** Terminal: the workflow has ended. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'withdrawn'];
/** Finished: the outcome is given; the case closes by itself after the reopen window. */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['resolved', 'delivered', 'rejected', 'expired', 'backlog', 'declined'];

export const isTerminal = (s: CaseStatus) => TERMINAL_STATUSES.includes(s);
export const isFinished = (s: CaseStatus) => FINISHED_STATUSES.includes(s);
export const isOpen = (s: CaseStatus) => !isTerminal(s);

/** A quote above the release limit, held for a desk manager. */
export const quoteAwaitingRelease = (c: CaseProgress) => c.status === 'estimating' && c.quote?.outcome === 'pending' && !c.quote.released;

/** The status a case moves to when it is qualified as `type`. */
export function statusAfterQualify(type: CaseType): CaseStatus {
  switch (type) {
    case 'support':
    case 'incident':
      return 'in_progress';
    case 'change_request':
      return 'estimating';
    case 'product_idea':
      return 'under_review';
    case 'course_booking':
    case 'consultancy':
    case 'contact_order':
      // Orders are never qualified: the desk offers once it has acknowledged them (domain/orders).
      return 'acknowledged';
  }
}

/** A closed case that may still be reopened (rules 3: closed before its reopen window ended). */
export const reopenable = (c: Pick<CaseProgress, 'status' | 'reopenUntil'>) => c.status === 'closed' && c.reopenUntil != null;

/** Who is waiting on whom. Null when the case is finished or ended. */
export function waitingOn(c: CaseProgress): WaitingOn | null {
  if (isTerminal(c.status) || isFinished(c.status)) return null;
  if (c.status === 'waiting_on_customer') return c.waitingFor === 'training_answer' ? 'approver' : 'customer';
  if (c.status === 'rough_estimate_given') return 'customer';
  if (c.status === 'awaiting_acceptance') return 'approver';
  if (quoteAwaitingRelease(c)) return 'desk_manager';
  return 'desk';
}

/** Whether the desk's first-response clock runs now (paused while the customer holds the ball). */
export function responseClockRuns(c: CaseProgress): boolean {
  return !c.acknowledged && c.status === 'received';
}
