// Reads a raw RFC 822 message (mailparser) into what the desk needs: sender, subject, text (the HTML
// body sanitised first, then shown as text), the thread headers, the attachments and the headers the
// loop guard looks at.
import { simpleParser, type ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import { convert } from 'html-to-text';
import { addressOf, storableText, type MailHeaders } from '../../domain/mail-rules.js';
import type { IncomingFile } from '../cases/attachments.js';

export interface ParsedInbound {
  messageId: string | null;
  from: string;
  fromName: string;
  subject: string;
  /** The plain text of the mail (from its text part, or from its sanitised HTML). */
  text: string;
  /** The HTML body with everything active removed (scripts, handlers, remote content); null for a text mail. */
  safeHtml: string | null;
  inReplyTo: string[];
  references: string[];
  /** The other addresses the mail was sent to (To and Cc), lower-cased: Cc'd colleagues follow the case. */
  copied: string[];
  headers: MailHeaders;
  contentType: string;
  files: IncomingFile[];
}

const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};

/** The HTML with scripts, event handlers, styles and remote images removed. */
export function sanitizeMailHtml(html: string): string {
  return sanitizeHtml(html, SAFE_HTML);
}

const ids = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v ? v.split(/\s+/) : []).map((s) => s.trim()).filter((s) => /^<.+>$/.test(s));

function headerMap(mail: ParsedMail): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of mail.headerLines) {
    if (out.has(h.key)) continue;
    const value = h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ');
    out.set(h.key, value.trim());
  }
  return out;
}

export async function parseMail(raw: Buffer): Promise<ParsedInbound> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, maxHtmlLengthToParse: 2_000_000 });
  const sender = mail.from?.value.find((a) => a.address) ?? null;
  const safeHtml = mail.html ? sanitizeMailHtml(mail.html) : null;
  const fromText =
    mail.text && mail.text.trim() !== '' ? mail.text : safeHtml ? convert(safeHtml, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }] }) : '';
  const headers = headerMap(mail);
  return {
    messageId: mail.messageId ? storableText(mail.messageId).trim().slice(0, 900) : null,
    from: sender?.address ? addressOf(storableText(sender.address)) : '',
    fromName: storableText(sender?.name ?? '').trim(),
    subject: storableText(mail.subject ?? '').trim(),
    text: storableText(fromText).trim(),
    safeHtml: safeHtml ? storableText(safeHtml) : null,
    inReplyTo: ids(mail.inReplyTo),
    copied: [mail.to, mail.cc]
      .flatMap((a) => (Array.isArray(a) ? a : a ? [a] : []))
      .flatMap((a) => a.value)
      .map((v) => (v.address ? addressOf(storableText(v.address)) : ''))
      .filter(Boolean),
    references: ids(mail.references),
    headers,
    contentType: headers.get('content-type') ?? '',
    files: mail.attachments
      .filter((a) => a.content.length > 0)
      .map((a) => ({ filename: storableText(a.filename ?? 'attachment'), contentType: a.contentType.toLowerCase(), data: a.content })),
  };
}
