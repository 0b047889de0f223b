// The case process itself: a decision that reaches the workflow before it has loaded the company's
// terms waits for them; the workflow ends once a close or withdrawal (and every handler still
// running) has finished; and its search attributes follow the case, so ops can find cases in the
// Temporal UI by status, type and SLA.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { createCaseHarness, type CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { caseWorkflowId, type CaseInput, type CaseView } from '../../workflows/messages.js';
import { wireUpdate } from '../support/wire-updates.js';
import { AGENT, kontakt1, linesOf, qualifiedCase, refusal } from './steps.js';

const EventType = temporal.api.enums.v1.EventType;

let h: CaseHarness;
beforeAll(async () => {
  h = await createCaseHarness();
  await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
});
afterAll(async () => h?.close());

async function eventTypes(number: number): Promise<string[]> {
  const history = await h.handle(number).fetchHistory();
  return (history.events ?? []).map((e) => EventType[e.eventType ?? 0]);
}

describe('the case process', () => {
  it('holds a decision that arrives with the start until the company terms are loaded', async () => {
    const s = h.services;
    const [{ number }] = await s.db.sequelize.query<{ number: number }>("SELECT nextval('case_number_seq')::int AS number", { type: QueryTypes.SELECT });
    const contact = await h.person(kontakt1('faktureret'));
    const agent = await h.person(AGENT);
    const input: CaseInput = {
      number,
      type: 'support',
      channel: 'portal',
      companyId: 'faktureret',
      contactId: contact.id,
      title: 'Acknowledged in the same breath',
      receivedAt: await h.now(),
      terms: s.terms(),
      calendar: s.calendarConfig(),
      splitFrom: null,
    };
    // Update-with-start delivers the acknowledgement in the workflow's very first task.
    const view: CaseView = await s.temporal.workflow.executeUpdateWithStart(wireUpdate('acknowledge'), {
      args: [{ actor: { userId: agent.id, role: 'agent', canApprove: false, name: agent.fullName }, input: { plan: 'On it.' } }],
      startWorkflowOperation: new WithStartWorkflowOperation('caseWorkflow', {
        workflowId: caseWorkflowId(number),
        taskQueue: s.env.TEMPORAL_TASK_QUEUE!,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });

    expect(view).toMatchObject({ status: 'acknowledged', version: 2, coverage: { billable: true, code: 'no_agreement_billed' }, responseDueAt: null });
    expect(view.respondedAt).not.toBeNull();
    const types = await eventTypes(number);
    // The Update was accepted before the first local activity (loading the company's terms) ran.
    expect(types.indexOf('EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED')).toBeLessThan(types.indexOf('EVENT_TYPE_MARKER_RECORDED'));
    expect((await h.events(number)).map((e) => [e.seq, e.kind])).toEqual([
      [1, 'received'],
      [2, 'acknowledge'],
    ]);
    const row = await s.db.models.CaseRecord.findByPk(number);
    expect(row).toMatchObject({ status: 'acknowledged', version: 2, ownerId: agent.id });
  });

  it('completes once the close has billed and recorded, and answers no more decisions', async () => {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'resolve', { summary: 'Done.' });
    const closed = await h.act(number, AGENT, 'close');
    expect(closed.status).toBe('closed');
    const result = await h.result(number);
    expect(result).toMatchObject({ status: 'closed', closedAt: closed.closedAt, version: closed.version });
    expect((await h.handle(number).describe()).status.name).toBe('COMPLETED');
    const types = await eventTypes(number);
    expect(types.at(-1)).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED');
    // The close Update finished (billing activity, then the read model) before the workflow did.
    expect(types.lastIndexOf('EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED')).toBeLessThan(types.length - 1);
    expect(types.filter((t) => t === 'EVENT_TYPE_ACTIVITY_TASK_COMPLETED')).toHaveLength(1);
    expect(await linesOf(h, number)).toEqual([{ kind: 'time', minutes: 15, amountOre: 23_750 }]);

    await refusal(h.act(number, AGENT, 'log-time', { minutes: 5 }), 'conflict');
    await expect(
      h
        .handle(number)
        .executeUpdate(wireUpdate('log-time'), { args: [{ actor: { userId: 1, role: 'agent', canApprove: false, name: 'A' }, input: { minutes: 5 } }] }),
    ).rejects.toThrow();
  });

  it('publishes search attributes that follow the case', async () => {
    const number = await h.file(kontakt1('udvidet'), 'support');
    const due = (await h.view(number)).responseDueAt!;
    const first = await h.searchAttributes(number);
    expect(first).toMatchObject({
      CaseNumber: number,
      CompanyId: 'udvidet',
      CaseType: 'support',
      CaseStatus: 'received',
      Channel: 'portal',
      SlaBreached: false,
    });
    expect((first.ResponseDueAt as Date).getTime()).toBe(due);

    await h.act(number, AGENT, 'acknowledge', { plan: 'This is really a change; we estimate it.' });
    expect(await h.searchAttributes(number)).not.toHaveProperty('ResponseDueAt');
    await h.act(number, AGENT, 'qualify', { type: 'change_request' });
    expect(await h.searchAttributes(number)).toMatchObject({ CaseType: 'change_request', CaseStatus: 'estimating' });
    await h.act(number, AGENT, 'rough-estimate', { hours: 4, text: 'Half a day.' });
    expect((await h.searchAttributes(number)).CaseStatus).toBe('rough_estimate_given');
    await h.act(number, kontakt1('udvidet'), 'withdraw', {});
    expect((await h.result(number)).status).toBe('withdrawn');
    expect(await h.searchAttributes(number)).toMatchObject({ CaseStatus: 'withdrawn', CaseType: 'change_request', SlaBreached: false });
    expect((await h.services.db.models.CaseRecord.findByPk(number))?.type).toBe('change_request');
  });
});
