// Files on a case: judged before they are stored — how many, how large (the limits in force:
// domain/request-forms.ts's defaults or the install's ATTACHMENT_MAX_FILES / ATTACHMENT_MAX_MB) and what
// they are (their content against their extension, domain/attachment-kinds.ts, read with file-type) —
// each stored with the type its kind has (never the sender's claim), linked to where on the timeline it
// was added.
import type { Transaction } from 'sequelize';
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentLimits } from '../../domain/request-forms.js';
import { judgeAttachment } from '../../domain/attachment-kinds.js';
import { withDetail } from '../../domain/validation.js';
import { configuredAttachmentLimits } from '../../config/attachments.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { findVisibleCase } from './access.js';
import { invalid, notFound } from '../errors.js';
import { isStaff } from '../people/people.js';

/** The attachment limits in force in this install. */
export const attachmentLimits = (): AttachmentLimits => configuredAttachmentLimits();

export interface IncomingFile {
  filename: string;
  contentType: string;
  data: Buffer;
  /** The size as uploaded, when larger than what was kept (an upload over the limit keeps no data). */
  size?: number;
}

/** Message codes (validation.*); the refusal carries the files it names and the limit as its detail (domain/validation.ts). */
export type FileProblem = 'too_many_attachments' | 'file_too_big' | 'file_is_empty' | 'file_kind' | 'file_content';

/** The outcome of judging a set of files: those that may be stored (with their kind's type), and what is wrong with the others. */
export interface FileCheck {
  accepted: IncomingFile[];
  refused: { filename: string; problem: FileProblem }[];
  /**
   * The field error (`attachments`) of a refusal, its code with the detail (`file_too_big?file=a.png&max=25`:
   * the files named, the limit); empty when every file may be stored.
   */
  errors: Record<string, string>;
}

const sizeOf = (f: IncomingFile) => Math.max(f.size ?? 0, f.data.length);

async function problemOf(f: IncomingFile, limits: AttachmentLimits): Promise<{ problem: FileProblem } | { contentType: string }> {
  if (sizeOf(f) > limits.maxBytes) return { problem: 'file_too_big' };
  if (f.data.length === 0) return { problem: 'file_is_empty' };
  const judged = judgeAttachment(f.filename, (await fileTypeFromBuffer(f.data))?.ext, f.data);
  return 'problem' in judged ? judged : { contentType: judged.kind.mime };
}

/** Judges each file by size and content; the first problem found is the field error, naming every file that has it. */
export async function checkFiles(files: IncomingFile[], limits: AttachmentLimits = attachmentLimits()): Promise<FileCheck> {
  const accepted: IncomingFile[] = [];
  const refused: FileCheck['refused'] = [];
  for (const f of files) {
    const judged = await problemOf(f, limits);
    if ('problem' in judged) refused.push({ filename: f.filename, problem: judged.problem });
    else accepted.push({ filename: f.filename, contentType: judged.contentType, data: f.data });
  }
  if (files.length > limits.maxFiles)
    return { accepted, refused, errors: { attachments: withDetail('too_many_attachments', { max: limits.maxFiles, count: files.length }) } };
  const first = refused[0];
  if (!first) return { accepted, refused, errors: {} };
  const names = refused.filter((r) => r.problem === first.problem).map((r) => r.filename);
  // A file too large names the limit in megabytes.
  const max = first.problem === 'file_too_big' ? limits.maxBytes / (1024 * 1024) : undefined;
  return { accepted, refused, errors: { attachments: withDetail(first.problem, { file: names.join(', '), max }) } };
}

/** The files, checked: a refusal (422) naming what is wrong, or the files ready to store. */
export async function acceptableFiles(files: IncomingFile[]): Promise<IncomingFile[]> {
  const check = await checkFiles(files);
  if (Object.keys(check.errors).length) throw invalid(check.errors);
  return check.accepted;
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
  for (const f of await acceptableFiles(files)) {
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

export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\p{Cc}"<>|]/gu, '_').slice(0, 180) || 'file';
}
