// The case workflow: one durable run per case, from receipt to billing and close (SPEC §5).
// Deterministic code only: time comes from the workflow clock, rules from domain/, I/O from activities.
import * as wf from '@temporalio/workflow';
import { createCalendar } from '../domain/calendar/index.js';
import type { CompanyTerms } from '../domain/types.js';
import { coverageFor } from '../domain/coverage.js';
import {
  ACTIONS,
  allowedActions,
  checkAction,
  checkActionInput,
  parseActionInput,
  CASE_ACTIONS,
  type Actor,
  type ActionInput,
  type CaseAction,
} from '../domain/actions/index.js';
import { isTerminal, type StaffRef } from '../domain/case-states.js';
import type { UpdateDefinition } from '@temporalio/common';
import {
  actionUpdates,
  allowedActionsQuery,
  calendarChangedSignal,
  caseViewQuery,
  contactChangedSignal,
  mailReplySignal,
  receiptUpdate,
  type CaseInput,
  type CaseView,
  type StaleDetails,
} from './messages.js';
import { armResponseClock, closingLines, initialState, nextDeadline, viewOf, type CaseState } from './case-state.js';
import { applyAction, type Transition } from './effects/index.js';
import { applyDeadline } from './deadlines.js';
import { caseSearchAttributes } from './search-attributes.js';
import { createRecorder, durable, reads } from './recording.js';
import { createSplitter } from './split.js';
import { reschedule } from './reschedule.js';
import type { TransitionRecord } from './records.js';
import { changeContact, deliverContactOrder } from './contact-order.js';
import { resumedState } from './reopen.js';
import { carriedCaseQuery, createRunChain, DEFAULT_RUN_LIMITS, type HandOverReason } from './run-chain.js';
import { carriedState, createPatchBook, ownInput, runNumber, type CarriedCase } from './carry.js';
import type { CalendarConfig } from '../domain/calendar/index.js';

/** An action's Update as it arrives: an authenticated actor and an input still to be judged. */
interface ReceivedRequest {
  actor: Actor;
  input: unknown;
  subject?: StaffRef;
  expectedVersion?: unknown;
}

/** What an action naming a person says when the service found no such person. */
const SUBJECT_PROBLEMS = { staff: 'not_staff', contact: 'not_a_contact', colleague: 'not_a_colleague', person: 'not_a_colleague' } as const;

