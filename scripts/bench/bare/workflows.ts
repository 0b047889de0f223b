// The bare Temporal baseline of the benchmark: the smallest workflow with the shape of a case's
// life — started once, then 5 Updates, each running one activity — and nothing else. By default the
// activity is a regular activity task (the baseline issue 15's figures and targets were set against);
// `local` runs it as a local activity, as the case workflow records its transitions today — the
// stricter baseline.
import { allHandlersFinished, condition, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { BareActivities } from './activities.js';
import { BARE_STEPS, step, type BareActivityKind } from './messages.js';

const regular = proxyActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });
const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });

export async function bareCase(kind: BareActivityKind = 'regular'): Promise<number> {
  const { touch } = kind === 'local' ? local : regular;
  let done = 0;
  setHandler(step, async (name) => {
    const answer = await touch(name);
    done += 1;
    return answer;
  });
  await condition(() => done >= BARE_STEPS.length && allHandlersFinished());
  return done;
}
