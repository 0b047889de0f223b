// Single sign-on with OpenID Connect (openid-client): OIDC_ISSUER, OIDC_CLIENT_ID and
// OIDC_CLIENT_SECRET name the company's provider (Microsoft Entra ID, Google, …). The authorization
// code flow with PKCE, state and nonce; the provider is discovered on first use (a provider that is
// down does not stop the desk from starting). The person is matched by the provider's *verified*
// e-mail address: an invited agent or desk manager, or a contact or price approver of a customer
// company whose settings name the address's domain. Nobody is created by signing in.
import * as oidc from 'openid-client';
import { QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { isStaff } from './people.js';
import { normalizedEmail } from './rate-limits.js';

export const ssoConfigured = (s: Services) => Boolean(s.env.OIDC_ISSUER && s.env.OIDC_CLIENT_ID && s.env.OIDC_CLIENT_SECRET);

/** Why a sign-in through the provider did not sign anyone in (the login page names it). */
export type SsoProblem = 'failed' | 'unverified' | 'unknown' | 'not_allowed';

export class SsoRefusal extends Error {
  constructor(readonly problem: SsoProblem) {
    super(`single sign-on refused: ${problem}`);
  }
}

let discovered: { key: string; config: Promise<oidc.Configuration> } | null = null;

function configuration(s: Services): Promise<oidc.Configuration> {
  const key = `${s.env.OIDC_ISSUER}|${s.env.OIDC_CLIENT_ID}`;
  if (discovered?.key !== key) {
    const issuer = new URL(s.env.OIDC_ISSUER!);
    // Plain HTTP only for a provider on this machine outside production (the tests' own provider).
    const insecure = issuer.protocol === 'http:' && s.env.NODE_ENV !== 'production';
    const config = oidc.discovery(issuer, s.env.OIDC_CLIENT_ID!, s.env.OIDC_CLIENT_SECRET!, undefined, {
      timeout: 10,
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    discovered = { key, config };
    // A failed discovery is tried again on the next sign-in.
    config.catch(() => {
      if (discovered?.config === config) discovered = null;
    });
  }
  return discovered.config;
}

export interface SsoStart {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

/** Where to send the browser: the provider's authorization endpoint, with PKCE, state and nonce. */
export async function startSso(s: Services, redirectUri: string): Promise<SsoStart> {
  const config = await configuration(s);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, verifier };
}

/** The person the provider's answer (the callback's full URL) signs in, or an SsoRefusal saying why not. */
export async function finishSso(s: Services, callbackUrl: URL, checks: Pick<SsoStart, 'state' | 'nonce' | 'verifier'>): Promise<Person> {
  const config = await configuration(s);
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
    });
    claims = { ...(tokens.claims() ?? {}) };
    if (typeof claims.email !== 'string') claims = { ...claims, ...(await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub))) };
  } catch (err) {
    s.log.warn({ err }, 'single sign-on: the provider did not complete the sign-in');
    throw new SsoRefusal('failed');
  }
  if (typeof claims.email !== 'string') throw new SsoRefusal('unverified');
  if (claims.email_verified !== true) throw new SsoRefusal('unverified');
  const person = await personForSso(s, normalizedEmail(claims.email));
  if (person === 'unknown') throw new SsoRefusal('unknown');
  if (person === 'not_allowed') throw new SsoRefusal('not_allowed');
  await person.update({ lastLoginAt: new Date(s.now()) });
  return person;
}

/** Staff by their address; a customer's person only when their company allows single sign-on for the address's domain. */
async function personForSso(s: Services, email: string): Promise<Person | 'unknown' | 'not_allowed'> {
  const person = await s.db.models.Person.findOne({ where: { email, active: true } });
  if (!person) return 'unknown';
  if (isStaff(person)) return person;
  const domain = email.split('@')[1] ?? '';
  const [row] = await s.db.sequelize.query<{ ok: boolean }>('SELECT $2 = ANY(sso_domains) AS ok FROM companies WHERE id = $1', {
    bind: [person.companyId, domain],
    type: QueryTypes.SELECT,
  });
  return row?.ok ? person : 'not_allowed';
}
