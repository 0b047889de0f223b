// Fixed-window attempt counters in PostgreSQL, shared by every web replica: the login limits count
// failed sign-ins per normalised e-mail address and per client address (web/auth/login-limits.ts).
import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Services } from './context.js';
import { purgeNowAndThen } from './claims.js';

export interface AttemptCount {
  hits: number;
  resetAt: Date;
}

/** The e-mail address as sign-in compares it: NFC, trimmed, lower case (so " Ann@X.dk" is "ann@x.dk"). */
export const normalizedEmail = (raw: unknown): string => (typeof raw === 'string' ? raw.normalize('NFC').trim().toLowerCase().slice(0, 320) : '');

/** A counter key that does not store the address itself. */
export const emailCounterKey = (raw: unknown) => `email:${createHash('sha256').update(normalizedEmail(raw)).digest('hex').slice(0, 40)}`;

/** Counts one attempt on `key` in a window of `windowMs` that starts with the first attempt. */
export async function countAttempt(s: Services, key: string, windowMs: number): Promise<AttemptCount> {
  const now = s.now();
  await purgeNowAndThen('rate_limits', 10 * 60_000, now, () => s.db.sequelize.query('DELETE FROM rate_limits WHERE reset_at < $1', { bind: [new Date(now)] }));
  const [row] = await s.db.sequelize.query<{ hits: number; reset_at: Date }>(
    `INSERT INTO rate_limits (key, hits, reset_at) VALUES ($1, 1, $3)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.reset_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
       reset_at = CASE WHEN rate_limits.reset_at <= $2 THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
     RETURNING hits, reset_at`,
    { bind: [key, new Date(now), new Date(now + windowMs)], type: QueryTypes.SELECT },
  );
  return { hits: row.hits, resetAt: new Date(row.reset_at) };
}

/** Takes one attempt back (it turned out not to count, e.g. a successful sign-in). */
export async function uncountAttempt(s: Services, key: string): Promise<void> {
  await s.db.sequelize.query('UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND hits > 0 AND reset_at > $2', { bind: [key, new Date(s.now())] });
}

export async function forgetAttempts(s: Services, key: string): Promise<void> {
  await s.db.sequelize.query('DELETE FROM rate_limits WHERE key = $1', { bind: [key] });
}
