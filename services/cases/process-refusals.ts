// The truth when Temporal says no to a decision on a case for a reason other than being unreachable
// (issue 24): a run at its limit of Updates (FAILED_PRECONDITION), a process that no longer runs although
// the case is open, or another refusal. The person is told what happened and what to do (a conflict,
// not "not reachable"), the refusal is recorded once per case, run and reason, and the desk managers get
// one "needs attention" notice naming the case; `npm run -s repair` moves the case on. A case that is
// merely busy (RESOURCE_EXHAUSTED: too many decisions at once) is asked to be retried in a moment.
import { status as grpcStatus } from '@grpc/grpc-js';
import { QueryTypes } from 'sequelize';
import { Refusal } from '../errors.js';
import type { Services } from '../context.js';
import type { CaseRow } from './access.js';

export type StuckReason = 'limit' | 'stopped' | 'refused';

/** What kind of "no" Temporal gave, when it was not about reachability. */
export type ProcessRefusal = { kind: 'stuck'; reason: StuckReason; detail: string } | { kind: 'busy'; detail: string } | null;

interface GrpcLike {
  code?: unknown;
  details?: unknown;
  metadata?: unknown;
  cause?: unknown;
}

/** The gRPC status an error carries (the client wraps it in a ServiceError's cause). */
function grpcOf(err: unknown, depth = 0): { code: number; details: string } | null {
  if (!err || typeof err !== 'object' || depth > 4) return null;
  const e = err as GrpcLike;
  if (typeof e.code === 'number' && 'metadata' in e) return { code: e.code, details: String(e.details ?? '') };
  return grpcOf(e.cause, depth + 1);
}

/** Codes that say Temporal cannot be reached: answered as 503 elsewhere (services/availability.ts). */
const UNREACHABLE = new Set<number>([grpcStatus.UNAVAILABLE, grpcStatus.DEADLINE_EXCEEDED, grpcStatus.CANCELLED]);

/** Classifies a failed Update or query; null when it is not a refusal of this kind. */
export function processRefusalOf(err: unknown): ProcessRefusal {
  const grpc = grpcOf(err);
  if (!grpc || grpc.code === grpcStatus.OK || UNREACHABLE.has(grpc.code) || grpc.code === grpcStatus.NOT_FOUND) return null;
  const detail = `${grpcStatus[grpc.code] ?? grpc.code}: ${grpc.details.split('\n')[0]!.slice(0, 300)}`;
  if (grpc.code === grpcStatus.RESOURCE_EXHAUSTED) return { kind: 'busy', detail };
  if (grpc.code === grpcStatus.FAILED_PRECONDITION) return { kind: 'stuck', reason: 'limit', detail };
  return { kind: 'stuck', reason: 'refused', detail };
}

/** The refusal the person gets: what happened, that nothing changed, and what to do. */
export function stuckRefusal(number: number, reason: StuckReason): Refusal {
  return new Refusal('conflict', [{ code: `rules:refusals.process_${reason}`, params: { number } }]);
}

export const busyRefusal = (number: number) => new Refusal('unavailable', [{ code: 'rules:refusals.process_busy', params: { number } }]);

/**
 * Records the refusal (once per case, run and reason; later ones count) and, the first time, tells the
 * desk managers. Never throws: the person's answer must not depend on it.
 */
export async function reportStuckCase(s: Services, record: CaseRow, reason: StuckReason, detail: string): Promise<void> {
  try {
    const runId = await s.temporal.workflow
      .getHandle(record.workflowId)
      .describe()
      .then((d) => d.runId)
      .catch(() => 'unknown');
    await s.db.sequelize.query(
      `WITH refusal AS (
         INSERT INTO case_process_refusals (case_number, run_id, reason, detail) VALUES (:number, :runId, :reason, :detail)
         ON CONFLICT (case_number, run_id, reason) DO UPDATE SET refusals = case_process_refusals.refusals + 1, last_at = now(), detail = EXCLUDED.detail
         RETURNING (xmax = 0) AS first
       )
       INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params, case_number)
       SELECT 'case-stuck:' || :number || ':' || :runId || ':' || :reason || ':' || p.id, p.id, p.email, p.locale, 'case_stuck',
              CAST(:params AS jsonb), :number
       FROM people p, refusal r WHERE r.first AND p.active AND p.role = 'manager'
       ON CONFLICT (dedupe_key) DO NOTHING`,
      {
        type: QueryTypes.INSERT,
        replacements: {
          number: record.number,
          runId,
          reason,
          detail,
          params: JSON.stringify({ caseNumber: record.number, title: record.title, type: record.type, reason, detail }),
        },
      },
    );
    s.log.warn({ number: record.number, runId, reason, detail }, 'Temporal refused a decision on a case; the desk managers are told');
  } catch (err) {
    s.log.error({ err, number: record.number, reason }, 'a refused case could not be reported');
  }
}

/** Marks the case's open refusals resolved (it has been moved on). */
export async function resolveRefusals(s: Services, number: number): Promise<void> {
  await s.db.sequelize.query('UPDATE case_process_refusals SET resolved_at = now() WHERE case_number = :number AND resolved_at IS NULL', {
    replacements: { number },
  });
}
