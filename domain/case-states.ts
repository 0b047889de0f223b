// The case state machine: which decisions may be taken, by whom, in which state (SPEC §1, §3, §5).
// Stated once here; the workflow's Update validators, the service layer and the pages all ask it.
import type { Bilingual, CaseStatus, CaseType, Role } from './types.js';

export const CASE_ACTIONS = [
  'acknowledge',
  'qualify',
  'split',
  'ask-customer',
  'reply',
  'offer-training',
  'accept-training',
  'decline-training',
  'reclassify',
  'rough-estimate',
  'request-quote',
  'quote',
  'release-quote',
  'accept-quote',
  'reject-quote',
  'withdraw',
  'log-time',
  'start-work',
  'resolve',
  'deliver',
  'decline',
  'backlog',
  'reopen',
  'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}

/** The person taking a decision, as the service layer has authenticated them. */
export interface Actor {
  userId: number;
  role: Role;
  /** A support contact holding the price-approval right (always true for a price approver). */
  canApprove: boolean;
  name: string;
}

/** What the customer is being waited on for, while the case is `waiting_on_customer`. */
export type WaitingFor = 'answer' | 'training_answer';

/** Who is waiting on whom, as shown to both sides. */
export type WaitingOn = 'desk' | 'customer' | 'approver' | 'desk_manager';

export interface QuoteState {
  estimationMinutes: number;
  hours: number;
  priceOre: number;
  validWorkingDays: number;
  released: boolean;
  outcome: 'pending' | 'accepted' | 'rejected' | 'expired';
}

export interface TrainingOffer {
  hours: number;
  outcome: 'offered' | 'accepted' | 'declined' | 'lapsed';
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
}

/** Terminal: the workflow has ended. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'withdrawn'];
/** Finished: the outcome is given; the case closes by itself after the reopen window. */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['resolved', 'delivered', 'rejected', 'expired', 'backlog', 'declined'];
/** The desk holds the ball and may ask the customer a question. */
const DESK_WORKING: readonly CaseStatus[] = ['received', 'acknowledged', 'in_progress', 'estimating', 'under_review', 'accepted'];

export const isTerminal = (s: CaseStatus) => TERMINAL_STATUSES.includes(s);
export const isFinished = (s: CaseStatus) => FINISHED_STATUSES.includes(s);
export const isOpen = (s: CaseStatus) => !isTerminal(s);

const STAFF: readonly Role[] = ['agent', 'manager'];
const CONTACT: readonly Role[] = ['contact'];
const PRICE: readonly Role[] = ['contact', 'approver'];

interface Rule {
  roles: readonly Role[];
  /** A contact needs the price-approval right. */
  approval?: boolean;
  allowed(c: CaseProgress): boolean;
  /** The state the action needs, said to the person who tried it. */
  requires: Bilingual;
}

const quoteAwaitingRelease = (c: CaseProgress) => c.status === 'estimating' && c.quote?.outcome === 'pending' && !c.quote.released;

const RULES: Record<CaseAction, Rule> = {
  acknowledge: {
    roles: STAFF,
    allowed: (c) => c.status === 'received',
    requires: { en: 'only a newly received case can be acknowledged', da: 'kun en nyligt modtaget sag kan kvitteres' },
  },
  qualify: {
    roles: STAFF,
    allowed: (c) => c.status === 'acknowledged',
    requires: { en: 'a case is qualified once, right after it is acknowledged', da: 'en sag kvalificeres én gang, lige efter kvitteringen' },
  },
  split: {
    roles: STAFF,
    allowed: (c) => c.status === 'received' || c.status === 'acknowledged',
    requires: { en: 'a case can only be split before it is qualified', da: 'en sag kan kun deles, før den er kvalificeret' },
  },
  'ask-customer': {
    roles: STAFF,
    allowed: (c) => DESK_WORKING.includes(c.status) && !(c.status === 'estimating' && c.quote?.outcome === 'pending'),
    requires: {
      en: 'the customer can only be asked while the desk is working on the case',
      da: 'kunden kan kun spørges, mens servicedesken arbejder på sagen',
    },
  },
  reply: {
    roles: CONTACT,
    allowed: (c) => isOpen(c.status),
    requires: { en: 'a closed case cannot be answered; create a new request', da: 'en lukket sag kan ikke besvares; opret en ny henvendelse' },
  },
  'offer-training': {
    roles: STAFF,
    // One training per case: a new offer may follow a declined or lapsed one, never replace an accepted one (it is billed at close).
    allowed: (c) => c.type === 'support' && c.status === 'in_progress' && c.training?.outcome !== 'offered' && c.training?.outcome !== 'accepted',
    requires: {
      en: 'training is offered on a support case in progress that has no open or accepted offer',
      da: 'undervisning tilbydes på en supportsag under behandling uden et åbent eller accepteret tilbud',
    },
  },
  'accept-training': {
    roles: PRICE,
    approval: true,
    allowed: (c) => c.status === 'waiting_on_customer' && c.waitingFor === 'training_answer',
    requires: { en: 'there is no training offer awaiting an answer', da: 'der er intet undervisningstilbud, som afventer svar' },
  },
  'decline-training': {
    roles: PRICE,
    approval: true,
    allowed: (c) => c.status === 'waiting_on_customer' && c.waitingFor === 'training_answer',
    requires: { en: 'there is no training offer awaiting an answer', da: 'der er intet undervisningstilbud, som afventer svar' },
  },
  reclassify: {
    roles: STAFF,
    allowed: (c) => c.type === 'incident' && !c.reclassified && (c.status === 'acknowledged' || c.status === 'in_progress'),
    requires: {
      en: 'only an acknowledged incident that is not yet reclassified can be reclassified',
      da: 'kun en kvitteret fejl, der ikke allerede er omklassificeret, kan omklassificeres',
    },
  },
  'rough-estimate': {
    roles: STAFF,
    allowed: (c) => c.type === 'change_request' && c.status === 'estimating' && c.quote === null,
    requires: {
      en: 'a rough estimate is given on a change request being estimated, before any quote',
      da: 'et groft estimat gives på et ændringsønske under estimering, før et tilbud',
    },
  },
  'request-quote': {
    roles: ['contact', 'agent', 'manager'],
    allowed: (c) => c.status === 'rough_estimate_given',
    requires: { en: 'a detailed quote is requested after a rough estimate', da: 'et decideret tilbud bestilles efter et groft estimat' },
  },
  quote: {
    roles: STAFF,
    allowed: (c) => c.type === 'change_request' && c.status === 'estimating' && c.quote?.outcome !== 'pending',
    requires: {
      en: 'a quote is given on a change request being estimated that has no open quote',
      da: 'et tilbud gives på et ændringsønske under estimering uden et åbent tilbud',
    },
  },
  'release-quote': {
    roles: ['manager'],
    allowed: quoteAwaitingRelease,
    requires: { en: 'there is no quote awaiting release', da: 'der er intet tilbud, som afventer frigivelse' },
  },
  'accept-quote': {
    roles: PRICE,
    approval: true,
    allowed: (c) => c.status === 'awaiting_acceptance',
    requires: { en: 'this quote is no longer awaiting acceptance', da: 'tilbuddet afventer ikke længere accept' },
  },
  'reject-quote': {
    roles: PRICE,
    approval: true,
    allowed: (c) => c.status === 'awaiting_acceptance',
    requires: { en: 'this quote is no longer awaiting acceptance', da: 'tilbuddet afventer ikke længere accept' },
  },
  withdraw: {
    roles: CONTACT,
    allowed: (c) =>
      ['received', 'acknowledged', 'waiting_on_customer', 'estimating', 'rough_estimate_given', 'awaiting_acceptance', 'under_review'].includes(c.status) ||
      (c.status === 'in_progress' && c.quote?.outcome !== 'accepted'),
    requires: {
      en: 'a case can be withdrawn until its outcome is given or ordered work has started',
      da: 'en sag kan trækkes tilbage, indtil den er afsluttet eller bestilt arbejde er gået i gang',
    },
  },
  'log-time': {
    roles: STAFF,
    allowed: (c) => isOpen(c.status),
    requires: { en: 'time cannot be logged on a closed case', da: 'der kan ikke registreres tid på en lukket sag' },
  },
  'start-work': {
    roles: STAFF,
    allowed: (c) => c.status === 'accepted',
    requires: { en: 'work starts on an accepted quote', da: 'arbejdet starter på et accepteret tilbud' },
  },
  resolve: {
    roles: STAFF,
    allowed: (c) => (c.type === 'support' || c.type === 'incident') && c.status === 'in_progress',
    requires: { en: 'a support case or incident in progress can be resolved', da: 'en supportsag eller fejl under behandling kan løses' },
  },
  deliver: {
    roles: STAFF,
    allowed: (c) => c.type === 'change_request' && c.status === 'in_progress',
    requires: { en: 'a change request in progress can be delivered', da: 'et ændringsønske under udførelse kan leveres' },
  },
  decline: {
    roles: STAFF,
    allowed: (c) =>
      (c.type === 'change_request' && (c.status === 'estimating' || c.status === 'rough_estimate_given') && c.quote?.outcome !== 'pending') ||
      (c.type === 'product_idea' && c.status === 'under_review'),
    requires: {
      en: 'a change request being estimated or a product idea under review can be declined',
      da: 'et ændringsønske under estimering eller en produktidé under vurdering kan afvises',
    },
  },
  backlog: {
    roles: STAFF,
    allowed: (c) => c.type === 'product_idea' && c.status === 'under_review',
    requires: { en: 'a product idea under review can be taken into the backlog', da: 'en produktidé under vurdering kan tages i backlog' },
  },
  reopen: {
    roles: ['contact', 'agent', 'manager'],
    allowed: (c) => c.status === 'resolved' || c.status === 'delivered',
    requires: {
      en: 'only a resolved or delivered case can be reopened, within the reopen window',
      da: 'kun en løst eller leveret sag kan genåbnes, inden for genåbningsfristen',
    },
  },
  close: {
    roles: STAFF,
    allowed: (c) => isFinished(c.status),
    requires: { en: 'a case is closed once its outcome is given', da: 'en sag lukkes, når dens udfald er givet' },
  },
};

export type Rejection = { kind: 'forbidden'; message: Bilingual } | { kind: 'conflict'; message: Bilingual };

/** Why `actor` may not take `action` on the case now, or null when they may. Role is judged before state. */
export function checkAction(c: CaseProgress, action: CaseAction, actor: Pick<Actor, 'role' | 'canApprove'>): Rejection | null {
  const rule = RULES[action];
  if (!rule.roles.includes(actor.role)) {
    return { kind: 'forbidden', message: { en: `your role may not ${action.replaceAll('-', ' ')}`, da: 'din rolle må ikke udføre denne handling' } };
  }
  if (rule.approval && actor.role === 'contact' && !actor.canApprove) {
    return { kind: 'forbidden', message: { en: 'accepting prices needs the price-approval right', da: 'accept af priser kræver prisgodkendelsesret' } };
  }
  if (!rule.allowed(c)) {
    return { kind: 'conflict', message: { en: `${rule.requires.en} (the case is ${c.status})`, da: `${rule.requires.da} (sagen er ${c.status})` } };
  }
  return null;
}

/** Every action the actor may take on the case now, in the order of CASE_ACTIONS. */
export function allowedActions(c: CaseProgress, actor: Pick<Actor, 'role' | 'canApprove'>): CaseAction[] {
  return CASE_ACTIONS.filter((a) => checkAction(c, a, actor) === null);
}

/** Whether a role could ever take the action (used to tell 403 from 409 before asking the case). */
export function roleMayEver(action: CaseAction, actor: Pick<Actor, 'role' | 'canApprove'>): boolean {
  const rule = RULES[action];
  return rule.roles.includes(actor.role) && !(rule.approval && actor.role === 'contact' && !actor.canApprove);
}

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
  }
}

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
