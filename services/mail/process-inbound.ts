// Processes one stored mail exactly once: claims it with a lease, reads it, decides what it is — a new
// case, a reply on a case, or a rejection — does that, and records the outcome. Shared by the SMTP
// listener, the IMAP poller and POST /api/v1/inbound-mail; the sweeper retries what a crash left.
import { QueryTypes, type Transaction } from 'sequelize';
import { deskAddresses } from '../../config/env.js';
import { automaticReason, titleFromSubject } from '../../domain/mail-rules.js';
import { isLocale, translator } from '../../i18n/index.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { isStaff } from '../people/people.js';
import { parseMail, type ParsedInbound } from './parse.js';
import { replyText } from './reply-text.js';
import { referencedCase } from './thread.js';
import { selectFiles } from './inbound-files.js';
import { openMailCase, replyableCase, signalReply, storeReplyFiles } from './inbound-case.js';
import { recordRejection, type RejectReason } from './reject.js';
import { followersFromCc } from './cc-followers.js';

export type InboundOutcome =
  | { outcome: 'case_created' | 'reply_added'; caseNumber: number }
  | { outcome: 'rejected'; reason: RejectReason; caseNumber: null }
  /** Not processed yet: claimed elsewhere, or failed and due for another try. */
  | { outcome: 'queued'; caseNumber: null };

interface Claimed {
  raw: Buffer;
  attempts: number;
  envelope_from: string | null;
  received_at: Date;
}

const GIVE_UP_AFTER = 6;
const REPLY_MAX = 5000;
const TEXT_MAX = 10_000;

export async function processInboundMail(s: Services, id: number): Promise<InboundOutcome> {
  const [claimed] = await s.db.sequelize.query<Claimed>(
    `UPDATE inbound_mails SET attempts = attempts + 1, claimed_at = now(), claimed_until = now() + make_interval(secs => :lease)
     WHERE id = :id AND processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
     RETURNING raw, attempts, envelope_from, received_at`,
    { type: QueryTypes.SELECT, replacements: { id, lease: s.env.MAIL_LEASE_SECONDS } },
  );
  if (!claimed) return outcomeOf(s, id);
  let mail: ParsedInbound | null = null;
  try {
    mail = await parseMail(claimed.raw);
    return await handle(s, id, mail, claimed);
  } catch (err) {
    if (claimed.attempts >= GIVE_UP_AFTER) {
      s.log.error({ err, inboundMail: id }, 'inbound mail could not be processed; logged as rejected intake for the desk');
      return reject(s, id, mail, 'unreadable', null);
    }
    s.log.warn({ err, inboundMail: id, attempt: claimed.attempts }, 'inbound mail not processed; will retry');
    await s.db.sequelize.query(
      `UPDATE inbound_mails SET claimed_until = now() + make_interval(secs => least(:attempts * :attempts * 5, 600)), last_error = :error WHERE id = :id`,
      { replacements: { id, attempts: claimed.attempts, error: String((err as Error).message).slice(0, 500) } },
    );
    return { outcome: 'queued', caseNumber: null };
  }
}

async function handle(s: Services, id: number, mail: ParsedInbound, claimed: Claimed): Promise<InboundOutcome> {
  if (!mail.from || deskAddresses(s.env).includes(mail.from)) return reject(s, id, mail, 'own_address', null);
  if (automaticReason(mail.headers, mail.from, claimed.envelope_from, mail.contentType)) return reject(s, id, mail, 'automatic', null);
  const sender = await s.db.models.Person.findOne({ where: { email: mail.from, active: true } });
  if (!sender || sender.role !== 'contact') {
    return reject(s, id, mail, !sender ? 'unknown_sender' : isStaff(sender) ? 'staff_sender' : 'not_a_contact', sender);
  }
  const locale = isLocale(sender.locale) ? sender.locale : 'da';
  const files = await selectFiles(mail.files, locale);
  const target = await replyableCase(s, sender, await referencedCase(s, mail));
  if (target) {
    const text = replyText(mail.text) || translator(locale)('mailbox:attachments_only');
    const message = [text.slice(0, REPLY_MAX - 400), files.note].filter(Boolean).join('\n\n');
    if (await signalReply(s, target.workflowId, sender, message, id)) {
      await followersFromCc(s, sender, target.number, colleaguesCopied(s, mail));
      await s.db.sequelize.transaction(async (tx) => {
        await storeReplyFiles(s, target.number, sender, files.kept, tx);
        await finish(s, id, mail, 'reply_added', target.number, tx);
      });
      return { outcome: 'reply_added', caseNumber: target.number };
    }
  }
  const description = [mail.text.slice(0, TEXT_MAX - 400), files.note].filter(Boolean).join('\n\n');
  const number = await openMailCase(
    s,
    sender,
    { inboundMailId: id, receivedAt: claimed.received_at, title: titleFromSubject(mail.subject, mail.text), text: description, files: files.kept },
    claimed.attempts > 1,
  );
  await followersFromCc(s, sender, number, colleaguesCopied(s, mail));
  await finish(s, id, mail, 'case_created', number);
  return { outcome: 'case_created', caseNumber: number };
}

/** The addresses a mail was also sent to, the desk's own left out. */
const colleaguesCopied = (s: Services, mail: ParsedInbound) => mail.copied.filter((a) => !deskAddresses(s.env).includes(a));

async function reject(s: Services, id: number, mail: ParsedInbound | null, reason: RejectReason, person: Person | null): Promise<InboundOutcome> {
  await s.db.sequelize.transaction(async (tx) => {
    await recordRejection(
      s,
      { inboundMailId: id, sender: mail?.from ?? '', subject: mail?.subject ?? '', body: mail?.text ?? '', messageId: mail?.messageId ?? null, reason, person },
      tx,
    );
    await finish(s, id, mail, 'rejected', null, tx);
  });
  return { outcome: 'rejected', reason, caseNumber: null };
}

async function finish(
  s: Services,
  id: number,
  mail: ParsedInbound | null,
  outcome: 'case_created' | 'reply_added' | 'rejected',
  caseNumber: number | null,
  transaction?: Transaction,
): Promise<void> {
  await s.db.sequelize.query(
    `UPDATE inbound_mails SET processed_at = now(), claimed_until = NULL, last_error = NULL, outcome = :outcome, case_number = :caseNumber,
       from_address = :from, subject = :subject, safe_html = :html WHERE id = :id`,
    { transaction, replacements: { id, outcome, caseNumber, from: mail?.from ?? null, subject: mail?.subject ?? null, html: mail?.safeHtml ?? null } },
  );
}

/** The recorded outcome of a mail processed earlier (or still pending). */
export async function outcomeOf(s: Services, id: number): Promise<InboundOutcome> {
  const [row] = await s.db.sequelize.query<{ outcome: string | null; case_number: number | null; reason: string | null }>(
    `SELECT m.outcome, m.case_number, r.reason FROM inbound_mails m LEFT JOIN intake_rejections r ON r.inbound_mail_id = m.id WHERE m.id = :id`,
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  if (row?.outcome === 'rejected') return { outcome: 'rejected', reason: (row.reason ?? 'unknown_sender') as RejectReason, caseNumber: null };
  if ((row?.outcome === 'case_created' || row?.outcome === 'reply_added') && row.case_number) return { outcome: row.outcome, caseNumber: row.case_number };
  return { outcome: 'queued', caseNumber: null };
}
