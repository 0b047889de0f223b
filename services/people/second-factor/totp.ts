// Time-based one-time passwords (RFC 6238, otplib): enrolment keeps a pending secret until the person
// proves their authenticator app with a code, then it becomes their secret and they get ten recovery
// codes. At sign-in a code of the current 30-second step (or the one before or after, for clocks a
// little off) is accepted once: the step used is stored, and a code of that step or an earlier one is
// refused afterwards (RFC 6238 §5.2: no replay).
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { QueryTypes } from 'sequelize';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { conflict, invalid } from '../../errors.js';
import { issueRecoveryCodes } from './recovery-codes.js';

/** How far a code's step may lie from now, in seconds (one step either way). */
const TOLERANCE_SECONDS = 30;

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
}

/** The name authenticator apps show for the desk: MAIL_FROM's display name ("Service Desk"). */
function issuerOf(s: Services): string {
  const m = /^\s*"?([^"<]+?)"?\s*</.exec(s.env.MAIL_FROM);
  return m?.[1]?.trim() || 'Service Desk';
}

const isCode = (code: unknown): code is string => typeof code === 'string' && /^\d{6}$/.test(code);
/** A code as typed: "123 456" and "123-456" are "123456". */
export const normalCode = (raw: unknown): string | null => (typeof raw === 'string' && raw.length <= 20 ? raw.replace(/[\s-]/g, '') : null);

/** Starts (or restarts) enrolment: a new pending secret and the otpauth:// address for the QR code. */
export async function startTotpEnrolment(s: Services, person: Person): Promise<TotpEnrolment> {
  const secret = generateSecret();
  await s.db.sequelize.query('UPDATE people SET totp_pending_secret = $2 WHERE id = $1', { bind: [person.id, secret] });
  return { secret, otpauthUrl: generateURI({ issuer: issuerOf(s), label: person.email, secret }) };
}

/** The pending enrolment of a person (to show its QR code again), or null. */
export async function pendingTotp(s: Services, person: Person): Promise<TotpEnrolment | null> {
  const [row] = await s.db.sequelize.query<{ secret: string | null }>('SELECT totp_pending_secret AS secret FROM people WHERE id = $1', {
    bind: [person.id],
    type: QueryTypes.SELECT,
  });
  return row?.secret ? { secret: row.secret, otpauthUrl: generateURI({ issuer: issuerOf(s), label: person.email, secret: row.secret }) } : null;
}

/** The QR code of an otpauth:// address as an SVG drawn on the server (no script in the page). */
export const qrSvg = (otpauthUrl: string): Promise<string> => QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

async function stepOf(secret: string, code: string, s: Services, afterTimeStep?: number): Promise<number | null> {
  const result = await verify({ secret, token: code, epoch: Math.floor(s.now() / 1000), epochTolerance: TOLERANCE_SECONDS, afterTimeStep });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * Confirms enrolment with a code from the app: the pending secret becomes the person's, and ten new
 * recovery codes are returned (shown once). 409 without a pending enrolment, 422 for a wrong code.
 */
export async function confirmTotp(s: Services, person: Person, rawCode: unknown): Promise<string[]> {
  const pending = await pendingTotp(s, person);
  if (!pending) throw conflict('auth:secondFactor.noEnrolment');
  const code = normalCode(rawCode);
  if (code === null || code === '') throw invalid({ code: 'required' });
  if (!isCode(code) || (await stepOf(pending.secret, code, s)) === null) throw invalid({ code: 'wrong_code' });
  return s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query(
      `UPDATE people SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_confirmed_at = $2, totp_last_step = NULL WHERE id = $1`,
      { bind: [person.id, new Date(s.now())], transaction },
    );
    return issueRecoveryCodes(s, person.id, transaction);
  });
}

/** Checks a sign-in code against the person's confirmed secret and uses its time step up; false when wrong or already used. */
export async function useTotpCode(s: Services, personId: number, rawCode: unknown): Promise<boolean> {
  const code = normalCode(rawCode);
  if (!isCode(code)) return false;
  const [row] = await s.db.sequelize.query<{ secret: string | null; last: string | null }>(
    'SELECT totp_secret AS secret, totp_last_step AS last FROM people WHERE id = $1 AND totp_confirmed_at IS NOT NULL',
    { bind: [personId], type: QueryTypes.SELECT },
  );
  if (!row?.secret) return false;
  const step = await stepOf(row.secret, code, s, row.last === null ? undefined : Number(row.last));
  if (step === null) return false;
  // Another sign-in with the same code at the same moment: only one of them moves the step on.
  const moved = await s.db.sequelize.query<{ id: number }>(
    'UPDATE people SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id',
    { bind: [personId, step], type: QueryTypes.SELECT },
  );
  return moved.length === 1;
}

/** Removes the person's authenticator app (and a pending enrolment). */
export async function removeTotp(s: Services, personId: number): Promise<void> {
  await s.db.sequelize.query(
    'UPDATE people SET totp_secret = NULL, totp_pending_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = $1',
    { bind: [personId] },
  );
}
