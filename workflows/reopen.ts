// A closed case reopened within its reopen window (rules 3), or rated after its close (SPEC §9): the close
// ended its run, so the decision starts a new run of the same workflow id that carries the case as it was
// closed (its view, as the read model recorded it) and continues its history — same timeline numbering,
// already billed once, so its next close bills only what changed (correction lines). Terms and calendar
// stay the first run's. A rating leaves it closed: that run ends again at once.
import { initialState, type CaseState } from './case-state.js';
import type { CaseInput } from './messages.js';

/** The state of a case resumed from the view it was closed with. */
export function resumedState(input: CaseInput): CaseState {
  const v = input.reopened!;
  return {
    ...initialState(input),
    rulesVersion: v.rulesVersion ?? input.rulesVersion ?? 1,
    owner: v.owner ?? null,
    type: v.type,
    status: v.status,
    acknowledged: v.acknowledged,
    reclassified: v.reclassified,
    notUnderstood: v.notUnderstood ?? false,
    contactAgreements: [...(v.contactAgreements ?? [])],
    quote: v.quote,
    training: v.training,
    coverage: v.coverage,
    respondedAt: v.respondedAt,
    slaWarned: v.slaWarned,
    slaBreached: v.slaBreached,
    reopenUntil: v.reopenUntil,
    loggedMinutes: v.loggedMinutes,
    roughEstimate: v.roughEstimate,
    splitInto: [...v.splitInto],
    closedAt: v.closedAt,
    needsAttention: v.needsAttention ?? false,
    version: v.version,
    order: v.order ?? null,
    contactId: v.contactId,
    followers: [...(v.followers ?? [])],
    rating: v.rating ?? null,
  };
}
