// Every received mail is stored raw before anything else happens, so nothing is lost when processing
// fails or the process dies. A mail is known by its Message-ID (or, without one, by a hash of the raw
// message): the same mail arriving twice — a resend after a lost reply, or by SMTP and IMAP alike — is
// stored once and processed once.
import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';

export type MailSource = 'smtp' | 'imap' | 'http';

export interface StoredMail {
  id: number;
  /** True when this mail was already stored (it is not processed again). */
  duplicate: boolean;
}

/** The Message-ID header of a raw message, read from its header block only. */
export function rawMessageId(raw: Buffer): string | null {
  const text = raw.subarray(0, Math.min(raw.length, 256 * 1024)).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*(<[^<>\s]{1,900}>)/im.exec(head);
  return m ? m[1] : null;
}

/** How a mail is known: its Message-ID, or a hash of the whole raw message when it has none. */
export function messageKey(raw: Buffer): { key: string; messageId: string | null } {
  const messageId = rawMessageId(raw);
  return { key: messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`, messageId };
}

export async function storeInboundMail(s: Services, raw: Buffer, source: MailSource, envelopeFrom: string | null): Promise<StoredMail> {
  const { key, messageId } = messageKey(raw);
  const rows = await s.db.sequelize.query<{ id: number }>(
    `INSERT INTO inbound_mails (message_key, message_id, source, envelope_from, raw, size)
     VALUES (:key, :messageId, :source, :envelopeFrom, :raw, :size)
     ON CONFLICT (message_key) DO NOTHING RETURNING id::int AS id`,
    { type: QueryTypes.SELECT, replacements: { key, messageId, source, envelopeFrom, raw, size: raw.length } },
  );
  if (rows.length) return { id: rows[0].id, duplicate: false };
  const [existing] = await s.db.sequelize.query<{ id: number }>('SELECT id::int AS id FROM inbound_mails WHERE message_key = :key', {
    type: QueryTypes.SELECT,
    replacements: { key },
  });
  return { id: existing.id, duplicate: true };
}

/** Mails stored but not yet processed whose claim (if any) has lapsed: the sweeper's work after a crash. */
export async function pendingInboundMails(s: Services, limit = 200): Promise<number[]> {
  const rows = await s.db.sequelize.query<{ id: number }>(
    `SELECT id::int AS id FROM inbound_mails WHERE processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now()) ORDER BY id LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements: { limit } },
  );
  return rows.map((r) => r.id);
}
