// Fixed-window attempt counters in PostgreSQL, shared by every web replica: the login limits count
// failed sign-ins per normalised e-mail address and per client address (web/auth/login-limits.ts).
import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import { purgeNowAndThen } from '../exactly-once/claims.js';

export interface AttemptCount {
  hits: number;
  resetAt: Date;
  /** When the last attempt was counted (null on rows from before it was kept). */
  lastHitAt: Date | null;
}

/** The e-mail address as sign-in compares it: NFC, trimmed, lower case (so " Ann@X.dk" is "ann@x.dk"). */
export const normalizedEmail = (raw: unknown): string => (typeof raw === 'string' ? raw.normalize('NFC').trim().toLowerCase().slice(0, 320) : '');

/** A counter key that does not store the address itself. */
export const emailCounterKey = (raw: unknown) => `email:${createHash('sha256').update(normalizedEmail(raw)).digest('hex').slice(0, 40)}`;

/** Counts one attempt on each key, in windows of `windowMs` that start with their first attempt (one statement); the counts after it. */
export async function countAttempts(s: Services, keys: string[], windowMs: number): Promise<Map<string, AttemptCount>> {
  const now = s.now();
  await purgeNowAndThen('rate_limits', 10 * 60_000, now, () => s.db.sequelize.query('DELETE FROM rate_limits WHERE reset_at < $1', { bind: [new Date(now)] }));
  const rows = await s.db.sequelize.query<{ key: string; hits: number; reset_at: Date; last_hit_at: Date | null }>(
    `INSERT INTO rate_limits (key, hits, reset_at, last_hit_at) SELECT k, 1, $3, $2 FROM unnest(CAST($1 AS text[])) AS k
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.reset_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
       reset_at = CASE WHEN rate_limits.reset_at <= $2 THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END,
       last_hit_at = $2
     RETURNING key, hits, reset_at, last_hit_at`,
    { bind: [keys, new Date(now), new Date(now + windowMs)], type: QueryTypes.SELECT },
  );
  return countsOf(rows);
}

const countsOf = (rows: { key: string; hits: number; reset_at: Date; last_hit_at: Date | null }[]) =>
  new Map(rows.map((r) => [r.key, { hits: r.hits, resetAt: new Date(r.reset_at), lastHitAt: r.last_hit_at ? new Date(r.last_hit_at) : null }]));

/** The attempts counted on each key in its current window (keys without a live window are left out), one statement. */
export async function attemptsCounted(s: Services, keys: string[]): Promise<Map<string, AttemptCount>> {
  const rows = await s.db.sequelize.query<{ key: string; hits: number; reset_at: Date; last_hit_at: Date | null }>(
    'SELECT key, hits, reset_at, last_hit_at FROM rate_limits WHERE key = ANY(CAST($1 AS text[])) AND reset_at > $2',
    { bind: [keys, new Date(s.now())], type: QueryTypes.SELECT },
  );
  return countsOf(rows);
}
