// What the everyday tools (issue 20, docs/everyday-tools.md) keep about a customer person, for the export
// and the erasure of their data: the ratings they gave (score and comment, kept in the case's view), the
// files kept for them after a refused form (pending uploads, at most a day), and their phone number (the
// phone intake's lookup). The cases they follow: services/privacy/unfollow.ts.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../context.js';

export interface RatingGiven {
  case: number;
  score: number;
  comment: string | null;
  at: string;
}

export interface PendingUploadOf {
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
  createdAt: Date;
}

/** The ratings person `id` gave, oldest first. */
export async function ratingsGiven(s: Services, id: number): Promise<RatingGiven[]> {
  const rows = await s.db.sequelize.query<{ case: number; score: number; comment: string | null; at: string }>(
    `SELECT number AS "case", CAST(view #>> '{rating,score}' AS int) AS score, view #>> '{rating,comment}' AS comment, view #>> '{rating,at}' AS at
       FROM cases WHERE jsonb_typeof(view -> 'rating') = 'object' AND view #>> '{rating,by,id}' = :id ORDER BY CAST(view #>> '{rating,at}' AS bigint), number`,
    { type: QueryTypes.SELECT, replacements: { id: String(id) } },
  );
  return rows.map((r) => ({ ...r, at: new Date(Number(r.at)).toISOString() }));
}

/** The files kept for person `id` after a refused form (not yet sent again). */
export function pendingUploadsOf(s: Services, id: number): Promise<PendingUploadOf[]> {
  return s.db.sequelize.query<PendingUploadOf>(
    `SELECT filename, content_type AS "contentType", size, data, created_at AS "createdAt" FROM pending_uploads WHERE person_id = :id ORDER BY created_at, token`,
    { type: QueryTypes.SELECT, replacements: { id } },
  );
}

/**
 * In the erasure's transaction: the comments of their ratings leave the cases' views and the desk's mails
 * about them (the score stays, a figure of the desk's like a billing line's minutes; their name goes with
 * every other mention), the
 * files kept for them are deleted and their phone number is forgotten. Answers how many of each.
 */
export async function removeEverydayTraces(s: Services, id: number, t: Transaction): Promise<{ ratingComments: number; pendingUploads: number }> {
  const run = async (sql: string) => {
    const [, result] = await s.db.sequelize.query(sql, { replacements: { id, pid: String(id) }, transaction: t });
    return (result as { rowCount?: number })?.rowCount ?? 0;
  };
  // The desk's mail about the rating (one per case: a case is rated once) loses the comment too.
  await run(
    `UPDATE notifications SET params = jsonb_set(params, '{comment}', '""'::jsonb)
      WHERE template = 'case_rated' AND params ? 'comment'
        AND case_number IN (SELECT number FROM cases WHERE jsonb_typeof(view -> 'rating') = 'object' AND view #>> '{rating,by,id}' = :pid)`,
  );
  const ratingComments = await run(
    `UPDATE cases SET view = jsonb_set(view, '{rating,comment}', 'null'::jsonb)
      WHERE jsonb_typeof(view -> 'rating') = 'object' AND view #>> '{rating,by,id}' = :pid AND view #>> '{rating,comment}' IS NOT NULL`,
  );
  const pendingUploads = await run('DELETE FROM pending_uploads WHERE person_id = :id');
  await run('UPDATE people SET phone = NULL WHERE id = :id');
  return { ratingComments, pendingUploads };
}
