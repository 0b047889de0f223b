// A decision on a case, from a page or the API: the same function for both. The workflow's Update
// validator has the last word; its rejection comes back as a specific, translated refusal. The
// Update answers with the case's new view, so nothing is read back from the workflow afterwards.
import { WorkflowUpdateFailedError, WorkflowNotFoundError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ACTIONS, isCaseAction, parseActionInput, roleMayEver, type ActionInput, type CaseAction, type Rejection } from '../../domain/actions/index.js';
import type { StaffRef } from '../../domain/case-states.js';
import { isTerminal } from '../../domain/case-states.js';
import { actionUpdates, type ActionRequest, type ActionUpdate, type CaseView, type StaleDetails } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { findVisibleCase, type CaseRow } from './access.js';
import { stillReopenable } from './details.js';
import { continueClosedCase } from './reopen.js';
import { caseEnded, forbidden, invalid, notFound, ruleRefusal, stale, unavailable } from '../errors.js';
import { actorOf, type Person } from '../people/people.js';

export interface Decision {
  /** The case's row as read before the decision. */
  record: CaseRow;
  /** The case's view after it, as the workflow answered. */
  view: CaseView;
}

export interface DecisionOptions {
  /** The case's version the decision was taken on (a page's form, the API's If-Match): refused as stale (412) when it moved since. */
  expectedVersion?: number;
}

export async function actOnCase(s: Services, person: Person, number: number, action: string, rawInput: unknown, opts: DecisionOptions = {}): Promise<Decision> {
  const record = await findVisibleCase(s, person, number);
  if (!isCaseAction(action)) throw notFound();
  return { record, view: await decide(s, person, record, action, rawInput, opts) };
}

/** Decisions that may continue a closed case in a new run: a reopen within its window (rules 3), a rating (SPEC §9). */
function continuesClosedCase(s: Services, record: CaseRow, action: CaseAction): boolean {
  if (!isTerminal(record.status) || !record.view) return false;
  if (action === 'reopen') return stillReopenable(record.view, s.now());
  return action === 'rate' && record.status === 'closed';
}

async function decide<A extends CaseAction>(
  s: Services,
  person: Person,
  record: CaseRow,
  action: A,
  rawInput: unknown,
  opts: DecisionOptions,
): Promise<CaseView> {
  const actor = actorOf(person);
  if (!roleMayEver(action, actor)) throw forbidden();
  const input = parseActionInput(action, rawInput);
  if (!input.ok) throw invalid(input.errors);
  const continuing = continuesClosedCase(s, record, action);
  // An ended case's process is gone: its version is the read model's, and nothing moves it but a decision here.
  if (isTerminal(record.status) && opts.expectedVersion !== undefined && opts.expectedVersion !== record.version) throw stale(record.version);
  if (isTerminal(record.status) && !continuing) throw caseEnded(record.status);
  const update: ActionUpdate<A> = actionUpdates[action];
  const request: ActionRequest<A> = {
    actor,
    input: input.value,
    subject: await subjectOf(s, action, input.value, record),
    ...(opts.expectedVersion === undefined ? {} : { expectedVersion: opts.expectedVersion }),
  };
  try {
    if (continuing) return await continueClosedCase(s, record, action, request);
    return await s.temporal.workflow.getHandle(record.workflowId).executeUpdate(update, { args: [request] });
  } catch (err) {
    throw refusalOf(err, s, record.number, action);
  }
}

const SUBJECT_PROBLEMS = { staff: 'not_staff', contact: 'not_a_contact', colleague: 'not_a_colleague', person: 'not_a_colleague' } as const;

/**
 * The person an action names (its rule's `subject`): an active member of staff; an active support contact
 * of the case's company; a colleague there (an active support contact or price approver); any person of it.
 */
async function subjectOf<A extends CaseAction>(s: Services, action: A, input: ActionInput<A>, record: CaseRow): Promise<StaffRef | undefined> {
  const subject = ACTIONS[action].subject;
  if (!subject) return undefined;
  const email = String((input as Record<string, unknown>)[subject.field]);
  const companyId = record.companyId;
  const where = {
    staff: { email, active: true, role: ['agent', 'manager'] },
    contact: { email, active: true, role: 'contact', companyId },
    colleague: { email, active: true, role: ['contact', 'approver'], companyId },
    person: { email, companyId },
  }[subject.kind];
  const person = await s.db.models.Person.findOne({ where });
  if (!person) throw invalid({ [subject.field]: SUBJECT_PROBLEMS[subject.kind] });
  return { id: person.id, name: person.fullName };
}

function refusalOf(err: unknown, s: Services, number: number, action: string): Error {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const cause = err.cause;
    if (cause.type === 'stale') return stale((cause.details?.[0] as StaleDetails | undefined)?.version ?? 0);
    if (cause.type === 'invalid') return invalid((cause.details?.[0] as Record<string, string>) ?? {});
    if (cause.type === 'forbidden' || cause.type === 'conflict') return ruleRefusal(cause.details?.[0] as Rejection);
  }
  if (err instanceof WorkflowNotFoundError || isCompletedWorkflowError(err)) return caseEnded('closed');
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return unavailable('temporal');
  s.log.error({ err, number, action }, 'case action failed');
  return unavailable('temporal');
}

function isCompletedWorkflowError(err: unknown): boolean {
  const msg = String((err as { message?: string })?.message ?? '');
  return /workflow execution already completed/i.test(msg);
}
