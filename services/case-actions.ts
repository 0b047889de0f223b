// A decision on a case, from a page or the API: the same function for both. The workflow's Update
// validator has the last word; its rejection comes back as a specific, translated refusal.
import { WorkflowUpdateFailedError, WorkflowNotFoundError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { isCaseAction, roleMayEver, isTerminal, type CaseAction } from '../domain/case-states.js';
import { parseActionInput } from '../domain/case-actions.js';
import type { Bilingual } from '../domain/types.js';
import type { Person } from '../db/models/person.js';
import { actionUpdates, type ActionRequest, type CaseView } from '../workflows/messages.js';
import type { Services } from './context.js';
import { findVisibleCase } from './case-access.js';
import { Refusal, forbidden, invalid, notFound, unavailable } from './errors.js';
import { actorOf } from './people.js';

export async function actOnCase(s: Services, person: Person, number: number, action: string, rawInput: unknown): Promise<CaseView> {
  const record = await findVisibleCase(s, person, number);
  if (!isCaseAction(action)) throw notFound();
  const actor = actorOf(person);
  if (!roleMayEver(action, actor)) throw forbidden();
  const input = parseActionInput(action, rawInput);
  if (!input.ok) throw invalid(input.errors);
  if (isTerminal(record.status)) throw closedCase(record.status);

  const handle = s.temporal.workflow.getHandle(record.workflowId);
  const request: ActionRequest = { actor, input: input.value };
  try {
    return await handle.executeUpdate(actionUpdates[action as CaseAction] as never, { args: [request] } as never);
  } catch (err) {
    throw refusalOf(err, s, number, action);
  }
}

function closedCase(status: string): Refusal {
  return new Refusal('conflict', { en: `the case is ${status}`, da: `sagen er ${status === 'closed' ? 'lukket' : 'trukket tilbage'}` });
}

function refusalOf(err: unknown, s: Services, number: number, action: string): Error {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const cause = err.cause;
    if (cause.type === 'invalid') return invalid((cause.details?.[0] as Record<string, string>) ?? {});
    const text = (cause.details?.[0] as Bilingual | undefined) ?? { en: cause.message, da: cause.message };
    if (cause.type === 'forbidden') return new Refusal('forbidden', text);
    if (cause.type === 'conflict') return new Refusal('conflict', text);
  }
  if (err instanceof WorkflowNotFoundError || isCompletedWorkflowError(err)) return closedCase('closed');
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return unavailable('The case process (Temporal)');
  s.log.error({ err, number, action }, 'case action failed');
  return unavailable('The case process (Temporal)');
}

function isCompletedWorkflowError(err: unknown): boolean {
  const msg = String((err as { message?: string })?.message ?? '');
  return /workflow execution already completed/i.test(msg);
}
