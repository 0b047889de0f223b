// Files on a case: checked for count, size and type (the limits of domain/request-forms.ts, the one
// place they are kept) before they are stored, each linked to where on the timeline it was added.
import type { Transaction } from 'sequelize';
import { ATTACHMENT_LIMITS } from '../../domain/request-forms.js';
import { withDetail } from '../../domain/validation.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { findVisibleCase } from './access.js';
import { invalid, notFound } from '../errors.js';
import { isStaff } from '../people/people.js';

export interface IncomingFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Field errors for a set of files, keyed `attachments`; empty when they may be stored. */
export function checkFiles(files: IncomingFile[]): Record<string, string> {
  if (files.length > ATTACHMENT_LIMITS.maxFiles) return { attachments: 'too_many_files' };
  // Each refusal names the file it is about.
  for (const f of files) {
    const file = { file: f.filename };
    if (f.data.length > ATTACHMENT_LIMITS.maxBytes) return { attachments: withDetail('file_too_large', file) };
    if (!ATTACHMENT_LIMITS.contentTypes.includes(f.contentType)) return { attachments: withDetail('file_type', file) };
    if (f.data.length === 0) return { attachments: withDetail('file_empty', file) };
  }
  return {};
}

/** Where on the timeline files were added: with a desk message or note, or with a timeline event (a reply); none for a new request. */
export interface FilePlace {
  messageId?: number;
  eventSeq?: number;
}

export async function storeFiles(
  s: Services,
  caseNumber: number,
  by: Person,
  files: IncomingFile[],
  internal: boolean,
  transaction?: Transaction,
  place: FilePlace = {},
): Promise<void> {
  const errors = checkFiles(files);
  if (Object.keys(errors).length) throw invalid(errors);
  for (const f of files) {
    await s.db.models.Attachment.create(
      {
        caseNumber,
        uploadedById: by.id,
        filename: safeName(f.filename),
        contentType: f.contentType,
        size: f.data.length,
        data: f.data,
        internal,
        messageId: place.messageId ?? null,
        eventSeq: place.eventSeq ?? null,
      },
      { transaction },
    );
  }
}

/** An attachment, if `person` may see its case and its files (for customers: not an internal one). */
export async function findVisibleAttachment(s: Services, person: Person, caseNumber: number, id: number) {
  // Price approvers see a case's quote and training offer only, not its files.
  if (person.role === 'approver') throw notFound();
  await findVisibleCase(s, person, caseNumber);
  const a = await s.db.models.Attachment.findOne({ where: { id, caseNumber } });
  if (!a || (a.internal && !isStaff(person))) throw notFound();
  return a;
}

function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\p{Cc}"<>|]/gu, '_').slice(0, 180) || 'file';
}
