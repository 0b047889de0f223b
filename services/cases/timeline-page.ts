// The case timeline a page at a time (issue 24): a case with ten thousand entries is read, sent and shown
// a hundred entries at a time, newest first, with a cursor to the entries before them. The timeline is
// two sources in one order — process events (case_events) and messages and notes (case_messages) — by
// instant, an event before a message at the same instant, then by sequence number or id. Each source is
// read backwards from the cursor in its own index order (migration 0071), `limit + 1` rows, and the
// two are merged: the newest `limit` entries of both, and whether there are more.
import { invalid } from '../errors.js';

/** Where a page ends: the oldest entry on it. Opaque to clients (base64url JSON). */
export interface TimelineCursor {
  /** The entry's instant as PostgreSQL wrote it (microseconds kept). */
  at: string;
  /** 0 for an event, 1 for a message. */
  rank: 0 | 1;
  /** The event's sequence number or the message's id. */
  ref: number;
}

export const TIMELINE_PAGE = { default: 100, max: 500 } as const;

export interface TimelinePageRequest {
  limit: number;
  before: TimelineCursor | null;
}

export const NEWEST: TimelinePageRequest = { limit: TIMELINE_PAGE.default, before: null };

export function encodeCursor(c: TimelineCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.rank, c.ref])).toString('base64url');
}

function decodeCursor(raw: string): TimelineCursor | null {
  try {
    const [at, rank, ref] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || !/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d(:\d\d)?)$/.test(at) || Number.isNaN(Date.parse(at))) return null;
    if ((rank !== 0 && rank !== 1) || !Number.isSafeInteger(ref) || (ref as number) < 0) return null;
    return { at, rank, ref: ref as number };
  } catch {
    return null;
  }
}

