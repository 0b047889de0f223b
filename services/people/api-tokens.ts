// Bearer tokens of the JSON API. A token is a random secret shown once; only its SHA-256 hash is
// stored. Each expires (API_TOKEN_HOURS), and its owner — or a desk manager — can list and revoke it;
// a revoked or expired token is refused like an unknown one.
import { createHash, randomBytes } from 'node:crypto';
import { Op } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { PersonToken } from '../../db/models/person-token.js';
import type { Services } from '../context.js';
import { notFound } from '../errors.js';

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');
const LOOKS_LIKE_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
/** `last used` is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface IssuedToken {
  id: number;
  token: string;
  expiresAt: Date;
}

export interface ApiTokenInfo {
  id: number;
  label: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  /** The program or browser that asked for it, and from which address. */
  userAgent: string | null;
  address: string | null;
  owner: { id: number; name: string; email: string };
}

/** Where a token was asked for (shown to its owner beside the token). */
export interface TokenClient {
  userAgent?: string;
  address?: string;
}

export async function issueApiToken(s: Services, person: Person, label: string | null = null, client: TokenClient = {}): Promise<IssuedToken> {
  const token = newSecret();
  const expiresAt = new Date(s.now() + s.env.API_TOKEN_HOURS * 3600_000);
  const row = await s.db.models.PersonToken.create({
    personId: person.id,
    purpose: 'api',
    tokenHash: sha256(token),
    expiresAt,
    usedAt: null,
    label,
    userAgent: client.userAgent?.slice(0, 300) || null,
    address: client.address || null,
  });
  return { id: row.id, token, expiresAt };
}

const live = (s: Services) => ({ purpose: 'api', revokedAt: null, expiresAt: { [Op.gt]: new Date(s.now()) } });

/** The active person a valid (known, unexpired, unrevoked) token belongs to, or null. */
export async function personForApiToken(s: Services, token: string): Promise<Person | null> {
  if (!LOOKS_LIKE_TOKEN.test(token)) return null;
  // One statement per request: the token, its person, and "last used" touched at most once a minute.
  const now = new Date(s.now());
  const [person] = await s.db.sequelize.query<Person>(
    `WITH t AS (
       SELECT id, person_id, last_used_at FROM person_tokens
       WHERE token_hash = $1 AND purpose = 'api' AND revoked_at IS NULL AND expires_at > $2
     ), touched AS (
       UPDATE person_tokens SET last_used_at = $2 FROM t
       WHERE person_tokens.id = t.id AND (t.last_used_at IS NULL OR t.last_used_at < $3)
       RETURNING person_tokens.id
     )
     SELECT p.* FROM t JOIN people p ON p.id = t.person_id WHERE p.active`,
    { bind: [sha256(token), now, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)], model: s.db.models.Person, mapToModel: true },
  );
  return person ?? null;
}

function info(row: PersonToken, owner: Person): ApiTokenInfo {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    userAgent: row.userAgent,
    address: row.address,
    owner: { id: owner.id, name: owner.fullName, email: owner.email },
  };
}

/**
 * The live tokens `viewer` may see: their own, or — for a desk manager asking for `everyone` — every
 * person's. Newest first.
 */
export async function listApiTokens(s: Services, viewer: Person, everyone = false): Promise<ApiTokenInfo[]> {
  const all = everyone && viewer.role === 'manager';
  const rows = await s.db.models.PersonToken.findAll({ where: { ...live(s), ...(all ? {} : { personId: viewer.id }) }, order: [['id', 'DESC']], limit: 500 });
  const owners = new Map<number, Person>([[viewer.id, viewer]]);
  const others = [...new Set(rows.map((r) => r.personId))].filter((id) => !owners.has(id));
  if (others.length) for (const p of await s.db.models.Person.findAll({ where: { id: others } })) owners.set(p.id, p);
  return rows.filter((r) => owners.has(r.personId)).map((r) => info(r, owners.get(r.personId)!));
}

/** Revokes a token of `viewer`'s own (any person's for a desk manager). Another's token is "not found". */
export async function revokeApiToken(s: Services, viewer: Person, id: number): Promise<void> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) throw notFound();
  const row = await s.db.models.PersonToken.findOne({ where: { id, purpose: 'api', ...(viewer.role === 'manager' ? {} : { personId: viewer.id }) } });
  if (!row) throw notFound();
  if (!row.revokedAt) await row.update({ revokedAt: new Date(s.now()) });
}