export async function caseWorkflow(input: CaseInput): Promise<CaseView> {
  const carried = input.continued;
  let calendarConfig: CalendarConfig = carried?.calendar ?? input.calendar;
  let calendar = createCalendar(calendarConfig);
  // A later run of the chain resumes the case as the run before handed it over; a reopened case (rules 3)
  // resumes as it was closed, so the reopen Update is judged against that state.
  const state = carried ? carriedState(input) : input.reopened ? resumedState(input) : initialState(input);
  const workflowId = wf.workflowInfo().workflowId;
  const splitOff = createSplitter(ownInput(input), caseWorkflow, carried?.splits);
  const recorder = createRecorder(flagBadData, carried?.unrecorded);
  const chain = createRunChain(input.runLimits ?? DEFAULT_RUN_LIMITS, () => isTerminal(state.status), carried?.updateIds);
  const patches = createPatchBook(carried?.patches);
  let ready = !!carried;
  let lastAttributes = carried?.searchAttributes ?? '';
  let billings = carried?.billings ?? 0;

  const now = () => Date.now();
  const ctx = () => ({ state, calendar, now: now(), patched: wf.patched });

  function publishSearchAttributes(s: CaseState): void {
    const pairs = caseSearchAttributes(viewOf(s));
    const key = JSON.stringify(pairs.map((p) => [p.key.name, p.value]));
    if (key === lastAttributes) return;
    lastAttributes = key;
    wf.upsertSearchAttributes(pairs);
  }

  /** A transition whose record was refused as bad data: the case needs a person to look at it. */
  function flagBadData(refused: TransitionRecord): TransitionRecord {
    state.needsAttention = true;
    return {
      ...refused,
      view: { ...refused.view, needsAttention: true },
      event: { ...refused.event, text: null, data: { unrecorded: true } },
      notices: [{ audience: 'desk_managers', template: 'needs_attention' }],
    };
  }

  /**
   * Records a transition that has just been applied: bill if it ends the case, then write the read model.
   * Not an async function: it is on every decision's path, and each promise costs the SDK's stack-trace hook.
   */
  function commit(t: Transition, actor: Actor | null): Promise<void> {
    state.version += 1;
    const seq = state.version;
    const at = now();
    publishSearchAttributes(state);
    const record = () =>
      recorder.record({
        workflowId,
        view: { ...viewOf(state), version: seq },
        event: { ...t.event, at, actor: actor ? { userId: actor.userId, role: actor.role, name: actor.name } : null },
        notices: t.notices,
      });
    if (!t.ends || t.split) return record();
    // Billed again (rules 3: reopened after an early close): what changed is billed as corrections.
    const again = billings++ > 0 ? { again: true } : {};
    return durable
      .writeBillingLines({ ...again, caseNumber: input.number, companyId: input.companyId, billedOn: calendar.localDate(at), lines: closingLines(state) })
      .then(record);
  }

  /** The decision's parsed input, or the failure that refuses it (bad input, wrong role, wrong state). */
  function judge<A extends CaseAction>(action: A, req: ReceivedRequest): ActionInput<A> {
    // Taken on a version the case has moved on from (someone acted meanwhile): refused, nothing applied.
    if (req.expectedVersion !== undefined && req.expectedVersion !== state.version) {
      const details: StaleDetails = { expected: Number(req.expectedVersion), version: state.version };
      throw wf.ApplicationFailure.create({ type: 'stale', message: 'stale', details: [details], nonRetryable: true });
    }
    const parsed = parseActionInput(action, req.input);
    if (!parsed.ok) throw wf.ApplicationFailure.create({ type: 'invalid', message: 'invalid input', details: [parsed.errors], nonRetryable: true });
    const subject = ACTIONS[action].subject;
    if (subject && !req.subject) {
      const problem = SUBJECT_PROBLEMS[subject.kind];
      throw wf.ApplicationFailure.create({ type: 'invalid', message: 'invalid input', details: [{ [subject.field]: problem }], nonRetryable: true });
    }
    const rejection = checkAction(state, action, req.actor);
    if (rejection) throw wf.ApplicationFailure.create({ type: rejection.kind, message: rejection.code, details: [rejection], nonRetryable: true });
    const problems = checkActionInput(state, action, parsed.value, req.subject ?? null);
    if (problems) throw wf.ApplicationFailure.create({ type: 'invalid', message: 'invalid input', details: [problems], nonRetryable: true });
    return parsed.value;
  }

  function handleAction<A extends CaseAction>(action: A): void {
    // What arrives is wire data, whatever the client's types said: judge() parses it into the action's input.
    const update: UpdateDefinition<CaseView, [ReceivedRequest]> = actionUpdates[action];
    wf.setHandler(
      update,
      async (req) => {
        chain.countUpdate();
        // Taken by an earlier run of the case (sent again after a crash): answered, not taken twice.
        if (chain.isRepeat()) return viewOf(state);
        if (!ready) await wf.condition(() => ready);
        // Judged again here: another Update may have moved the case since the validator ran. From here
        // to applyAction nothing awaits, so the transition is in place before any other handler runs.
        const transition = applyAction(ctx(), action, judge(action, req), req.actor, req.subject ?? null);
        if (transition.split) state.splitInto.push(...(await splitOff(transition.split)));
        await commit(transition, req.actor);
        if (transition.contactOrder) await commit(await deliverContactOrder(ctx()), null);
        return viewOf(state);
      },
      { validator: (req) => void (chain.isRepeat() || judge(action, req)) },
    );
  }
  for (const action of CASE_ACTIONS) handleAction(action);

  wf.setHandler(receiptUpdate, async () => {
    chain.countUpdate();
    await wf.condition(() => state.version >= 1);
    return viewOf(state);
  });
  wf.setHandler(mailReplySignal, async ({ actor, message }) => {
    if (!ready) await wf.condition(() => ready);
    const parsed = parseActionInput('reply', { message });
    if (!parsed.ok || checkAction(state, 'reply', actor)) return;
    await commit(applyAction(ctx(), 'reply', parsed.value, actor), actor);
  });
  wf.setHandler(calendarChangedSignal, async ({ calendar: config, change }) => {
    if (!ready) await wf.condition(() => ready);
    if (isTerminal(state.status) || !wf.patched('calendar-changes')) return;
    calendarConfig = config;
    calendar = createCalendar(config);
    const moved = reschedule(state, calendar);
    // Internal when only the desk's own warning moved; the customer sees their deadlines move.
    const visibility = moved.every((m) => m.kind === 'response_warning') ? 'internal' : 'customer';
    if (moved.length) await commit({ event: { kind: 'deadline_moved', text: null, visibility, data: { change, moved } }, notices: [] }, null);
  });
  wf.setHandler(contactChangedSignal, async (change) => {
    if (!ready) await wf.condition(() => ready);
    if (isTerminal(state.status) || state.contactId === change.contact.id || !wf.patched('contact-replacement')) return;
    await commit(changeContact(state, change), null);
  });
  wf.setHandler(caseViewQuery, () => viewOf(state));
  wf.setHandler(allowedActionsQuery, (actor) => allowedActions(state, actor));
  wf.setHandler(carriedCaseQuery, () => carry('asked'));

  /** The whole case as the next run of its chain takes it over. */
  function carry(reason: HandOverReason): CarriedCase {
    const { input: _own, ...rest } = state;
    return {
      state: rest,
      calendar: calendarConfig,
      billings,
      searchAttributes: lastAttributes,
      unrecorded: recorder.unwritten(),
      splits: splitOff.count(),
      patches: patches.decisions(),
      updateIds: chain.updateIds(),
      run: { number: runNumber(input), reason },
    };
  }

  if (carried) {
    // A later run of the chain: received, judged and (if it was) billed in the runs before.
  } else if (input.reopened) {
    state.companyTerms = (input.company ?? (await reads.loadCompanyTerms(input.companyId))).terms;
    // Billed once already; the reopen Update (sent with this start) moves it on, or the run ends as it was.
    billings = 1;
    ready = true;
    await wf.condition(() => state.version > input.reopened!.version, '1 minute');
  } else {
    // Receipt: judge coverage by the agreement in force when the request was received, start the SLA clock.
    // Read at intake and handed over with the start; a case started before that reads it now.
    const company = input.company ?? (await reads.loadCompanyTerms(input.companyId));
    state.companyTerms = company.terms;
    await receive(company.name, company.terms);
  }

  // The clock: wait for a decision or the next working-time deadline, whichever comes first — and hand
  // over to a new run at a quiet point when this one nears Temporal's limits.
  while (!isTerminal(state.status)) {
    const handOver = chain.due();
    if (handOver) {
      await chain.handOver(handOver, carry, () => ownInput(input));
      continue; // the case ended while its handlers finished
    }
    const deadline = nextDeadline(state);
    if (deadline && deadline.at <= now()) {
      // Dated at its due instant, not when the timer happened to fire: the windows that follow
      // (reopen after expiry, …) do not drift with worker load or downtime.
      await commit(applyDeadline({ state, calendar, now: deadline.at }, deadline), null);
      continue;
    }
    const version = state.version;
    const changed = () => state.version !== version || isTerminal(state.status) || chain.asked;
    if (deadline) await wf.condition(changed, deadline.at - now());
    else await wf.condition(changed);
  }
  await wf.condition(wf.allHandlersFinished);
  await recorder.settled();
  return viewOf(state);

  /** Receipt: coverage by the agreement in force when the request was received, the SLA clock started. */
  async function receive(companyName: string, companyTerms: CompanyTerms): Promise<void> {
    state.coverage = coverageFor({ company: companyTerms, type: state.type, channel: input.channel, receivedOn: calendar.localDate(input.receivedAt) });
    const window = input.terms.timers.firstResponseMinutes;
    armResponseClock(state, calendar, input.receivedAt, window, window * input.terms.timers.firstResponseWarningShare);
    wf.upsertMemo({ title: input.title, company: companyName });
    ready = true;
    await commit(
      {
        event: { kind: 'received', text: null, visibility: 'customer', data: { channel: input.channel, splitFrom: input.splitFrom ?? null } },
        notices: input.splitFrom
          ? []
          : [
              { audience: 'contact', template: 'case_received' },
              { audience: 'desk', template: 'new_case' },
            ],
      },
      null,
    );
  }
}
