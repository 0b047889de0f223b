// A new case's process writes its first read-model version (SLA due time, coverage) a moment after
// intake. Callers that answer with the whole case (the JSON API) wait for it, briefly.
import type { CaseRecord } from '../db/models/case-record.js';
import type { Services } from './context.js';

/** The case row once its workflow has recorded receipt (version ≥ 1), or the latest row after `timeoutMs`. */
export async function awaitCaseStarted(s: Services, number: number, timeoutMs = 5000): Promise<CaseRecord | null> {
  const deadline = Date.now() + timeoutMs;
  let pause = 25;
  for (;;) {
    const row = await s.db.models.CaseRecord.findByPk(number);
    if (!row || row.version >= 1 || Date.now() >= deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, Math.max(1, deadline - Date.now()))));
    pause = Math.min(pause * 2, 200);
  }
}
