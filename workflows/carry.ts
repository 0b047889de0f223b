// What a case carries from one run of its chain to the next (workflows/run-chain.ts): the whole state
// object — every field, including fields added after this was written — and the run's own variables:
// the calendar it counts on (a changed calendar included), how often it has been billed, the search
// attributes it last published, transitions not yet written to the read model, how many cases it has
// split off, and the decisions of the patches its course depends on. Deadlines are absolute instants
// in the state, so the new run waits for the same moments; the rules version is in the state too.
import * as wf from '@temporalio/workflow';
import type { CalendarConfig } from '../domain/calendar/index.js';
import type { CaseState } from './case-state.js';
import type { CaseInput } from './messages.js';
import type { TransitionRecord } from './records.js';
import type { HandOverReason } from './run-chain.js';

export interface CarriedCase {
  /** The case's state, every field but its input (the next run's input is the case's own, with this added). */
  state: Omit<CaseState, 'input'>;
  /** The calendar the case counts its working time on (the one it started with, or a later change). */
  calendar: CalendarConfig;
  /** How often the case has been billed: a close after a reopen bills only corrections. */
  billings: number;
  /** The search attributes last published, so the new run does not publish them again. */
  searchAttributes: string;
  /** Transitions not yet written when the run handed over; the new run writes them first (idempotently). */
  unrecorded: TransitionRecord[];
  /** Cases split off so far: the next split numbers its new cases after them. */
  splits: number;
  /** Decisions of the patches the case's course depends on (`casePatch`): a new run keeps them. */
  patches: Record<string, boolean>;
  /** The ids of the case's latest Updates: one sent again after a crash is not taken twice (workflows/run-chain.ts). */
  updateIds?: string[];
  /** Which run of the chain handed over (1 = the case's first), and why. */
  run: { number: number; reason: HandOverReason };
}

/** The case's input as its first run (or its reopened run) got it: without what a continued run carries. */
export function ownInput(input: CaseInput): CaseInput {
  const { continued: _carried, ...own } = input;
  return own;
}

/**
 * Fields of the state added after a chain may have carried its state (issue 20's followers and rating):
 * their starting values, for a run continuing a state carried by the code before them.
 */
const ADDED_SINCE: Pick<CaseState, 'followers' | 'rating'> = { followers: [], rating: null };

/** The state a continued run resumes with: the carried state, with the case's own input. */
export function carriedState(input: CaseInput): CaseState {
  return { ...ADDED_SINCE, ...input.continued!.state, input: ownInput(input) } as CaseState;
}

/** The run's number in its chain: 1 for a case's first run. */
export const runNumber = (input: CaseInput) => (input.continued ? input.continued.run.number + 1 : 1);

/**
 * Patches whose decision sets a case's course for its whole life. `patched()` answers true in every new
 * run, so a case started before such a patch would change course at its first hand-over; decided through
 * `decide`, the case's first answer is carried from run to run instead. (The patches of this code so far
 * decide how one event is handled when it comes — a new run is new code, and answers them as such.)
 */
export function createPatchBook(carried: Record<string, boolean> = {}) {
  const decided: Record<string, boolean> = { ...carried };
  return {
    decide(id: string): boolean {
      decided[id] ??= wf.patched(id);
      return decided[id];
    },
    decisions: (): Record<string, boolean> => ({ ...decided }),
  };
}
