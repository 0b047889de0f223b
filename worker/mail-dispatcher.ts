// Sends queued notifications (the outbox) by SMTP (SMTP_URL), in each recipient's language, with a
// stable Message-ID and the headers that thread them with their case (services/mail/outbound.ts).
// Each mail is claimed with a lease and marked sent on its own, so a crash resends at most the one
// mail that was in flight — with the same Message-ID. Several dispatchers may run at once: a claim
// carries a token, and each mail's lease is renewed under that token just before it is sent (unless it
// was claimed moments ago: worker/mail-lease.ts), so a mail whose lease lapsed while an earlier one was
// slow to send (and which another dispatcher took) is left to that dispatcher instead of being sent
// twice. An invoice mail carries the invoice's PDF and XML.
// Without SMTP_URL the mails go to the demo catch-all mailbox (/dev/mail) when demo data is on, and
// are written to the log otherwise, so nothing is lost in development.
// Given a database URL to listen on, it is woken when mail is queued (worker/mail-wake.ts: LISTEN on
// the outbox's trigger, db/migrations/0145-mail-queued-notify.ts) and polls only slowly as a fallback
// (retries that fall due, lapsed leases, a notification missed); without, or while the listening
// connection is lost, it polls every `intervalMs`.
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { QueryTypes } from 'sequelize';
import type { Services } from '../services/context.js';
import { initI18n } from '../i18n/index.js';
import { composeMail, type OutboundMail, type OutboxRow } from '../services/mail/outbound.js';
import { KEEP_DEV_MAIL } from '../services/mail/dev-mailbox.js';
import { outboxAttachments } from '../services/billing/invoices/mail.js';
import { ratingParams } from '../services/cases/satisfaction/rating-links.js';
import { listenForMail, type MailWake } from './mail-wake.js';
import { claimStillFresh } from './mail-lease.js';

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** How often a dispatcher that is woken by notifications still looks (retries, lapsed leases, a missed notification). */
export const FALLBACK_POLL_MS = 30_000;
/** A wake-up waits this long, so mails queued together (a busy desk) go in one round instead of one round each. */
const WAKE_DELAY_MS = 150;

export interface MailDispatcherOptions {
  /** Poll interval without notifications (default 2 s). */
  intervalMs?: number;
  /** LISTEN for queued mail on this database (the mail process: DATABASE_URL); then poll every `fallbackMs`. */
  listen?: string;
  fallbackMs?: number;
}

export interface MailDispatcher {
  /** Sends what is due now; returns how many mails were sent. */
  runOnce(): Promise<number>;
  /** true while it is woken by notifications (a LISTEN is in place) */
  listening(): boolean;
  stop(): Promise<void>;
}

type Mode = 'smtp' | 'dev-mailbox' | 'log';

function transportFor(s: Services): { transport: Transporter; mode: Mode } {
  // Pooled: one connection carries many mails instead of one handshake per mail.
  if (s.env.SMTP_URL) return { transport: nodemailer.createTransport({ url: s.env.SMTP_URL, pool: true, maxConnections: 2 }), mode: 'smtp' };
  if (s.env.DEMO_DATA) return { transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }), mode: 'dev-mailbox' };
  return { transport: nodemailer.createTransport({ jsonTransport: true }), mode: 'log' };
}

