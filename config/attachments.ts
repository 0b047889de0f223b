// The attachment limits in force in this install: the defaults of domain/request-forms.ts, or
// ATTACHMENT_MAX_FILES (files per request or message) and ATTACHMENT_MAX_MB (megabytes per file).
// Read once per process; config/env.ts validates the same variables at start.
import { z } from 'zod';
import { attachmentLimitsWith, type AttachmentLimits } from '../domain/request-forms.js';

export const attachmentEnv = {
  ATTACHMENT_MAX_FILES: z.coerce.number().int().min(1).max(100).optional(),
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).optional(),
};

let limits: AttachmentLimits | undefined;

/** The limits in force (the environment's numbers over the defaults). */
export function configuredAttachmentLimits(env: NodeJS.ProcessEnv = process.env): AttachmentLimits {
  if (limits && env === process.env) return limits;
  const parsed = z
    .object(attachmentEnv)
    .parse({ ATTACHMENT_MAX_FILES: env.ATTACHMENT_MAX_FILES || undefined, ATTACHMENT_MAX_MB: env.ATTACHMENT_MAX_MB || undefined });
  const found = attachmentLimitsWith({ maxFiles: parsed.ATTACHMENT_MAX_FILES, maxMb: parsed.ATTACHMENT_MAX_MB });
  if (env === process.env) limits = found;
  return found;
}
