// A mail's attachments under the portal's limits: what may be kept is kept, and what may not is named
// in a line for the desk, so a mail is never refused for one file.
import { ATTACHMENT_LIMITS } from '../../domain/request-forms.js';
import { translator } from '../../i18n/index.js';
import type { Locale } from '../../domain/types.js';
import { checkFiles, type IncomingFile } from '../cases/attachments.js';
import { codeOf } from '../../domain/validation.js';

export interface FileSelection {
  kept: IncomingFile[];
  /** A line naming the files not kept and why, in the sender's language; null when all were kept. */
  note: string | null;
}

export function selectFiles(files: IncomingFile[], locale: Locale): FileSelection {
  const kept: IncomingFile[] = [];
  const dropped: { name: string; why: string }[] = [];
  for (const f of files) {
    const why = kept.length >= ATTACHMENT_LIMITS.maxFiles ? 'too_many_files' : Object.values(checkFiles([f]))[0];
    if (why) dropped.push({ name: f.filename, why });
    else kept.push(f);
  }
  if (!dropped.length) return { kept, note: null };
  const t = translator(locale);
  const list = dropped.map((d) => `${d.name} (${t(`validation.${codeOf(d.why)}`)})`).join('; ');
  return { kept, note: t('mailbox:files_not_kept', { files: list }) };
}
