// Every decision's effect, keyed like the action table (domain/actions): the type `Effects<CaseAction>`
// makes a missing effect, or one that reads another action's input, a compile error.
import type { Actor, ActionInput, CaseAction } from '../../domain/actions/index.js';
import { CONVERSATION } from './conversation.js';
import { HANDLING } from './handling.js';
import { OUTCOMES } from './outcomes.js';
import { QUOTES } from './quotes.js';
import { OWNERSHIP } from './ownership.js';
import { ORDERS } from './orders.js';
import { COMPETENCE } from './competence.js';
import { FOLLOWERS } from './followers.js';
import type { StaffRef } from '../../domain/case-states.js';
import type { Effects, Transition, TransitionContext } from './transition.js';

const EFFECTS: Effects<CaseAction> = { ...HANDLING, ...CONVERSATION, ...QUOTES, ...OUTCOMES, ...OWNERSHIP, ...COMPETENCE, ...ORDERS, ...FOLLOWERS };

/** Applies a decision that checkAction has allowed. */
export function applyAction<A extends CaseAction>(
  ctx: TransitionContext,
  action: A,
  input: ActionInput<A>,
  actor: Actor,
  subject: StaffRef | null = null,
): Transition {
  const effect: Effects<CaseAction>[A] = EFFECTS[action];
  return effect(ctx, input, actor, subject);
}

export type { Transition, TransitionContext } from './transition.js';
