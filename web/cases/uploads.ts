// Files on a page form, kept across a validation error: the files chosen now plus those kept from the
// refused attempt before (pending uploads, offered again as ticked boxes in the re-rendered form). On a
// refusal the acceptable ones are kept for the next attempt; once the form goes through they are removed.
import type { Request } from 'express';
import type { Services } from '../../services/context.js';
import type { IncomingFile } from '../../services/cases/attachments.js';
import { dropPendingUploads, keepForRetry, pendingFiles, type PendingUpload } from '../../services/cases/pending-uploads.js';
import { uploadedFiles } from '../middleware/uploads.js';

/** The form field of a kept file's box (its value: the pending upload's token). */
export const KEPT_FIELD = 'kept_upload';

export interface FormFiles {
  /** Every file the form sends: the kept ones first, then those chosen now. */
  files: IncomingFile[];
  kept: (IncomingFile & { token: string })[];
  fresh: IncomingFile[];
}

const tokensOf = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

export async function formFiles(s: Services, req: Request): Promise<FormFiles> {
  const kept = await pendingFiles(s, req.person!, tokensOf((req.body as Record<string, unknown> | undefined)?.[KEPT_FIELD]));
  const fresh = uploadedFiles(req);
  return { files: [...kept, ...fresh], kept, fresh };
}

/** After a refusal: keeps what can be kept and answers the files to offer again. */
export function offerAgain(s: Services, req: Request, f: FormFiles): Promise<PendingUpload[]> {
  return f.files.length ? keepForRetry(s, req.person!, f.kept, f.fresh) : Promise.resolve([]);
}

/** After the form went through: the kept files are used up. */
export function filesUsed(s: Services, req: Request, f: FormFiles): Promise<void> {
  return dropPendingUploads(
    s,
    req.person!,
    f.kept.map((k) => k.token),
  );
}

export type { PendingUpload };
