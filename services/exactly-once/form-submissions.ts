// One-time form tokens: each page form carries a fresh random token, and the first submission of it
// claims the token. A double submit waits for the first and is shown its result; a back-and-resubmit
// finds the finished claim. Kept 24 hours.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import { claimOrWait, purgeNowAndThen } from './claims.js';

const KEEP_MS = 24 * 3600_000;
const ABANDONED_MS = 2 * 60_000;
const WAIT_MS = 15_000;

export interface FirstSubmission {
  status: number;
  /** Where the first submission sent the browser (a redirect), or null when it answered with a page. */
  location: string | null;
}

export type FormStart = { kind: 'claimed' } | { kind: 'repeat'; first: FirstSubmission } | { kind: 'busy' };

/** Form tokens are random base64url strings (see web/middleware/form-once.ts). */
export const isFormToken = (token: string) => /^[A-Za-z0-9_-]{16,64}$/.test(token);

export async function startFormSubmission(s: Services, token: string, personId: number | null, path: string): Promise<FormStart> {
  const now = s.now();
  const expired = new Date(now - KEEP_MS);
  await purgeNowAndThen('form_submissions', 10 * 60_000, now, () =>
    s.db.sequelize.query('DELETE FROM form_submissions WHERE claimed_at < $1', { bind: [expired] }),
  );
  const outcome = await claimOrWait<FirstSubmission & { pending: boolean }>(
    {
      insert: async () => {
        const rows = await s.db.sequelize.query(
          `INSERT INTO form_submissions (token, person_id, path, claimed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (token) DO UPDATE SET person_id = EXCLUDED.person_id, path = EXCLUDED.path, claimed_at = EXCLUDED.claimed_at, status = NULL, location = NULL
           WHERE form_submissions.claimed_at < $5 OR (form_submissions.status IS NULL AND form_submissions.claimed_at < $6)
           RETURNING token`,
          { bind: [token, personId, path, new Date(now), expired, new Date(s.now() - ABANDONED_MS)], type: QueryTypes.SELECT },
        );
        return rows.length > 0;
      },
      read: async () => {
        const [row] = await s.db.sequelize.query<{ status: number | null; location: string | null }>(
          'SELECT status, location FROM form_submissions WHERE token = $1',
          { bind: [token], type: QueryTypes.SELECT },
        );
        return row ? { status: row.status ?? 0, location: row.location, pending: row.status === null } : null;
      },
      settled: (row) => !row.pending,
    },
    WAIT_MS,
  );
  if (outcome.kind !== 'existing') return outcome;
  return { kind: 'repeat', first: { status: outcome.row.status, location: outcome.row.location } };
}

/** Records how the first submission ended (it did its work). */
export async function finishFormSubmission(s: Services, token: string, first: FirstSubmission): Promise<void> {
  await s.db.sequelize.query('UPDATE form_submissions SET status = $2, location = $3 WHERE token = $1', { bind: [token, first.status, first.location] });
}

/** Gives the token back (the submission was refused and changed nothing): the corrected form may use it again. */
export async function releaseFormSubmission(s: Services, token: string): Promise<void> {
  await s.db.sequelize.query('DELETE FROM form_submissions WHERE token = $1 AND status IS NULL', { bind: [token] });
}
