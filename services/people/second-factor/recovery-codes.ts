// Ten single-use recovery codes per person, for when the phone with the authenticator is lost. Each
// is 50 random bits written as two groups of five letters and digits (e.g. "k7m2q-9xw4t"); only an
// Argon2id hash is stored, and a code is used up by the statement that marks it (so two sign-ins
// racing with one code get one success).
import { randomBytes } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../../context.js';
import { hashPassword, verifyPassword } from '../passwords.js';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function newCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A code as typed ("K7M2Q 9XW4T", "k7m2q9xw4t") in the form it was issued, or null when it cannot be one. */
export function normalRecoveryCode(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const plain = raw.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{10}$/.test(plain) ? `${plain.slice(0, 5)}-${plain.slice(5)}` : null;
}

/** Replaces the person's recovery codes with ten new ones; the codes are shown once, only their hashes kept. */
export async function issueRecoveryCodes(s: Services, personId: number, transaction?: Transaction): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await s.db.sequelize.query('DELETE FROM recovery_codes WHERE person_id = $1', { bind: [personId], transaction });
  await s.db.sequelize.query(`INSERT INTO recovery_codes (person_id, code_hash) SELECT $1, h FROM unnest(CAST($2 AS text[])) AS h`, {
    bind: [personId, hashes],
    transaction,
  });
  return codes;
}

/** Uses up one of the person's recovery codes; false when it is none of their unused ones. */
export async function useRecoveryCode(s: Services, personId: number, raw: unknown): Promise<boolean> {
  const code = normalRecoveryCode(raw);
  const rows = await s.db.sequelize.query<{ id: number; code_hash: string }>(
    'SELECT id, code_hash FROM recovery_codes WHERE person_id = $1 AND used_at IS NULL',
    {
      bind: [personId],
      type: QueryTypes.SELECT,
    },
  );
  if (!code) {
    // The same effort as a real check, so a malformed code answers no faster.
    await verifyPassword(null, 'x');
    return false;
  }
  for (const row of rows) {
    if (!(await verifyPassword(row.code_hash, code))) continue;
    const used = await s.db.sequelize.query<{ id: number }>('UPDATE recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id', {
      bind: [row.id, new Date(s.now())],
      type: QueryTypes.SELECT,
    });
    return used.length === 1;
  }
  return false;
}

/** Removes the person's recovery codes once they have no factor left to recover (the app and every passkey removed). */
export async function dropRecoveryCodesWithoutFactor(s: Services, personId: number): Promise<void> {
  await s.db.sequelize.query(
    `DELETE FROM recovery_codes WHERE person_id = $1
       AND NOT EXISTS (SELECT 1 FROM people WHERE id = $1 AND totp_confirmed_at IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM passkeys WHERE person_id = $1)`,
    { bind: [personId] },
  );
}
