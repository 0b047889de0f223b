// Every decision on a case, declared once: what it carries (its input schema), who may take it and
// in which state (its guard). The workflow's effects (workflows/effects/) are keyed by the same
// names, so the compiler refuses an action without an effect or an effect reading a wrong input.
// Adding an action = one entry here + one effect + its texts (docs/architecture.md "Changing the process safely").
import { z } from 'zod';
import { REQUEST_TYPES, isOrderType, type Role } from '../types.js';
import { isFinished, isOpen, quoteAwaitingRelease, rateable, reopenable, type CaseProgress, type PersonRef } from '../case-states.js';
import { offerInputProblems } from '../orders/offer.js';
import type { ActorRights } from './rules.js';
import { amountOre, hours, lines, nothing, optionalText, personEmail, staffEmail, text, wholeNumber } from './fields.js';

export interface ActionRule<S extends z.ZodObject = z.ZodObject> {
  input: S;
  roles: readonly Role[];
  /** A contact needs the price-approval right. */
  approval?: true;
  /** The input field that names a person — a member of staff, a support contact of the case's company, or
   * a colleague there (an active support contact or price approver; `person`: any of the company's people):
   * the service resolves them and sends them with the decision. */
  subject?: { field: string; kind: SubjectKind };
  /** Whether the case's state allows the action to this actor; the refusal text is `rules:requires.<action>`. */
  allowed(c: CaseProgress, actor: ActorRights): boolean;
  /** What is wrong with a well-formed input on this case (`{ field: messageKey }`), or null; judged where the state is. */
  check?(c: CaseProgress, input: z.output<S>, subject: PersonRef | null): Record<string, string> | null;
}

/**
 * An action's rule, its input schema built on first use: a workflow evaluates this module afresh, and
 * builds only the schemas of the actions its case takes (not every action's, on every case).
 */
const rule = <S extends z.ZodObject>({ input, ...r }: Omit<ActionRule<S>, 'input'> & { input: () => S }): ActionRule<S> => {
  let schema: S | undefined;
  return Object.defineProperty(r, 'input', { get: () => (schema ??= input()), enumerable: true }) as ActionRule<S>;
};

export type SubjectKind = 'staff' | 'contact' | 'colleague' | 'person';

const STAFF: readonly Role[] = ['agent', 'manager'];
const CONTACT: readonly Role[] = ['contact'];
const PRICE: readonly Role[] = ['contact', 'approver'];
const CONTACT_OR_STAFF: readonly Role[] = ['contact', 'agent', 'manager'];

/** The desk holds the ball and may ask the customer a question. */
const DESK_WORKING = new Set(['received', 'acknowledged', 'in_progress', 'estimating', 'under_review', 'accepted']);
const WITHDRAWABLE = new Set(['received', 'acknowledged', 'waiting_on_customer', 'estimating', 'rough_estimate_given', 'awaiting_acceptance', 'under_review']);
const awaitingTraining = (c: CaseProgress) => c.status === 'waiting_on_customer' && c.waitingFor === 'training_answer';
const isOrder = (c: CaseProgress) => isOrderType(c.type);
const offerPending = (c: CaseProgress) => isOrder(c) && c.status === 'awaiting_acceptance' && c.order?.offer?.outcome === 'pending';

