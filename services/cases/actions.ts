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
import { caseEnded, conflict, forbidden, invalid, notFound, ruleRefusal, stale, unavailable } from '../errors.js';
import { unavailablePart } from '../availability.js';
import { actorOf, type Person } from '../people/people.js';
import { busyRefusal, processRefusalOf, reportStuckCase, stuckRefusal } from './process-refusals.js';
import { idempotentUpdateId } from '../../platform/temporal/idempotent-updates.js';

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
  // A closed case may be continued in a new run: a reopen within its window (rules 3), a rating (services/cases/reopen.ts).
  const continuing = continuesClosedCase(s, record, action);
  // An ended case's process is gone: its version is the read model's, and nothing moves it but a decision here.
  if (isTerminal(record.status) && opts.expectedVersion !== undefined && opts.expectedVersion !== record.version) throw stale(record.version);
  const update: ActionUpdate<A> = actionUpdates[action];
  if (isTerminal(record.status) && !continuing) {
    const taken = await outcomeTakenBefore(s, record, update.name);
    if (taken) return taken.view;
    throw caseEnded(record.status);
  }
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
    const taken = isCompletedWorkflowError(err) ? await outcomeTakenBefore(s, record, update.name) : undefined;
    if (taken) return taken.view;
    throw await refusalOf(err, s, record, action, continuing);
  }
}

/**
 * A retry of an idempotent request whose Update the case took as its run's last (a close whose answer was
 * lost in a crash of the web app): Temporal keeps that Update's outcome with the ended run, so the retry
 * gets it, instead of "the case is closed" for a decision that was its own.
 */
async function outcomeTakenBefore(s: Services, record: CaseRow, updateName: string): Promise<{ view: CaseView } | undefined> {
  const updateId = idempotentUpdateId(updateName);
  if (!updateId) return undefined;
  try {
    return { view: await s.temporal.workflow.getHandle(record.workflowId).getUpdateHandle<CaseView>(updateId).result() };
  } catch (err) {
    // No such Update in the case's run: not a retry of a decision it took (or Temporal no longer has it).
    s.log.info(
      { number: record.number, update: updateName, reason: String((err as Error)?.message ?? err).slice(0, 300) },
      'no earlier outcome of this decision',
    );
    return undefined;
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

/**
 * What the person is told when the workflow did not take the decision: the rules' refusal, the case
 * having ended, Temporal being unreachable (503) — or, when Temporal refused for another reason, what
 * happened and what to do, with the desk managers told (services/cases/process-refusals.ts).
 */
async function refusalOf(err: unknown, s: Services, record: CaseRow, action: string, continuing: boolean): Promise<Error> {
  const number = record.number;
  if (err instanceof WorkflowUpdateFailedError) {
    const cause = err.cause;
    if (cause instanceof ApplicationFailure && cause.type === 'stale') return stale((cause.details?.[0] as StaleDetails | undefined)?.version ?? 0);
    if (cause instanceof ApplicationFailure && cause.type === 'invalid') return invalid((cause.details?.[0] as Record<string, string>) ?? {});
    if (cause instanceof ApplicationFailure && (cause.type === 'forbidden' || cause.type === 'conflict')) return ruleRefusal(cause.details?.[0] as Rejection);
    // Accepted, then cut off (its run ended before it finished): whether it took effect shows on the case.
    s.log.warn({ err, number, action }, 'a case decision was cut off before it finished');
    return conflict('rules:refusals.process_interrupted', { number });
  }
  if (err instanceof WorkflowNotFoundError || isCompletedWorkflowError(err)) {
    if (continuing || isTerminal(record.status) || !(await stoppedWhileOpen(s, record))) return caseEnded('closed');
    await reportStuckCase(s, record, 'stopped', 'the workflow is not running although the case is open');
    return stuckRefusal(number, 'stopped');
  }
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || unavailablePart(err) === 'temporal') return unavailable('temporal');
  const refused = processRefusalOf(err);
  if (refused?.kind === 'busy') return busyRefusal(number);
  if (refused?.kind === 'stuck') {
    await reportStuckCase(s, record, refused.reason, refused.detail);
    return stuckRefusal(number, refused.reason);
  }
  s.log.error({ err, number, action }, 'case action failed');
  return err instanceof Error ? err : new Error(String(err));
}

/** The case's process has stopped (terminated, failed, timed out) — or never started — while its read model says it is open. */
async function stoppedWhileOpen(s: Services, record: CaseRow): Promise<boolean> {
  try {
    const described = await s.temporal.workflow.getHandle(record.workflowId).describe();
    return described.status.name !== 'COMPLETED' && described.status.name !== 'RUNNING';
  } catch (err) {
    return err instanceof WorkflowNotFoundError;
  }
}

function isCompletedWorkflowError(err: unknown): boolean {
  const msg = String((err as { message?: string })?.message ?? '');
  return /workflow execution already completed/i.test(msg);
}
