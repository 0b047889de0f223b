// The bare Temporal baseline of the benchmark: the smallest workflow with the shape of a case's
// life — started once, then 5 Updates, each running one activity — and nothing else.
import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { BareActivities } from './activities.js';
import { BARE_STEPS, step } from './messages.js';

const { touch } = proxyActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });

export async function bareCase(): Promise<number> {
  let done = 0;
  setHandler(step, async (name) => {
    const answer = await touch(name);
    done += 1;
    return answer;
  });
  await condition(() => done >= BARE_STEPS.length && allHandlersFinished());
  return done;
}
