// Idempotency keys of the JSON API (header `Idempotency-Key` on a POST): per person, kept 24 hours.
// The first request with a key claims it and stores its answer; a repeat with the same request gets
// that answer again, and a repeat with a different request is refused.
import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import { claimOrWait, purgeNowAndThen } from './claims.js';

export const IDEMPOTENCY_KEY_HOURS = 24;
/** A claim without an answer this old belongs to a request that died (a crash): a retry may take it over. */
const ABANDONED_MS = 2 * 60_000;
/** How long a duplicate waits for the first request's answer before it is told to retry. */
const WAIT_MS = 30_000;

export interface StoredAnswer {
  status: number;
  location: string | null;
  body: unknown;
}

export type IdempotentStart = { kind: 'claimed' } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'mismatch' } | { kind: 'busy' };

interface Row {
  fingerprint: string;
  status: number | null;
  location: string | null;
  body: string | null;
}

/** Keys are visible ASCII, 1–255 characters (a UUID is the usual choice). */
export const isIdempotencyKey = (key: string) => /^[\x21-\x7e]{1,255}$/.test(key);

/** A stable digest of what the request asks for: method, path and the JSON body with its keys sorted. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(canonical(body ?? null))}`)
    .digest('hex');
}

export async function startIdempotent(s: Services, personId: number, key: string, fingerprint: string): Promise<IdempotentStart> {
  const now = s.now();
  const expired = new Date(now - IDEMPOTENCY_KEY_HOURS * 3600_000);
  await purgeNowAndThen('idempotency_keys', 10 * 60_000, now, () =>
    s.db.sequelize.query('DELETE FROM idempotency_keys WHERE claimed_at < $1', { bind: [expired] }),
  );
  const outcome = await claimOrWait<Row>(
    {
      insert: async () => {
        const rows = await s.db.sequelize.query(
          `INSERT INTO idempotency_keys (person_id, key, fingerprint, claimed_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (person_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, claimed_at = EXCLUDED.claimed_at, status = NULL, location = NULL, body = NULL
           WHERE idempotency_keys.claimed_at < $5
              OR (idempotency_keys.status IS NULL AND idempotency_keys.claimed_at < $6 AND idempotency_keys.fingerprint = EXCLUDED.fingerprint)
           RETURNING key`,
          { bind: [personId, key, fingerprint, new Date(now), expired, new Date(s.now() - ABANDONED_MS)], type: QueryTypes.SELECT },
        );
        return rows.length > 0;
      },
      read: async () => {
        const [row] = await s.db.sequelize.query<Row>('SELECT fingerprint, status, location, body FROM idempotency_keys WHERE person_id = $1 AND key = $2', {
          bind: [personId, key],
          type: QueryTypes.SELECT,
        });
        return row ?? null;
      },
      settled: (row) => row.status !== null || row.fingerprint !== fingerprint,
    },
    WAIT_MS,
  );
  if (outcome.kind !== 'existing') return outcome;
  const { row } = outcome;
  if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
  return { kind: 'replay', answer: { status: row.status!, location: row.location, body: row.body === null ? null : JSON.parse(row.body) } };
}

/** Stores the answer of a claimed key, so every repeat gets it. */
export async function finishIdempotent(s: Services, personId: number, key: string, answer: StoredAnswer): Promise<void> {
  await s.db.sequelize.query('UPDATE idempotency_keys SET status = $3, location = $4, body = $5 WHERE person_id = $1 AND key = $2', {
    bind: [personId, key, answer.status, answer.location, JSON.stringify(answer.body ?? null)],
  });
}

/** Gives a claimed key up (the request failed without an answer worth keeping): a retry runs again. */
export async function releaseIdempotent(s: Services, personId: number, key: string): Promise<void> {
  await s.db.sequelize.query('DELETE FROM idempotency_keys WHERE person_id = $1 AND key = $2 AND status IS NULL', { bind: [personId, key] });
}