/** The page a client asked for (`limit`, `before`); a bad value is refused naming the parameter. */
export function parseTimelinePage(query: { limit?: unknown; before?: unknown }): TimelinePageRequest {
  const errors: Record<string, string> = {};
  let limit: number = TIMELINE_PAGE.default;
  if (query.limit !== undefined) {
    limit = typeof query.limit === 'string' && /^\d{1,4}$/.test(query.limit) ? Number(query.limit) : NaN;
    if (!(limit >= 1 && limit <= TIMELINE_PAGE.max)) errors.limit = 'timeline_limit';
  }
  let before: TimelineCursor | null = null;
  if (query.before !== undefined && query.before !== '') {
    before = typeof query.before === 'string' && query.before.length <= 200 ? decodeCursor(query.before) : null;
    if (!before) errors.before = 'timeline_cursor';
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return { limit, before };
}

/** Timeline kinds a price approver sees: their quotes and training offers (and the order offers). */
export const APPROVER_KINDS = [
  'received',
  'quote',
  'release-quote',
  'accept-quote',
  'reject-quote',
  'quote_reminder',
  'quote_expiry',
  'offer-training',
  'accept-training',
  'decline-training',
  'training_lapse',
  'offer',
  'accept-offer',
  'reject-offer',
  'offer_reminder',
  'offer_expiry',
];

/** Who reads: staff see internal entries, a price approver only the kinds above and no messages. */
export interface TimelineReader {
  staff: boolean;
  approver: boolean;
}

/** SQL parts (with :number, :staff, :approver, :approverKinds, :limit, :beforeAt, :beforeRank, :beforeRef). */
const EVENT_SEEN = `e.case_number = :number AND (:staff OR e.visibility = 'customer') AND (NOT :approver OR e.kind IN (:approverKinds))`;
const MESSAGE_SEEN = `m.case_number = :number AND NOT :approver AND (:staff OR NOT m.internal)`;
const EVENT_BEFORE = `(CAST(:beforeAt AS timestamptz) IS NULL OR e.occurred_at < CAST(:beforeAt AS timestamptz)
  OR (e.occurred_at = CAST(:beforeAt AS timestamptz) AND (:beforeRank > 0 OR e.seq < :beforeRef)))`;
const MESSAGE_BEFORE = `(CAST(:beforeAt AS timestamptz) IS NULL OR m.created_at < CAST(:beforeAt AS timestamptz)
  OR (m.created_at = CAST(:beforeAt AS timestamptz) AND :beforeRank = 1 AND m.id < :beforeRef))`;
const micros = (col: string) => `(extract(epoch FROM ${col}) * 1000000)::bigint`;

/** JSON fields of the page's events, messages and the totals, for a json_build_object. */
export const TIMELINE_PAGE_SQL = `
  'events', COALESCE((SELECT json_agg(x) FROM (
      SELECT e.seq, e.occurred_at AS at, ${micros('e.occurred_at')} AS us, e.kind, e.actor_id AS "actorId", e.actor_name AS "actorName",
             e.actor_role AS "actorRole", e.text, e.visibility = 'internal' AS internal, e.data
      FROM case_events e WHERE ${EVENT_SEEN} AND ${EVENT_BEFORE}
      ORDER BY e.occurred_at DESC, e.seq DESC LIMIT :limit + 1) x), '[]'),
  'messages', COALESCE((SELECT json_agg(x) FROM (
      SELECT m.id, m.created_at AS at, ${micros('m.created_at')} AS us, m.author_id AS "authorId",
             NULLIF(trim(a.first_name || ' ' || a.last_name), '') AS "authorName", a.role AS "authorRole", m.body, m.internal
      FROM case_messages m LEFT JOIN people a ON a.id = m.author_id WHERE ${MESSAGE_SEEN} AND ${MESSAGE_BEFORE}
      ORDER BY m.created_at DESC, m.id DESC LIMIT :limit + 1) x), '[]'),
  'timelineTotal', (SELECT count(*) FROM case_events e WHERE ${EVENT_SEEN}) + (SELECT count(*) FROM case_messages m WHERE ${MESSAGE_SEEN})`;

/** The replacements the SQL parts need. */
export function timelinePageReplacements(number: number, reader: TimelineReader, page: TimelinePageRequest) {
  return {
    number,
    staff: reader.staff,
    approver: reader.approver,
    approverKinds: APPROVER_KINDS,
    limit: page.limit,
    beforeAt: page.before?.at ?? null,
    beforeRank: page.before?.rank ?? 0,
    beforeRef: page.before?.ref ?? 0,
  };
}

interface Sorted {
  at: string;
  us: number | string;
  rank: 0 | 1;
  ref: number;
}

/**
 * Merges the newest rows of both sources into the page: the newest `limit` entries, oldest first, and
 * the cursor to the entries before them (null when there are none).
 */
export function mergePage<E, M>(
  events: (E & { seq: number; at: string; us: number | string })[],
  messages: (M & { id: number | string; at: string; us: number | string })[],
  limit: number,
): { entries: ({ source: 'event'; row: E & { seq: number } } | { source: 'message'; row: M & { id: number | string } })[]; next: string | null } {
  type Entry = Sorted & ({ source: 'event'; row: (typeof events)[number] } | { source: 'message'; row: (typeof messages)[number] });
  const all: Entry[] = [
    ...events.map((row): Entry => ({ at: row.at, us: row.us, rank: 0, ref: row.seq, source: 'event', row })),
    ...messages.map((row): Entry => ({ at: row.at, us: row.us, rank: 1, ref: Number(row.id), source: 'message', row })),
  ];
  all.sort((a, b) => Number(b.us) - Number(a.us) || b.rank - a.rank || b.ref - a.ref);
  const page = all.slice(0, limit);
  const oldest = page.at(-1);
  const next = all.length > limit && oldest ? encodeCursor({ at: oldest.at, rank: oldest.rank, ref: oldest.ref }) : null;
  return { entries: page.reverse().map((e) => (e.source === 'event' ? { source: 'event', row: e.row } : { source: 'message', row: e.row })), next };
}
