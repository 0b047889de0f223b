// Reading uploaded files (multipart bodies) into memory, for the page forms and the API alike. A file
// over the size limit is not kept: it arrives with its name and true size only, so the service can
// refuse it naming the file (422) instead of the whole body being cut off. One more file than allowed
// still arrives (and is refused by name); beyond that, or a file over four times the limit, is 413.
import type { Request } from 'express';
import multer from 'multer';
import type { AttachmentLimits } from '../../domain/request-forms.js';
import type { IncomingFile } from '../../services/cases/attachments.js';

/** Multer's memory storage, keeping at most `cap` bytes of a file (none of a larger one) and its true size. */
class CappedMemoryStorage implements multer.StorageEngine {
  constructor(private readonly cap: number) {}

  _handleFile(_req: Request, file: Express.Multer.File, cb: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= this.cap) chunks.push(chunk);
      else chunks.length = 0;
    });
    file.stream.on('error', cb);
    file.stream.on('end', () => cb(null, { buffer: size <= this.cap ? Buffer.concat(chunks) : Buffer.alloc(0), size }));
  }

  _removeFile(_req: Request, file: Express.Multer.File, cb: (error: Error | null) => void): void {
    (file as { buffer?: Buffer }).buffer = undefined;
    cb(null);
  }
}

/** A multer for attachment forms under the limits in force; `fields` and `fieldSize` as the route needs. */
export function attachmentUpload(limits: AttachmentLimits, other: { fields: number; fieldSize?: number; parts?: number }) {
  return multer({
    storage: new CappedMemoryStorage(limits.maxBytes),
    // Browsers send file names in UTF-8 ("skærmbillede.png"), not busboy's default latin1.
    defParamCharset: 'utf8',
    limits: { fileSize: 4 * limits.maxBytes, files: limits.maxFiles + 1, ...other },
  }).any();
}

/** Files posted as `field` (an empty file input sends nothing worth keeping). */
export function uploadedFiles(req: Request, field = 'attachments'): IncomingFile[] {
  const files = Array.isArray(req.files) ? req.files : [];
  return files
    .filter((f) => f.fieldname === field && (f.originalname || f.size > 0))
    .map((f) => ({ filename: f.originalname, contentType: f.mimetype, data: f.buffer, size: f.size }));
}
