// "Remember this device for 30 days": after a second factor, a browser may be trusted so the next
// sign-ins there ask for the password only. The cookie carries the row's id and a random secret
// (signed by the web layer); only the secret's SHA-256 hash is stored, and every trusted device of a
// person is revoked when their second factor is reset or their password is set from a link.
import { randomBytes } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../../context.js';
import { sha256 } from '../api-tokens.js';

export const TRUSTED_DEVICE_DAYS = 30;

/** Trusts the device for 30 days; the value for its cookie (`<id>.<secret>`). */
export async function trustDevice(s: Services, personId: number, userAgent: string | undefined): Promise<{ value: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(s.now() + TRUSTED_DEVICE_DAYS * 86_400_000);
  const [row] = await s.db.sequelize.query<{ id: number }>(
    'INSERT INTO trusted_devices (person_id, token_hash, user_agent, expires_at) VALUES ($1, $2, $3, $4) RETURNING id',
    { bind: [personId, sha256(secret), (userAgent ?? '').slice(0, 300) || null, expiresAt], type: QueryTypes.SELECT },
  );
  return { value: `${row!.id}.${secret}`, expiresAt };
}

/** Whether the cookie value is a live trusted device of this person. */
export async function deviceTrusted(s: Services, personId: number, value: string | undefined): Promise<boolean> {
  const m = /^(\d{1,10})\.([A-Za-z0-9_-]{40,50})$/.exec(value ?? '');
  if (!m) return false;
  const rows = await s.db.sequelize.query<{ id: number }>(
    'SELECT id FROM trusted_devices WHERE id = $1 AND person_id = $2 AND token_hash = $3 AND revoked_at IS NULL AND expires_at > $4',
    { bind: [Number(m[1]), personId, sha256(m[2]!), new Date(s.now())], type: QueryTypes.SELECT },
  );
  return rows.length === 1;
}

/** How many devices the person has trusted that are still trusted. */
export async function trustedDeviceCount(s: Services, personId: number): Promise<number> {
  const [row] = await s.db.sequelize.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM trusted_devices WHERE person_id = $1 AND revoked_at IS NULL AND expires_at > $2',
    { bind: [personId, new Date(s.now())], type: QueryTypes.SELECT },
  );
  return row?.n ?? 0;
}

/** Forgets every device the person trusted. */
export async function forgetDevices(s: Pick<Services, 'db' | 'now'>, personId: number, transaction?: Transaction): Promise<void> {
  await s.db.sequelize.query('UPDATE trusted_devices SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL', {
    bind: [personId, new Date(s.now())],
    transaction,
  });
}