export const ACTIONS = {
  acknowledge: rule({ input: () => z.object({ plan: text(5000) }).strict(), roles: STAFF, allowed: (c) => c.status === 'received' }),
  qualify: rule({
    input: () => z.object({ type: z.enum(REQUEST_TYPES, { error: 'invalid_choice' }).optional() }).strict(),
    roles: STAFF,
    allowed: (c) => c.status === 'acknowledged' && !isOrder(c),
  }),
  split: rule({
    input: () => z.object({ titles: lines(10, 200) }).strict(),
    roles: STAFF,
    allowed: (c) => c.status === 'received' || c.status === 'acknowledged',
  }),
  'ask-customer': rule({
    input: () => z.object({ message: text(5000) }).strict(),
    roles: STAFF,
    allowed: (c) => DESK_WORKING.has(c.status) && !(c.status === 'estimating' && c.quote?.outcome === 'pending'),
  }),
  reply: rule({ input: () => z.object({ message: text(5000) }).strict(), roles: CONTACT, allowed: (c) => isOpen(c.status) }),
  'offer-training': rule({
    input: () => z.object({ hours: hours(40) }).strict(),
    roles: STAFF,
    // One training per case: a new offer may follow a declined or lapsed one, never replace an accepted one (it is billed at close).
    allowed: (c) => c.type === 'support' && c.status === 'in_progress' && c.training?.outcome !== 'offered' && c.training?.outcome !== 'accepted',
  }),
  'accept-training': rule({ input: () => nothing, roles: PRICE, approval: true, allowed: awaitingTraining }),
  'decline-training': rule({ input: () => z.object({ reason: optionalText(2000) }).strict(), roles: PRICE, approval: true, allowed: awaitingTraining }),
  'withdraw-training': rule({ input: () => z.object({ reason: optionalText(2000) }).strict(), roles: STAFF, allowed: awaitingTraining }),
  reclassify: rule({
    input: () => z.object({ reason: text(2000) }).strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'incident' && !c.reclassified && (c.status === 'acknowledged' || c.status === 'in_progress'),
  }),
  // Contact competence (SPEC §6): the question showed the workflow was not understood (marked once per
  // case), or it is returned to the support contact to qualify first (the case waits on their answer).
  'mark-not-understood': rule({
    input: () => z.object({ reason: text(2000) }).strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'support' && (c.status === 'in_progress' || c.status === 'resolved') && !c.notUnderstood,
  }),
  'return-question': rule({
    input: () => z.object({ reason: text(2000) }).strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'support' && (c.status === 'received' || c.status === 'acknowledged' || c.status === 'in_progress'),
  }),
  'rough-estimate': rule({
    input: () => z.object({ hours: hours(10000), text: text(5000) }).strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'change_request' && c.status === 'estimating' && c.quote === null,
  }),
  'request-quote': rule({
    input: () => z.object({ message: optionalText(5000) }).strict(),
    roles: CONTACT_OR_STAFF,
    allowed: (c) => c.status === 'rough_estimate_given',
  }),
  quote: rule({
    input: () =>
      z
        .object({
          estimationMinutes: wholeNumber(0, 100000),
          hours: hours(100000),
          priceOre: amountOre(100_000_000_000),
          validWorkingDays: wholeNumber(1, 250).optional(),
          scope: optionalText(5000),
        })
        .strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'change_request' && c.status === 'estimating' && c.quote?.outcome !== 'pending',
  }),
  'release-quote': rule({ input: () => nothing, roles: ['manager'], allowed: quoteAwaitingRelease }),
  'return-quote': rule({ input: () => z.object({ reason: text(2000) }).strict(), roles: ['manager'], allowed: quoteAwaitingRelease }),
  'withdraw-quote': rule({
    input: () => z.object({ reason: optionalText(2000) }).strict(),
    roles: STAFF,
    allowed: (c) => !isOrder(c) && c.quote?.outcome === 'pending' && (c.status === 'awaiting_acceptance' || c.status === 'estimating'),
  }),
  'accept-quote': rule({ input: () => nothing, roles: PRICE, approval: true, allowed: (c) => c.status === 'awaiting_acceptance' && !isOrder(c) }),
  'reject-quote': rule({
    input: () => z.object({ reason: optionalText(2000) }).strict(),
    roles: PRICE,
    approval: true,
    allowed: (c) => c.status === 'awaiting_acceptance' && !isOrder(c),
  }),
  withdraw: rule({
    input: () => z.object({ reason: optionalText(2000) }).strict(),
    roles: CONTACT,
    allowed: (c) => WITHDRAWABLE.has(c.status) || (c.status === 'in_progress' && c.quote?.outcome !== 'accepted' && c.order?.offer?.outcome !== 'accepted'),
  }),
  'log-time': rule({
    input: () => z.object({ minutes: wholeNumber(1, 1440), note: optionalText(500, { multiline: false }) }).strict(),
    roles: STAFF,
    allowed: (c) => isOpen(c.status),
  }),
  'start-work': rule({ input: () => nothing, roles: STAFF, allowed: (c) => c.status === 'accepted' }),
  resolve: rule({
    input: () => z.object({ summary: text(5000) }).strict(),
    roles: STAFF,
    allowed: (c) => (c.type === 'support' || c.type === 'incident') && c.status === 'in_progress',
  }),
  deliver: rule({
    input: () => z.object({ summary: text(5000) }).strict(),
    roles: STAFF,
    allowed: (c) => (c.type === 'change_request' || isOrder(c)) && c.status === 'in_progress',
  }),
  decline: rule({
    input: () => z.object({ reason: text(2000) }).strict(),
    roles: STAFF,
    allowed: (c) =>
      (c.type === 'change_request' && (c.status === 'estimating' || c.status === 'rough_estimate_given') && c.quote?.outcome !== 'pending') ||
      (c.type === 'product_idea' && c.status === 'under_review'),
  }),
  backlog: rule({
    input: () => z.object({ summary: text(5000) }).strict(),
    roles: STAFF,
    allowed: (c) => c.type === 'product_idea' && c.status === 'under_review',
  }),
  reopen: rule({
    input: () => z.object({ reason: text(2000) }).strict(),
    roles: CONTACT_OR_STAFF,
    allowed: (c) => c.status === 'resolved' || c.status === 'delivered' || reopenable(c),
  }),
  close: rule({ input: () => nothing, roles: STAFF, allowed: (c) => isFinished(c.status) }),
  take: rule({ input: () => nothing, roles: STAFF, allowed: (c, actor) => isOpen(c.status) && (!c.owner || c.owner.id !== actor.userId) }),
  assign: rule({ input: () => z.object({ to: staffEmail }).strict(), roles: STAFF, subject: { field: 'to', kind: 'staff' }, allowed: (c) => isOpen(c.status) }),
  'record-contact-agreement': rule({
    input: () =>
      z
        .object({
          contact: personEmail(),
          person: text(200, { multiline: false }),
          reach: text(320, { multiline: false }),
          reason: text(2000),
        })
        .strict(),
    roles: STAFF,
    subject: { field: 'contact', kind: 'contact' },
    allowed: (c) => isOpen(c.status),
  }),
  unassign: rule({
    input: () => z.object({ reason: optionalText(500, { multiline: false }) }).strict(),
    roles: STAFF,
    allowed: (c) => isOpen(c.status) && !!c.owner,
  }),
  // Orders (SPEC §3a): the desk offers a fixed price or hours at a rate; the price approver (or a contact
  // with the right) accepts or rejects it; then start-work, deliver and close as for a change request.
  offer: rule({
    input: () =>
      z
        .object({
          text: text(5000),
          priceOre: amountOre(100_000_000_000).optional(),
          hours: hours(10000).optional(),
          rateOre: amountOre(100_000_000).optional(),
          validWorkingDays: wholeNumber(1, 250).optional(),
        })
        .strict(),
    roles: STAFF,
    allowed: (c) => isOrder(c) && c.status === 'acknowledged' && !c.order?.offer,
    check: (c, input) => (isOrderType(c.type) ? offerInputProblems(c.type, input) : null),
  }),
  'accept-offer': rule({ input: () => nothing, roles: PRICE, approval: true, allowed: offerPending }),
  // Satisfaction and followers (SPEC §9): the contact rates the answer once; the case's contacts and the
  // desk add colleagues of the company (support contacts, price approvers) who then get the case's mails.
  rate: rule({
    input: () => z.object({ score: wholeNumber(1, 5), comment: optionalText(2000) }).strict(),
    roles: CONTACT,
    allowed: rateable,
  }),
  'add-follower': rule({
    input: () => z.object({ email: personEmail() }).strict(),
    roles: CONTACT_OR_STAFF,
    subject: { field: 'email', kind: 'colleague' },
    allowed: (c) => isOpen(c.status),
    check: (c, _input, who) => (who && c.followers?.some((f) => f.id === who.id) ? { email: 'already_following' } : null),
  }),
  'remove-follower': rule({
    input: () => z.object({ email: personEmail() }).strict(),
    roles: CONTACT_OR_STAFF,
    subject: { field: 'email', kind: 'person' },
    allowed: (c) => isOpen(c.status) && (c.followers?.length ?? 0) > 0,
    check: (c, _input, who) => (who && c.followers?.some((f) => f.id === who.id) ? null : { email: 'not_following' }),
  }),
  'reject-offer': rule({ input: () => z.object({ reason: optionalText(2000) }).strict(), roles: PRICE, approval: true, allowed: offerPending }),
};

export type ActionTable = typeof ACTIONS;
export type CaseAction = keyof ActionTable;
/** Every action's parsed input, by name; `ActionInput<A>` of a generic `A` stays tied to that action. */
export type ActionInputs = { [A in CaseAction]: z.output<ActionTable[A]['input']> };
export type ActionInput<A extends CaseAction> = ActionInputs[A];

/** Every action, in the order the pages list them. */
export const CASE_ACTIONS = Object.keys(ACTIONS) as CaseAction[];

export function isCaseAction(value: string): value is CaseAction {
  return Object.hasOwn(ACTIONS, value);
}
