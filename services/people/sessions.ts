// A person's signed-in sessions (page sessions in PostgreSQL, web/middleware/session.ts) as they see
// them: the device (from the browser's user agent), the address, when they signed in and were last
// seen. Each is named by a hash of its id, never the id itself (that is the cookie's secret). A
// person ends any of theirs; a desk manager ends all of a person's, API tokens included (audited).
import { QueryTypes, type Transaction } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { notFound } from '../errors.js';
import { recordAudit } from '../audit/record.js';
import { isStaff } from './people.js';
import { personForManager } from './second-factor/reset.js';

export interface SessionInfo {
  /** A stable handle: the first 24 hex digits of the SHA-256 of the session id. */
  handle: string;
  userAgent: string | null;
  address: string | null;
  signedInAt: Date | null;
  lastSeenAt: Date | null;
  method: string | null;
  current: boolean;
}

interface SessionRow {
  handle: string;
  sess: { userAgent?: string; address?: string; signedInAt?: number; lastSeenAt?: number; signInMethod?: string };
}

const handleOf = `substr(encode(sha256(convert_to(sid, 'UTF8')), 'hex'), 1, 24)`;

/** The person's live sessions, the one last seen first; `currentSid` marks the one asking. */
export async function listSessions(s: Services, personId: number, currentSid?: string): Promise<SessionInfo[]> {
  const rows = await s.db.sequelize.query<SessionRow & { current: boolean }>(
    `SELECT ${handleOf} AS handle, sess, sid = $3 AS current FROM sessions
      WHERE (sess ->> 'personId') = $1 AND expire > $2 ORDER BY (sess ->> 'lastSeenAt') DESC NULLS LAST LIMIT 200`,
    { bind: [String(personId), new Date(s.now()), currentSid ?? ''], type: QueryTypes.SELECT },
  );
  const at = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : null);
  return rows.map((r) => ({
    handle: r.handle,
    userAgent: r.sess.userAgent ?? null,
    address: r.sess.address ?? null,
    signedInAt: at(r.sess.signedInAt),
    lastSeenAt: at(r.sess.lastSeenAt),
    method: r.sess.signInMethod ?? null,
    current: r.current,
  }));
}

/** Ends one of the person's sessions by its handle; another's (or a gone one) is not found. */
export async function endSession(s: Services, personId: number, handle: string): Promise<void> {
  if (!/^[0-9a-f]{24}$/.test(handle)) throw notFound();
  const gone = await s.db.sequelize.query<{ sid: string }>(`DELETE FROM sessions WHERE (sess ->> 'personId') = $1 AND ${handleOf} = $2 RETURNING sid`, {
    bind: [String(personId), handle],
    type: QueryTypes.SELECT,
  });
  if (gone.length === 0) throw notFound();
}

/** Ends every session of the person, but the one with id `keepSid` if given. */
export async function endSessions(s: Pick<Services, 'db'>, personId: number, opts: { keepSid?: string; transaction?: Transaction } = {}): Promise<number> {
  const gone = await s.db.sequelize.query<{ sid: string }>(`DELETE FROM sessions WHERE (sess ->> 'personId') = $1 AND sid <> $2 RETURNING sid`, {
    bind: [String(personId), opts.keepSid ?? ''],
    type: QueryTypes.SELECT,
    transaction: opts.transaction,
  });
  return gone.length;
}

/** A desk manager signs a person out everywhere: every session ends and every API token expires. Audited. */
export async function signOutEverywhere(s: Services, by: Person, personId: number): Promise<{ person: Person; sessions: number; tokens: number }> {
  const person = await personForManager(s, by, personId);
  return s.db.sequelize.transaction(async (transaction) => {
    const sessions = await endSessions(s, person.id, { transaction });
    const [, tokens] = (await s.db.sequelize.query(`UPDATE person_tokens SET expires_at = $2 WHERE person_id = $1 AND purpose = 'api' AND expires_at > $2`, {
      bind: [person.id, new Date(s.now())],
      transaction,
      type: QueryTypes.UPDATE,
    })) as unknown as [unknown, number];
    await recordAudit(
      s,
      {
        actor: by,
        entity: isStaff(person) ? 'staff' : 'person',
        entityId: person.id,
        action: 'signed_out_everywhere',
        before: null,
        after: { sessions, tokens },
      },
      transaction,
    );
    return { person, sessions, tokens };
  });
}
