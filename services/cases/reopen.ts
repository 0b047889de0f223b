// Reopening a closed case within its reopen window (rules 3): its run ended at the close, so the reopen
// starts a new run of the same workflow (Update-With-Start of `reopen`) that continues from the case as
// it was closed, with the terms and calendar its first run was started with. Closed again, it bills only
// what changed (correction lines in the next open month).
import { WithStartWorkflowOperation } from '@temporalio/client';
import { actionUpdates, TASK_QUEUE, type ActionRequest, type CaseInput, type CaseView } from '../../workflows/messages.js';
import { initialCaseSearchAttributes } from '../../workflows/search-attributes.js';
import type { caseWorkflow } from '../../workflows/case.js';
import type { CaseRow } from './access.js';
import type { Services } from '../context.js';
import { caseEnded } from '../errors.js';

/** The input the case's workflow was started with (its frozen terms and calendar), as its last run got it. */
async function firstInput(s: Services, workflowId: string): Promise<CaseInput> {
  const history = await s.temporal.workflow.getHandle(workflowId).fetchHistory();
  const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  if (!payload) throw caseEnded('closed');
  // A fetched history is not decoded: the input passes the client's codecs (encrypted payloads) first.
  const { payloadConverter, payloadCodecs } = s.temporal.options.loadedDataConverter;
  let decoded = [payload];
  for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return payloadConverter.fromPayload<CaseInput>(decoded[0]!);
}

export async function reopenClosedCase(s: Services, record: CaseRow, request: ActionRequest<'reopen'>): Promise<CaseView> {
  // The last run's input: a later run of the case's chain carries the case besides (workflows/carry.ts).
  const { reopened: _previous, continued: _carried, ...first } = await firstInput(s, record.workflowId);
  const input: CaseInput = { ...first, contactId: record.view!.contactId, reopened: record.view! };
  const start = new WithStartWorkflowOperation<typeof caseWorkflow>('caseWorkflow', {
    taskQueue: s.env.TEMPORAL_TASK_QUEUE ?? TASK_QUEUE,
    workflowId: record.workflowId,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: initialCaseSearchAttributes(input),
    memo: { title: input.title, company: record.companyId },
  });
  return s.temporal.workflow.executeUpdateWithStart(actionUpdates.reopen, { args: [request], startWorkflowOperation: start });
}
