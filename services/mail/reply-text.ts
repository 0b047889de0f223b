// A customer's reply without the quoted history below it (email-reply-parser), plus the quote
// headers Danish Outlook writes, which that parser does not know.
import EmailReplyParser from 'email-reply-parser';

const parser = new EmailReplyParser();

// "-----Oprindelig meddelelse-----" and Outlook's header block "Fra: … / Sendt: …" (Danish and English).
const OUTLOOK_QUOTE = /^(-{2,}\s*(oprindelig meddelelse|original message|videresendt meddelelse)\s*-{2,}|(fra|from):\s.+\n(sendt|sent|dato|date):\s.+)$/im;

/** The new text of a reply; the whole text when nothing but quotes would be left. */
export function replyText(text: string): string {
  let visible = parser.parseReply(text);
  const outlook = OUTLOOK_QUOTE.exec(visible);
  if (outlook) visible = visible.slice(0, outlook.index);
  visible = visible.trim();
  return visible === '' ? text.trim() : visible;
}
