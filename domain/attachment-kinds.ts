// The kinds of file a customer or the desk may attach (SPEC §6: send what you have): images, PDF, text
// and logs, Office and OpenDocument files, zip archives and saved mails. A file is judged by its content
// against its name's extension — the content's signature as the `file-type` package reads it, or, for
// text-like files (no signature), being UTF-8 text without NULs — so an executable renamed `.pdf` is refused.
// Pure: the service reads the signature and hands it in.

/** How a kind is recognised: by one of these signatures (file-type's `ext`), or as text (`text`). */
export interface AttachmentKind {
  /** The MIME type stored and served for the file (never the sender's claim). */
  mime: string;
  /** Signatures its content may carry; `text` for a file with none that must be UTF-8 text. */
  signatures: readonly string[];
  /** Shown inline in the browser (images and PDF); everything else is downloaded. */
  inline?: true;
  group: AttachmentGroup;
}

export type AttachmentGroup = 'image' | 'pdf' | 'text' | 'office' | 'archive' | 'mail';

const image = (mime: string, ...signatures: string[]): AttachmentKind => ({ mime, signatures, inline: true, group: 'image' });
const text = (mime: string, ...signatures: string[]): AttachmentKind => ({ mime, signatures: ['text', ...signatures], group: 'text' });
/** OOXML files are zip archives; file-type names the ones whose parts it finds, plain `zip` otherwise. */
const ooxml = (mime: string, ext: string): AttachmentKind => ({ mime, signatures: [ext, 'zip'], group: 'office' });
const odf = (mime: string, ext: string): AttachmentKind => ({ mime, signatures: [ext], group: 'office' });
/** Word 97–2003, Excel, PowerPoint and Outlook's .msg are Compound File Binary containers. */
const cfb = (mime: string, group: AttachmentGroup = 'office'): AttachmentKind => ({ mime, signatures: ['cfb'], group });

/** Every allowed extension (lower case, without the dot) and its kind. */
export const ATTACHMENT_KINDS: Readonly<Record<string, AttachmentKind>> = {
  png: image('image/png', 'png'),
  jpg: image('image/jpeg', 'jpg'),
  jpeg: image('image/jpeg', 'jpg'),
  gif: image('image/gif', 'gif'),
  webp: image('image/webp', 'webp'),
  bmp: image('image/bmp', 'bmp'),
  pdf: { mime: 'application/pdf', signatures: ['pdf'], inline: true, group: 'pdf' },
  txt: text('text/plain; charset=utf-8'),
  log: text('text/plain; charset=utf-8'),
  csv: text('text/csv; charset=utf-8'),
  json: text('application/json'),
  xml: text('application/xml', 'xml'),
  docx: ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'),
  xlsx: ooxml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
  pptx: ooxml('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'),
  doc: cfb('application/msword'),
  xls: cfb('application/vnd.ms-excel'),
  ppt: cfb('application/vnd.ms-powerpoint'),
  rtf: { mime: 'application/rtf', signatures: ['rtf'], group: 'office' },
  odt: odf('application/vnd.oasis.opendocument.text', 'odt'),
  ods: odf('application/vnd.oasis.opendocument.spreadsheet', 'ods'),
  odp: odf('application/vnd.oasis.opendocument.presentation', 'odp'),
  zip: { mime: 'application/zip', signatures: ['zip'], group: 'archive' },
  eml: { mime: 'message/rfc822', signatures: ['text'], group: 'mail' },
  msg: cfb('application/vnd.ms-outlook', 'mail'),
};

/** The allowed extensions, for a file field's `accept` and the texts. */
export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_KINDS);

/** The extension of a file name (lower case, without the dot), or '' when it has none. */
export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** Whether the bytes are text: valid UTF-8 (ASCII included) without NUL characters. */
export function isPlainText(data: Uint8Array): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

export type KindProblem = 'file_kind' | 'file_content';

/**
 * The kind of a file by its name and content, or why it is refused: `file_kind` (an extension that is not
 * allowed), `file_content` (the content is not what the extension says). `signature` is what file-type
 * read from the content (its `ext`), undefined when it found none.
 */
export function judgeAttachment(filename: string, signature: string | undefined, data: Uint8Array): { kind: AttachmentKind } | { problem: KindProblem } {
  const kind = ATTACHMENT_KINDS[extensionOf(filename)];
  if (!kind) return { problem: 'file_kind' };
  if (signature !== undefined && kind.signatures.includes(signature)) {
    // An XML declaration is text too: still checked as text.
    return signature === 'xml' && !isPlainText(data) ? { problem: 'file_content' } : { kind };
  }
  if (signature === undefined && kind.signatures.includes('text') && isPlainText(data)) return { kind };
  return { problem: 'file_content' };
}
