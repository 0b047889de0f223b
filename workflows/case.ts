// The case workflow: one durable run per case, from receipt to billing and close (SPEC §5).
// Deterministic code only: time comes from the workflow clock, rules from domain/, I/O from activities.
import * as wf from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError, type UpdateDefinition } from '@temporalio/common';
import type { CaseActivities } from '../activities/index.js';
import { createCalendar } from '../domain/calendar/index.js';
import { coverageFor } from '../domain/coverage.js';
import { caseBillingLines } from '../domain/billing.js';
import { parseActionInput, type ActionInput } from '../domain/case-actions.js';
import { allowedActions, checkAction, isTerminal, CASE_ACTIONS, type Actor, type CaseAction } from '../domain/case-states.js';
import {
  actionUpdates,
  allowedActionsQuery,
  caseViewQuery,
  caseWorkflowId,
  mailReplySignal,
  type ActionRequest,
  type CaseInput,
  type CaseView,
} from './messages.js';
import { armResponseClock, initialState, nextDeadline, viewOf, type CaseState } from './case-state.js';
import { applyAction, applyDeadline, type Transition } from './case-transitions.js';
import { caseSearchAttributes } from './search-attributes.js';

const local = wf.proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '20s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});
const activities = wf.proxyActivities<CaseActivities>({
  startToCloseTimeout: '1m',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '5m' },
});

export async function caseWorkflow(input: CaseInput): Promise<CaseView> {
  const calendar = createCalendar(input.calendar);
  const state = initialState(input);
  const workflowId = wf.workflowInfo().workflowId;
  let ready = false;
  let lastAttributes = '';

  const now = () => Date.now();
  const ctx = () => ({ state, calendar, now: now() });

  function publishSearchAttributes(s: CaseState): void {
    const pairs = caseSearchAttributes(viewOf(s));
    const key = JSON.stringify(pairs.map((p) => [p.key.name, p.value]));
    if (key === lastAttributes) return;
    lastAttributes = key;
    wf.upsertSearchAttributes(pairs);
  }

  /** Records a transition that has just been applied: bill if it ends the case, then write the read model. */
  async function commit(t: Transition, actor: Actor | null): Promise<void> {
    state.version += 1;
    const seq = state.version;
    const at = now();
    publishSearchAttributes(state);
    if (t.ends) {
      const q = state.quote;
      await activities.writeBillingLines({
        caseNumber: input.number,
        companyId: input.companyId,
        billedOn: calendar.localDate(at),
        lines: caseBillingLines({
          billableTime: state.coverage?.billable ?? false,
          started: state.acknowledged || state.loggedMinutes > 0,
          loggedMinutes: state.loggedMinutes,
          quote: q ? { estimationMinutes: q.estimationMinutes, priceOre: q.priceOre, hours: q.hours, accepted: q.outcome === 'accepted' } : null,
          training: state.training ? { hours: state.training.hours, accepted: state.training.outcome === 'accepted' } : null,
          prices: input.terms.prices,
        }),
      });
    }
    await local.recordTransition({
      workflowId,
      view: { ...viewOf(state), version: seq },
      event: { ...t.event, at, actor: actor ? { userId: actor.userId, role: actor.role, name: actor.name } : null },
      notices: t.notices,
    });
  }

  /** The decision's parsed input, or the failure that refuses it (bad input, wrong role, wrong state). */
  function judge<A extends CaseAction>(action: A, req: ActionRequest): { input: ActionInput<A> } | { failure: wf.ApplicationFailure } {
    const parsed = parseActionInput(action, req.input);
    if (!parsed.ok)
      return { failure: wf.ApplicationFailure.create({ type: 'invalid', message: 'invalid input', details: [parsed.errors], nonRetryable: true }) };
    const rejection = checkAction(state, action, req.actor);
    if (rejection)
      return {
        failure: wf.ApplicationFailure.create({ type: rejection.kind, message: rejection.message.en, details: [rejection.message], nonRetryable: true }),
      };
    return { input: parsed.value };
  }

  let splitCount = 0;
  async function splitOff(titles: string[]): Promise<number[]> {
    const firstIndex = splitCount;
    splitCount += titles.length; // reserved before the first await, so concurrent splits never share numbers
    const children = await local.allocateSplitCases({ parentNumber: input.number, titles, firstIndex });
    for (const child of children) {
      await wf
        .startChild(caseWorkflow, {
          workflowId: caseWorkflowId(child.number),
          args: [{ ...input, number: child.number, title: child.title, splitFrom: input.number }],
          parentClosePolicy: 'ABANDON',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        })
        .catch((err: unknown) => {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        });
    }
    return children.map((c) => c.number);
  }

  for (const action of CASE_ACTIONS) {
    wf.setHandler(
      actionUpdates[action] as UpdateDefinition<CaseView, [ActionRequest]>,
      async (req: ActionRequest) => {
        if (!ready) await wf.condition(() => ready);
        // Judged again here: another Update may have moved the case since the validator ran. From here
        // to applyAction nothing awaits, so the transition is in place before any other handler runs.
        const judged = judge(action, req);
        if ('failure' in judged) throw judged.failure;
        const transition = applyAction(ctx(), action, judged.input, req.actor);
        if (transition.split) state.splitInto.push(...(await splitOff(transition.split)));
        await commit(transition, req.actor);
        return viewOf(state);
      },
      {
        validator: (req: ActionRequest) => {
          const judged = judge(action, req);
          if ('failure' in judged) throw judged.failure;
        },
      },
    );
  }

  wf.setHandler(mailReplySignal, async ({ actor, message }) => {
    if (!ready) await wf.condition(() => ready);
    const parsed = parseActionInput('reply', { message });
    if (!parsed.ok || checkAction(state, 'reply', actor)) return;
    await commit(applyAction(ctx(), 'reply', parsed.value, actor), actor);
  });
  wf.setHandler(caseViewQuery, () => viewOf(state));
  wf.setHandler(allowedActionsQuery, (actor) => allowedActions(state, actor));

  // Receipt: judge coverage by the agreement in force when the request was received, start the SLA clock.
  const company = await local.loadCompanyTerms(input.companyId);
  state.companyTerms = company.terms;
  state.coverage = coverageFor({ company: company.terms, type: state.type, channel: input.channel, receivedOn: calendar.localDate(input.receivedAt) });
  const window = input.terms.timers.firstResponseMinutes;
  armResponseClock(state, calendar, input.receivedAt, window, window * input.terms.timers.firstResponseWarningShare);
  wf.upsertMemo({ title: input.title, company: company.name });
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

  // The clock: wait for a decision or the next working-time deadline, whichever comes first.
  while (!isTerminal(state.status)) {
    const deadline = nextDeadline(state);
    if (deadline && deadline.at <= now()) {
      // Dated at its due instant, not when the timer happened to fire: the windows that follow
      // (reopen after expiry, …) do not drift with worker load or downtime.
      await commit(applyDeadline({ state, calendar, now: deadline.at }, deadline), null);
      continue;
    }
    const version = state.version;
    const changed = () => state.version !== version || isTerminal(state.status);
    if (deadline) await wf.condition(changed, deadline.at - now());
    else await wf.condition(changed);
  }
  await wf.condition(wf.allHandlersFinished);
  return viewOf(state);
}
