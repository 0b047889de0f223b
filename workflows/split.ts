// Splitting a message with several topics into one case per topic (SPEC §3): the new cases keep the
// original's contact, channel and received time, and run as workflows of their own.
import * as wf from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { caseWorkflowId, type CaseInput } from './messages.js';
import { quick } from './recording.js';

/** `splitCount`: cases split off by earlier runs of the case (their numbers are taken). */
export function createSplitter(input: CaseInput, workflow: (input: CaseInput) => Promise<unknown>, splitCount = 0) {
  const splitOff = async function splitOff(titles: string[]): Promise<number[]> {
    const firstIndex = splitCount;
    splitCount += titles.length; // reserved before the first await, so concurrent splits never share numbers
    const children = await quick.allocateSplitCases({ parentNumber: input.number, titles, firstIndex });
    for (const child of children) {
      await wf
        .startChild(workflow, {
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
  };
  return Object.assign(splitOff, { count: () => splitCount });
}
