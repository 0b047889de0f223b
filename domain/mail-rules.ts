// The rules of the mail channel that need no I/O: which mails are machine-written (never answered,
// never a case: the loop guard), how a reply names its case, what a subject becomes as a case title,
// which outbound mails are automatic, and text that PostgreSQL and a workflow can always store.

/** Header names in lower case, values as received (first occurrence). */
export type MailHeaders = ReadonlyMap<string, string>;

export type AutomaticReason = 'auto_submitted' | 'precedence' | 'autoreply_header' | 'list' | 'bounce' | 'mailer_daemon';

const AUTOREPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply'];
const DAEMONS = /^(mailer-daemon|postmaster)@/i;

/**
 * Why a mail was written by a machine (an auto-reply, a bounce, list mail), or null for a person's
 * mail. `envelopeFrom` is the return path: '' for a bounce (`MAIL FROM:<>`), null when unknown.
 */
export function automaticReason(headers: MailHeaders, from: string, envelopeFrom: string | null, contentType = ''): AutomaticReason | null {
  const auto = headers.get('auto-submitted')?.trim().toLowerCase();
  if (auto && !auto.startsWith('no')) return 'auto_submitted';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return 'precedence';
  if (AUTOREPLY_HEADERS.some((h) => headers.has(h))) return 'autoreply_header';
  if (headers.has('list-id') || headers.has('list-unsubscribe')) return 'list';
  const returnPath = envelopeFrom ?? headers.get('return-path')?.trim() ?? null;
  if (returnPath !== null && (returnPath === '' || returnPath === '<>')) return 'bounce';
  if (/^multipart\/report/i.test(contentType)) return 'bounce';
  if (DAEMONS.test(from)) return 'mailer_daemon';
  return null;
}

const CASE_REF = /\[#(\d{1,9})\]/;

/** The case number a subject names as `[#1042]`, if any. */
export function caseNumberInSubject(subject: string): number | null {
  const m = CASE_REF.exec(subject);
  return m ? Number(m[1]) : null;
}

const REPLY_PREFIX = /^\s*((re|sv|aw|vs|fw|fwd|vb|wg|tr)\s*(\[\d+\])?\s*:\s*)+/i;

/** A subject as a case title: without reply/forward prefixes and the case reference; at most 200 characters. */
export function titleFromSubject(subject: string, text: string): string {
  const cleaned = subject.replace(CASE_REF, ' ').replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim();
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return (cleaned || firstLine.trim() || '(no subject)').slice(0, 200);
}

/** The thread root every outbound mail of a case references, so mail programs keep a case in one thread. */
export function caseThreadId(caseNumber: number, domain: string): string {
  return `<case-${caseNumber}@${domain}>`;
}

const THREAD_ROOT = /^<case-(\d{1,9})@([^>]+)>$/;

/** The case a thread root names, if it is one of ours. */
export function caseOfThreadId(messageId: string, domain: string): number | null {
  const m = THREAD_ROOT.exec(messageId.trim());
  return m && m[2].toLowerCase() === domain.toLowerCase() ? Number(m[1]) : null;
}

/** Outbound templates whose text a desk person wrote to the customer; every other mail is sent as `Auto-Submitted: auto-generated`. */
const PERSONAL_TEMPLATES: ReadonlySet<string> = new Set([
  'case_acknowledged',
  'question',
  'question_returned',
  'competence_recommendation',
  'desk_message',
  'reclassified',
  'rough_estimate',
  'case_resolved',
  'case_delivered',
  'case_declined',
  'idea_backlogged',
  'case_reopened',
]);

export function isAutomaticMail(template: string): boolean {
  return !PERSONAL_TEMPLATES.has(template);
}

// C0 controls other than tab, line feed and carriage return, DEL, and UTF-16 halves without their pair.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as NFC without the characters PostgreSQL or a workflow payload cannot hold (NUL, controls, lone surrogates). */
export function storableText(text: string): string {
  return text
    .replace(UNSTORABLE, (c) => (c >= '\uD800' ? '\uFFFD' : ''))
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
}

/** The address part of `Name <address>` (or the whole value), lower-cased. */
export function addressOf(value: string): string {
  const m = /<([^>]*)>/.exec(value);
  return (m ? m[1] : value).trim().toLowerCase();
}
