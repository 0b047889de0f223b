// The version of the case rules (guards, effects that change outcomes, coverage, billing) a new case
// starts under. A change that would alter the outcome for running cases raises it, and the changed
// rule reads `c.rulesVersion` so cases started earlier keep the rules they started with
// (docs/architecture.md "Changing the process safely").
export const RULES_VERSION = 3;

/** What each version changed, for whoever reads a case's `rulesVersion`. */
export const RULES_HISTORY: Readonly<Record<number, string>> = {
  1: 'the rules as first released',
  2: 'a split closes the original case, which bills nothing of its own (each new case bills on its own)',
  3: 'a case closed before its reopen window ended may still be reopened until then; billed again at its next close, the difference becomes correction lines',
};
