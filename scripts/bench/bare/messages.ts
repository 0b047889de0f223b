// What the bare baseline's client and workflow share: its task queue, workflow and Update names.
import { defineUpdate } from '@temporalio/workflow';

export const BARE_TASK_QUEUE = 'bench-bare';
export const BARE_WORKFLOW = 'bareCase';
/** The steps of one bare lifecycle after its start: as many Updates as a case's actions in the benchmark. */
export const BARE_STEPS = ['acknowledge', 'qualify', 'log-time', 'resolve', 'close'] as const;
export const step = defineUpdate<string, [string]>('step');
/** How each step runs its activity: `regular` (an activity task) or `local` (as the case workflow records a transition). */
export type BareActivityKind = 'local' | 'regular';
