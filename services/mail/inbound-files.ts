// A mail's attachments under the portal's limits (the same kinds, judged by content, and the same sizes;
// a mail itself may be up to MAIL_MAX_BYTES): what may be kept is kept, and what may not is named in a
// line for the desk, so a mail is never refused for one file.
import { translator } from '../../i18n/index.js';
import type { Locale } from '../../domain/types.js';
import { attachmentLimits, checkFiles, type IncomingFile } from '../cases/attachments.js';
import { codeOf } from '../../domain/validation.js';

export interface FileSelection {
  kept: IncomingFile[];
  /** A line naming the files not kept and why, in the sender's language; null when all were kept. */
  note: string | null;
}

export async function selectFiles(files: IncomingFile[], locale: Locale): Promise<FileSelection> {
  const limits = attachmentLimits();
  const kept: IncomingFile[] = [];
  const dropped: { name: string; why: string }[] = [];
  for (const f of files) {
    const check = kept.length >= limits.maxFiles ? null : await checkFiles([f], limits);
    const why = check ? check.errors.attachments : 'too_many_attachments';
    if (why) dropped.push({ name: f.filename, why });
    else kept.push(check!.accepted[0]!);
  }
  if (!dropped.length) return { kept, note: null };
  const t = translator(locale);
  // The file is named before its reason, so the reason is said without its detail.
  const list = dropped.map((d) => `${d.name} (${t(`validation.${codeOf(d.why)}`)})`).join('; ');
  return { kept, note: t('mailbox:files_not_kept', { files: list }) };
}
