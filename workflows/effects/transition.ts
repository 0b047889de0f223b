// What applying a decision or a deadline yields: the timeline event, the notices to send, and whether
// the case ends (bill and stop) or splits. Effects are synchronous and deterministic: the workflow
// applies one before its first await, so a concurrent Update sees its result.
import type { Calendar } from '../../domain/calendar/index.js';
import type { Actor, ActionInput, CaseAction } from '../../domain/actions/index.js';
import type { Instant } from '../../domain/types.js';
import type { StaffRef } from '../../domain/case-states.js';
import type { CaseState } from '../case-state.js';
import type { CaseEvent, Notice } from '../records.js';

export interface Transition {
  event: Omit<CaseEvent, 'at' | 'actor'>;
  notices: Notice[];
  /** The case has reached `closed` or `withdrawn`: bill it (unless it split into new cases) and end. */
  ends?: boolean;
  /** Sibling cases to create, one per title. */
  split?: string[];
  /** A support-contact order was delivered: invite the person, retire the one replaced (workflows/contact-order.ts). */
  contactOrder?: boolean;
}

export interface TransitionContext {
  state: CaseState;
  calendar: Calendar;
  now: Instant;
  /** The workflow's `patched(id)`: whether a change to running cases applies here (absent: it does). */
  patched?: (changeId: string) => boolean;
}

/** How one decision changes a case, given its parsed input (and the person it is about, resolved by the service). */
export type Effect<A extends CaseAction> = (ctx: TransitionContext, input: ActionInput<A>, actor: Actor, subject: StaffRef | null) => Transition;

/** The effects of a group of decisions, each typed by its own input. */
export type Effects<A extends CaseAction> = { [K in A]: Effect<K> };

export const said = (kind: string, text: string | null, data: Record<string, unknown> = {}, visibility: CaseEvent['visibility'] = 'customer') => ({
  kind,
  text,
  data,
  visibility,
});