/** Claims up to `batch` due mails for this dispatcher (a lease: another may take them once it lapses). */
async function claim(s: Services, batch: number, token: string): Promise<OutboxRow[]> {
  const rows = await s.db.sequelize.query<OutboxRow>(
    `WITH picked AS (
       SELECT id FROM notifications
       WHERE sent_at IS NULL AND attempts < :max AND created_at <= now() - (attempts * attempts) * interval '30 seconds'
         AND (claimed_until IS NULL OR claimed_until < now())
       ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
     UPDATE notifications n SET claimed_until = now() + make_interval(secs => :lease), claim_token = :token FROM picked WHERE n.id = picked.id
     RETURNING n.id::int AS id, n.dedupe_key, n.email, n.person_id, n.locale, n.template, n.params, n.case_number,
       (SELECT m.message_id FROM inbound_mails m WHERE m.case_number = n.case_number AND m.outcome = 'case_created' ORDER BY m.id LIMIT 1) AS origin_message_id`,
    { type: QueryTypes.SELECT, replacements: { max: MAX_ATTEMPTS, batch, lease: s.env.MAIL_LEASE_SECONDS, token } },
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Renews the lease of a claimed mail just before sending it; false when it is no longer ours (or sent). */
async function stillOurs(s: Services, id: number, token: string): Promise<boolean> {
  const rows = await s.db.sequelize.query(
    `UPDATE notifications SET claimed_until = now() + make_interval(secs => :lease)
      WHERE id = :id AND claim_token = :token AND sent_at IS NULL RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { id, token, lease: s.env.MAIL_LEASE_SECONDS } },
  );
  return rows.length > 0;
}

export function startMailDispatcher(s: Services, opts: MailDispatcherOptions = {}): MailDispatcher {
  const { transport, mode } = transportFor(s);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;
  /** woken while a round was running: go again as soon as it ends */
  let again = false;
  /** the timer is a wake-up's (due within WAKE_DELAY_MS) */
  let soon = false;

  /**
   * Marks a mail the SMTP server has taken as sent — in one statement with its copy in the catch-all
   * mailbox, so a crash can neither lose nor double it there — retrying while PostgreSQL is away (killed,
   * a connection cut): releasing it as unsent would send it a second time. The retries end well within
   * the mail's lease, so no other dispatcher takes it meanwhile.
   */
  async function markSent(row: OutboxRow, mail: OutboundMail, raw: Buffer): Promise<void> {
    const until = Date.now() + (s.env.MAIL_LEASE_SECONDS * 1000) / 2;
    const keep = mode === 'dev-mailbox';
    const sql = `${keep ? `WITH ${KEEP_DEV_MAIL} ` : ''}UPDATE notifications
      SET sent_at = now(), attempts = attempts + 1, message_id = :messageId, claimed_until = NULL WHERE id = :id`;
    const replacements = { id: row.id, messageId: mail.messageId, ...(keep ? { recipient: row.email, subject: mail.subject, raw } : {}) };
    for (let attempt = 1; ; attempt++) {
      try {
        await s.db.sequelize.query(sql, { replacements });
        return;
      } catch (err) {
        if (Date.now() >= until) throw err;
        s.log.warn({ err, id: row.id, attempt }, 'a sent mail could not be marked sent yet; trying again');
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 100 * attempt)));
      }
    }
  }

  async function sendOne(row: OutboxRow, token: string, claimedAt: number): Promise<boolean> {
    let sent = false;
    try {
      // A resolved case's mail to its contact carries the one-click rating links (signed for them).
      const mail = composeMail(s, { ...row, params: { ...row.params, ...(await ratingParams(s, row)) } });
      const attachments = await outboxAttachments(s, row);
      if (typeof row.params.replyTo === 'string') mail.headers['Reply-To'] = row.params.replyTo;
      // Renewed and checked unless claimed moments ago (worker/mail-lease.ts): one statement less per mail.
      if (!claimStillFresh(claimedAt, performance.now(), s.env.MAIL_LEASE_SECONDS) && !(await stillOurs(s, row.id, token))) return false;
      // While it is being sent the lease is kept renewed, so no other dispatcher takes a slow send for a lost one.
      const lease = setInterval(() => void stillOurs(s, row.id, token).catch(() => {}), Math.max(250, (s.env.MAIL_LEASE_SECONDS * 1000) / 3));
      const info = await transport
        .sendMail({
          from: s.env.MAIL_FROM,
          to: row.email,
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
          inReplyTo: mail.inReplyTo,
          references: mail.references,
          headers: mail.headers,
          attachments,
        })
        .finally(() => clearInterval(lease));
      sent = true;
      if (mode === 'log') s.log.info({ to: row.email, subject: mail.subject, messageId: mail.messageId }, 'mail (no SMTP_URL set: logged, not sent)');
      await markSent(row, mail, info.message as Buffer);
      return true;
    } catch (err) {
      // Sent, but not marked (PostgreSQL away for longer than the retries): the mail stays claimed, not
      // released as unsent, and goes again only when its lease lapses.
      if (sent) {
        s.log.error({ err, id: row.id }, 'a sent mail could not be marked sent; it goes again when its lease lapses');
        return false;
      }
      s.log.warn({ err, id: row.id }, 'mail could not be sent; will retry');
      await s.db.sequelize.query('UPDATE notifications SET attempts = attempts + 1, last_error = :error, claimed_until = NULL WHERE id = :id', {
        replacements: { id: row.id, error: String((err as Error).message).slice(0, 500) },
      });
      return false;
    }
  }

  async function runOnce(): Promise<number> {
    await initI18n();
    const token = randomUUID();
    const claimedAt = performance.now();
    const rows = await claim(s, BATCH, token);
    let sent = 0;
    for (const [i, row] of rows.entries()) {
      if (stopped) {
        // Hand the rest back at once instead of letting their lease lapse.
        const rest = rows.slice(i).map((r) => r.id);
        await s.db.sequelize.query('UPDATE notifications SET claimed_until = NULL WHERE id IN (:rest) AND sent_at IS NULL', { replacements: { rest } });
        break;
      }
      if (await sendOne(row, token, claimedAt)) sent++;
    }
    return sent;
  }

  const pollMs = () => (wake?.listening() ? (opts.fallbackMs ?? FALLBACK_POLL_MS) : (opts.intervalMs ?? 2000));
  const tick = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = null;
    again = soon = false;
    let sent = 0;
    running = runOnce()
      .then((n) => (sent = n))
      .catch((err) => {
        s.log.warn({ err }, 'mail dispatch failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (stopped) return;
        // A full batch means more may be due: go on at once; a wake-up during the round may be for a mail it missed.
        soon = again && sent < BATCH;
        timer = setTimeout(tick, sent >= BATCH ? 0 : again ? WAKE_DELAY_MS : pollMs());
      });
  };
  /** Mail was queued: send it shortly (or shortly after the round that is running). */
  const wakeUp = () => {
    if (stopped || soon) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    soon = true;
    timer = setTimeout(tick, WAKE_DELAY_MS);
  };
  const wake: MailWake | null = opts.listen
    ? listenForMail({
        url: opts.listen,
        onWake: wakeUp,
        onLost: wakeUp, // the next round's timer is then the quick poll, until the LISTEN is back
        warn: (err) => s.log.warn({ err }, 'mail dispatcher: listening for queued mail failed; polling meanwhile'),
      })
    : null;
  timer = setTimeout(tick, 500);

  return {
    runOnce,
    listening: () => wake?.listening() ?? false,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await wake?.stop();
      await running;
      transport.close();
    },
  };
}
