// The one-click rating in the resolved mail (SPEC §9): one link per score, signed for the case and the
// contact (HMAC-SHA256 with the install's key, migration 0108), that opens a confirm page — the GET
// changes nothing; the rating is given by the page's form. A link is good only for its case, contact
// and score; the rating itself is the workflow's `rate` decision, taken once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { publicUrl } from '../../../config/env.js';
import type { Services } from '../../context.js';

const keys = new WeakMap<Services, Promise<Buffer>>();

/** The install's key for rating links (read once per process). */
function ratingKey(s: Services): Promise<Buffer> {
  let key = keys.get(s);
  if (!key) {
    key = s.db.sequelize.query<{ secret: string }>(`SELECT secret FROM signing_keys WHERE name = 'rating-links'`, { type: QueryTypes.SELECT }).then(([row]) => {
      if (!row) throw new Error('the rating-link key is missing (migration 0108)');
      return Buffer.from(row.secret, 'utf8');
    });
    key.catch(() => keys.delete(s));
    keys.set(s, key);
  }
  return key;
}

export interface RatingLink {
  caseNumber: number;
  personId: number;
  score: number;
}

const signatureOf = (key: Buffer, l: RatingLink) =>
  createHmac('sha256', key).update(`rate:${l.caseNumber}:${l.personId}:${l.score}`).digest('base64url').slice(0, 32);

/** The link's path: `/rate/<case>/<score>?p=<person>&sig=<signature>`. */
export async function ratingLinkPath(s: Services, l: RatingLink): Promise<string> {
  return `/rate/${l.caseNumber}/${l.score}?p=${l.personId}&sig=${signatureOf(await ratingKey(s), l)}`;
}

/** Whether `signature` was made for this link by this install. */
export async function isSignedRatingLink(s: Services, l: RatingLink, signature: string): Promise<boolean> {
  const expected = Buffer.from(signatureOf(await ratingKey(s), l));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Templates whose mail to the case's contact carries the rating links. */
const RATED_TEMPLATES = new Set(['case_resolved', 'case_delivered']);

/**
 * The rating links an outgoing mail carries, as a parameter of its text (`rateLinks`, one line per
 * score): only the answer's mail to the case's own contact (followers get the mail without them).
 */
export async function ratingParams(
  s: Services,
  row: { template: string; person_id?: number | null; case_number: number | null; params: Record<string, unknown> },
): Promise<Record<string, string>> {
  if (!RATED_TEMPLATES.has(row.template) || row.case_number === null || !row.person_id || row.params.contactId !== row.person_id) return {};
  const base = publicUrl(s.env);
  const lines: string[] = [];
  for (let score = 5; score >= 1; score--) {
    lines.push(
      `${'★'.repeat(score)}${'☆'.repeat(5 - score)}  ${base}${await ratingLinkPath(s, { caseNumber: row.case_number, personId: row.person_id, score })}`,
    );
  }
  return { rateLinks: lines.join('\n') };
}
