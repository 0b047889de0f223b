// Files chosen on a page form that came back with a validation error (another field, or another
// file): the acceptable ones are kept for the person as pending uploads and offered again in the
// re-rendered form, so they need not be chosen again. Used (and removed) when the form is sent again,
// taken only by the person who chose them; anything left is removed after a day.
import { randomBytes } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { purgeNowAndThen } from '../exactly-once/claims.js';
import { attachmentLimits, checkFiles, type IncomingFile } from './attachments.js';

const KEEP_MS = 24 * 3600_000;

/** A kept file as the form offers it again. */
export interface PendingUpload {
  token: string;
  filename: string;
  size: number;
}

export const isUploadToken = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{20,40}$/.test(v);

/** The person's kept files named by `tokens` (others' and unknown ones are ignored), as files to send again. */
export async function pendingFiles(s: Services, person: Person, tokens: readonly string[]): Promise<(IncomingFile & { token: string })[]> {
  const wanted = tokens.filter(isUploadToken);
  if (!wanted.length) return [];
  const rows = await s.db.sequelize.query<{ token: string; filename: string; content_type: string; data: Buffer }>(
    'SELECT token, filename, content_type, data FROM pending_uploads WHERE person_id = :person AND token IN (:tokens) ORDER BY created_at, token',
    { type: QueryTypes.SELECT, replacements: { person: person.id, tokens: wanted } },
  );
  return rows.map((r) => ({ token: r.token, filename: r.filename, contentType: r.content_type, data: r.data }));
}

/**
 * Keeps the acceptable files of a refused form (those not kept already) and answers every file the form
 * should offer again: the kept ones it came with, then the new ones.
 */
export async function keepForRetry(
  s: Services,
  person: Person,
  kept: readonly (IncomingFile & { token: string })[],
  fresh: IncomingFile[],
): Promise<PendingUpload[]> {
  const now = s.now();
  await purgeNowAndThen('pending_uploads', 10 * 60_000, now, () =>
    s.db.sequelize.query('DELETE FROM pending_uploads WHERE created_at < :before', { replacements: { before: new Date(now - KEEP_MS) } }),
  );
  const offered: PendingUpload[] = kept.map((f) => ({ token: f.token, filename: f.filename, size: f.data.length }));
  // Each acceptable file on its own (the count is the form's to judge): a refused file is named, not kept.
  const { accepted } = await checkFiles(fresh, { ...attachmentLimits(), maxFiles: Number.MAX_SAFE_INTEGER });
  for (const f of accepted.slice(0, attachmentLimits().maxFiles)) {
    const token = randomBytes(18).toString('base64url');
    await s.db.sequelize.query(
      'INSERT INTO pending_uploads (token, person_id, filename, content_type, size, data) VALUES (:token, :person, :filename, :type, :size, :data)',
      { replacements: { token, person: person.id, filename: f.filename, type: f.contentType, size: f.data.length, data: f.data } },
    );
    offered.push({ token, filename: f.filename, size: f.data.length });
  }
  return offered;
}

/** Removes the person's kept files once the form that offered them went through. */
export async function dropPendingUploads(s: Services, person: Person, tokens: readonly string[]): Promise<void> {
  const wanted = tokens.filter(isUploadToken);
  if (wanted.length)
    await s.db.sequelize.query('DELETE FROM pending_uploads WHERE person_id = :person AND token IN (:tokens)', {
      replacements: { person: person.id, tokens: wanted },
    });
}
