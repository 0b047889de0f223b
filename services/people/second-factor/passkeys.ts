// Passkeys (WebAuthn, @simplewebauthn/server) as a second factor besides the authenticator app. The
// relying party is the desk's public address (PUBLIC_URL): its host name is the RP ID and its origin
// the only origin accepted. Registration and sign-in each take a challenge the caller keeps in the
// person's session between the options and the browser's answer.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { QueryTypes } from 'sequelize';
import { publicUrl } from '../../../config/env.js';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { invalid, notFound } from '../../errors.js';

export const PASSKEY_LABEL_MAX = 60;
const TIMEOUT_MS = 120_000;

export interface PasskeyInfo {
  id: number;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

interface PasskeyRow {
  id: number;
  credential_id: string;
  public_key: Buffer;
  counter: string;
  transports: string[];
}

function relyingParty(s: Services): { rpID: string; origin: string } {
  const url = new URL(publicUrl(s.env));
  return { rpID: url.hostname, origin: url.origin };
}

async function rowsOf(s: Services, personId: number): Promise<PasskeyRow[]> {
  return s.db.sequelize.query<PasskeyRow>('SELECT id, credential_id, public_key, counter, transports FROM passkeys WHERE person_id = $1 ORDER BY id', {
    bind: [personId],
    type: QueryTypes.SELECT,
  });
}

const descriptor = (r: PasskeyRow) => ({ id: r.credential_id, transports: r.transports as AuthenticatorTransportFuture[] });

/** The person's passkeys, oldest first. */
export async function listPasskeys(s: Services, personId: number): Promise<PasskeyInfo[]> {
  const rows = await s.db.sequelize.query<{ id: number; label: string; created_at: Date; last_used_at: Date | null }>(
    'SELECT id, label, created_at, last_used_at FROM passkeys WHERE person_id = $1 ORDER BY id',
    { bind: [personId], type: QueryTypes.SELECT },
  );
  return rows.map((r) => ({ id: r.id, label: r.label, createdAt: new Date(r.created_at), lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null }));
}

/** Options for the browser to create a passkey (its existing ones excluded, so one device is not added twice). */
export async function passkeyRegistrationOptions(s: Services, person: Person): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpID } = relyingParty(s);
  return generateRegistrationOptions({
    rpName: 'Service Desk',
    rpID,
    userName: person.email,
    userDisplayName: person.fullName,
    userID: new TextEncoder().encode(`person-${person.id}`),
    attestationType: 'none',
    excludeCredentials: (await rowsOf(s, person.id)).map(descriptor),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    timeout: TIMEOUT_MS,
  });
}

/** Parses the browser's JSON answer (sent as a form field); a malformed one is a 422 on `field`. */
export function credentialJson<T>(raw: unknown, field: string): T {
  if (typeof raw !== 'string' || raw.length > 20_000) throw invalid({ [field]: 'invalid' });
  try {
    const value = JSON.parse(raw) as unknown;
    if (!value || typeof value !== 'object' || typeof (value as { id?: unknown }).id !== 'string') throw new Error('no id');
    return value as T;
  } catch {
    throw invalid({ [field]: 'invalid' });
  }
}

/** Checks the browser's new credential against the challenge and stores it; 422 when it does not verify. */
export async function addPasskey(s: Services, person: Person, response: RegistrationResponseJSON, expectedChallenge: string, label: string): Promise<void> {
  const { rpID, origin } = relyingParty(s);
  const verification = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: origin, expectedRPID: rpID }).catch(() => null);
  if (!verification?.verified) throw invalid({ credential: 'passkey_not_verified' });
  const { credential } = verification.registrationInfo;
  await s.db.sequelize.query(
    `INSERT INTO passkeys (person_id, credential_id, public_key, counter, transports, label) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (credential_id) DO NOTHING`,
    { bind: [person.id, credential.id, Buffer.from(credential.publicKey), credential.counter, credential.transports ?? [], label] },
  );
}

/** Options for the browser to sign in with one of the person's passkeys. */
export async function passkeySignInOptions(s: Services, personId: number): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { rpID } = relyingParty(s);
  return generateAuthenticationOptions({
    rpID,
    allowCredentials: (await rowsOf(s, personId)).map(descriptor),
    userVerification: 'preferred',
    timeout: TIMEOUT_MS,
  });
}

/** Whether the browser's answer proves one of the person's passkeys for the challenge; its counter is moved on. */
export async function usePasskey(s: Services, personId: number, response: AuthenticationResponseJSON, expectedChallenge: string): Promise<boolean> {
  const row = (await rowsOf(s, personId)).find((r) => r.credential_id === response.id);
  if (!row) return false;
  const { rpID, origin } = relyingParty(s);
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: { id: row.credential_id, publicKey: new Uint8Array(row.public_key), counter: Number(row.counter), transports: descriptor(row).transports },
  }).catch(() => null);
  if (!verification?.verified) return false;
  await s.db.sequelize.query('UPDATE passkeys SET counter = $2, last_used_at = $3 WHERE id = $1', {
    bind: [row.id, verification.authenticationInfo.newCounter, new Date(s.now())],
  });
  return true;
}

/** Removes one of the person's own passkeys; another's is not found. */
export async function removePasskey(s: Services, personId: number, id: number): Promise<void> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) throw notFound();
  const gone = await s.db.sequelize.query<{ id: number }>('DELETE FROM passkeys WHERE id = $1 AND person_id = $2 RETURNING id', {
    bind: [id, personId],
    type: QueryTypes.SELECT,
  });
  if (gone.length === 0) throw notFound();
}
