// The demo catch-all mailbox: with demo data on and no SMTP_URL, every outbound mail is kept here so
// staff can read it at /dev/mail, and answer it as its recipient — the answer goes into the desk's own
// SMTP listener, so the whole mail loop can be tried in a browser without a mail server.
import nodemailer from 'nodemailer';
import { QueryTypes } from 'sequelize';
import { simpleParser } from 'mailparser';
import { deskAddress } from '../../config/env.js';
import type { Services } from '../context.js';
import { notFound } from '../errors.js';
import { acceptMail } from './intake.js';
import { decodeHeaderWords } from './encoded-words.js';

export interface DevMailSummary {
  id: number;
  recipient: string;
  subject: string;
  createdAt: Date;
}

export interface DevMail extends DevMailSummary {
  messageId: string;
  text: string;
  headers: { name: string; value: string }[];
  raw: string;
}

/** Whether the catch-all mailbox is in use: demo mode without an SMTP relay. */
export const devMailboxOn = (s: Services) => s.env.DEMO_DATA && !s.env.SMTP_URL;

/**
 * A caught mail kept in the catch-all mailbox, as a data-modifying WITH item (`kept`) of the statement that
 * marks the mail sent (worker/mail-dispatcher.ts): one statement, so a crash can neither lose nor double it.
 * Replacements: :messageId, :recipient, :subject, :raw.
 */
export const KEEP_DEV_MAIL = 'kept AS (INSERT INTO dev_mails (message_id, recipient, subject, raw) VALUES (:messageId, :recipient, :subject, :raw))';

export async function listDevMails(s: Services, limit = 200): Promise<DevMailSummary[]> {
  const rows = await s.db.sequelize.query<DevMailSummary>(
    'SELECT id::int AS id, recipient, subject, created_at AS "createdAt" FROM dev_mails ORDER BY id DESC LIMIT :limit',
    { type: QueryTypes.SELECT, replacements: { limit } },
  );
  // Kept as the header carries it; shown as written.
  return rows.map((r) => ({ ...r, subject: decodeHeaderWords(r.subject) }));
}

export async function devMail(s: Services, id: number): Promise<DevMail> {
  const [row] = await s.db.sequelize.query<DevMailSummary & { messageId: string; raw: Buffer }>(
    'SELECT id::int AS id, recipient, subject, created_at AS "createdAt", message_id AS "messageId", raw FROM dev_mails WHERE id = :id',
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  if (!row) throw notFound();
  const parsed = await simpleParser(row.raw);
  const shown = ['from', 'to', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'auto-submitted'];
  const headers = parsed.headerLines
    .filter((h) => shown.includes(h.key))
    .map((h) => ({ name: h.line.slice(0, h.line.indexOf(':')), value: decodeHeaderWords(h.line.slice(h.line.indexOf(':') + 1).trim()) }));
  return { ...row, subject: decodeHeaderWords(row.subject), text: parsed.text ?? '', headers, raw: row.raw.toString('utf8') };
}

/** Answers a caught mail as its recipient, through the SMTP listener (or straight in when it is off). */
export async function replyAsRecipient(s: Services, id: number, input: { subject: string; text: string }): Promise<void> {
  const original = await devMail(s, id);
  const mail = {
    from: original.recipient,
    to: deskAddress(s.env),
    subject: input.subject || `Re: ${original.subject}`,
    text: input.text,
    inReplyTo: original.messageId,
    references: [original.messageId],
  };
  if (s.env.MAIL_SMTP_PORT === 0) {
    const raw = await new Promise<Buffer>((resolve, reject) =>
      nodemailer
        .createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
        .sendMail(mail, (err, info) => (err ? reject(err) : resolve(info.message as Buffer))),
    );
    await acceptMail(s, raw, 'http');
    return;
  }
  const [user, ...pass] = (s.env.MAIL_SMTP_AUTH ?? '').split(':');
  const host = s.env.MAIL_SMTP_HOST === '0.0.0.0' || s.env.MAIL_SMTP_HOST === '::' ? '127.0.0.1' : s.env.MAIL_SMTP_HOST;
  const smtp = nodemailer.createTransport({
    host,
    port: s.env.MAIL_SMTP_PORT,
    secure: false,
    ignoreTLS: !s.env.MAIL_SMTP_TLS_CERT,
    tls: { rejectUnauthorized: false },
    ...(user ? { auth: { user, pass: pass.join(':') } } : {}),
  });
  try {
    await smtp.sendMail(mail);
  } finally {
    smtp.close();
  }
}
