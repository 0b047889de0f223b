// Continuing a closed case: a reopen within its reopen window (rules 3), or a rating after the close
// (SPEC §9). Its run ended at the close, so the decision starts a new run of the same workflow
// (Update-With-Start of the action) that continues from the case as it was closed, with the terms and
// calendar its first run was started with. Closed again, it bills only what changed (correction lines in
// the next open month); a rated case stays closed and its run ends at once.
import { WithStartWorkflowOperation } from '@temporalio/client';
import { actionUpdates, TASK_QUEUE, type ActionRequest, type ActionUpdate, type CaseInput, type CaseView } from '../../workflows/messages.js';
import type { CaseAction } from '../../domain/actions/index.js';
import { initialCaseSearchAttributes } from '../../workflows/search-attributes.js';
import type { caseWorkflow } from '../../workflows/case.js';
import type { CaseRow } from './access.js';
import type { Services } from '../context.js';
import { caseEnded } from '../errors.js';
import { latestRunInput } from './run-input.js';

export async function continueClosedCase<A extends CaseAction>(s: Services, record: CaseRow, action: A, request: ActionRequest<A>): Promise<CaseView> {
  // The last run's input (its frozen terms and calendar): a later run of the case's chain carries the case besides (workflows/carry.ts).
  const last = await latestRunInput(s, record.workflowId);
  if (!last) throw caseEnded('closed');
  const { reopened: _previous, continued: _carried, ...first } = last;
  const input: CaseInput = { ...first, contactId: record.view!.contactId, reopened: record.view! };
  const start = new WithStartWorkflowOperation<typeof caseWorkflow>('caseWorkflow', {
    taskQueue: s.env.TEMPORAL_TASK_QUEUE ?? TASK_QUEUE,
    workflowId: record.workflowId,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: initialCaseSearchAttributes(input),
    memo: { title: input.title, company: record.companyId },
  });
  const update: ActionUpdate<A> = actionUpdates[action];
  return s.temporal.workflow.executeUpdateWithStart(update, { args: [request], startWorkflowOperation: start });
}
