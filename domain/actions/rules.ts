// Judging a decision: may this person take it on the case now, and is its input well formed.
// Asked by the workflow's Update validators and handlers, the service layer and the pages alike.
import type { Role } from '../types.js';
import type { CaseProgress, PersonRef } from '../case-states.js';
import { parseObject, type Parsed } from '../validation.js';
import { ACTIONS, CASE_ACTIONS, type ActionInput, type CaseAction } from './table.js';

/** The person taking a decision, as the service layer has authenticated them. */
export interface Actor {
  userId: number;
  role: Role;
  /** A support contact holding the price-approval right (always true for a price approver). */
  canApprove: boolean;
  name: string;
}

/** What the rules need to know about who decides: role and approval right, and who they are (for ownership). */
export type ActorRights = Pick<Actor, 'role' | 'canApprove'> & { userId?: number };

/**
 * Why a decision is refused, as a code the reader's language turns into text (`rules:<code>`):
 * `role` (the role never may), `approval_right` (a contact without the price-approval right), or
 * `requires.<action>` (not in the case's present state, with the state as a parameter).
 */
export type Rejection =
  | { kind: 'forbidden'; code: 'role' | 'approval_right'; params: { action: CaseAction } }
  | { kind: 'conflict'; code: `requires.${CaseAction}`; params: { action: CaseAction; status: string } };

function rightsRejection(action: CaseAction, actor: ActorRights): Rejection | null {
  const rule = ACTIONS[action];
  if (!rule.roles.includes(actor.role)) return { kind: 'forbidden', code: 'role', params: { action } };
  if (rule.approval && actor.role === 'contact' && !actor.canApprove) return { kind: 'forbidden', code: 'approval_right', params: { action } };
  return null;
}

/** Why `actor` may not take `action` on the case now, or null when they may. Role is judged before state. */
export function checkAction(c: CaseProgress, action: CaseAction, actor: ActorRights): Rejection | null {
  const refused = rightsRejection(action, actor);
  if (refused) return refused;
  if (!ACTIONS[action].allowed(c, actor)) return { kind: 'conflict', code: `requires.${action}`, params: { action, status: c.status } };
  return null;
}

/** Every action the actor may take on the case now, in table order. */
export function allowedActions(c: CaseProgress, actor: ActorRights): CaseAction[] {
  return CASE_ACTIONS.filter((a) => checkAction(c, a, actor) === null);
}

/** Whether a role could ever take the action (tells 403 from 409 before asking the case). */
export function roleMayEver(action: CaseAction, actor: ActorRights): boolean {
  return rightsRejection(action, actor) === null;
}

/** Validates a decision's input; errors map a field (dotted path, `_` for the whole body) to a message key. */
export function parseActionInput<A extends CaseAction>(action: A, raw: unknown): Parsed<ActionInput<A>> {
  return parseObject(ACTIONS[action].input, raw) as Parsed<ActionInput<A>>;
}

/** What is wrong with a well-formed input on the case in its present state (`{ field: messageKey }`), or null. */
export function checkActionInput<A extends CaseAction>(
  c: CaseProgress,
  action: A,
  input: ActionInput<A>,
  subject: PersonRef | null = null,
): Record<string, string> | null {
  const rule = ACTIONS[action] as { check?: (c: CaseProgress, input: ActionInput<A>, subject: PersonRef | null) => Record<string, string> | null };
  return rule.check?.(c, input, subject) ?? null;
}
