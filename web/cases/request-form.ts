// What the portal's request forms and the desk's intake share: the type from the address, the
// posted values of a form's fields, the uploaded files, and how a submitted field reads back.
import type { Request } from 'express';
import type { TFunction } from 'i18next';
import { CASE_TYPES, type CaseType } from '../../domain/types.js';
import type { FormField } from '../../domain/request-forms.js';
import type { IncomingFile } from '../../services/attachments.js';
import { notFound } from '../../services/errors.js';
import type { Formatters } from '../format.js';

/** The request type named in the address; anything else is not a page (404). */
export function requestTypeParam(raw: unknown): CaseType {
  const type = CASE_TYPES.find((x) => x === raw);
  if (!type) throw notFound();
  return type;
}

/** The posted values of the named fields only (first value of each), as typed. */
export function postedValues(names: readonly string[], body: unknown): Record<string, string> {
  const posted = (body ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const name of names) {
    const v = posted[name];
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') values[name] = first;
  }
  return values;
}

/** Files posted as `field` (an empty file input sends nothing worth keeping). */
export function uploadedFiles(req: Request, field = 'attachments'): IncomingFile[] {
  const files = Array.isArray(req.files) ? req.files : [];
  return files
    .filter((f) => f.fieldname === field && (f.originalname || f.size > 0))
    .map((f) => ({ filename: f.originalname, contentType: f.mimetype, data: f.buffer }));
}

/** A submitted field as a reader sees it; `choiceText` names a choice in the reader's words. */
export function fieldValue(f: FormField, raw: unknown, t: TFunction, fmt: Formatters, choiceText: (value: string) => string): string {
  const text = String(raw);
  switch (f.kind) {
    case 'confirm':
      return raw === true ? t('common.yes') : t('common.no');
    case 'choice':
      return choiceText(text);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? fmt.date(`${text}T12:00:00Z`) : text;
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? `${fmt.date(`${text.slice(0, 10)}T12:00:00Z`)} ${text.slice(11)}` : text;
    default:
      return text;
  }
}
