// What each request type's form asks for, so the desk can act without a round trip (SPEC §6).
// The pages render these fields; the same definitions validate the portal, the desk and the API.
import { z } from 'zod';
import { isOrderType, type CaseType } from './types.js';
import { text } from './text-input.js';
import { ORDER_FORMS, participantsSchema } from './orders/forms.js';
import { ATTACHMENT_EXTENSIONS } from './attachment-kinds.js';

/** `course`: a course of the catalogue or `custom` (the service knows the catalogue); `participants`: names and e-mails. */
export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'confirm' | 'choice' | 'email' | 'boolean' | 'course' | 'participants';

export interface FormField {
  name: string;
  kind: FieldKind;
  required: boolean;
  max?: number;
  choices?: readonly string[];
}

const title: FormField = { name: 'title', kind: 'text', required: true, max: 200 };
const description: FormField = { name: 'description', kind: 'textarea', required: true, max: 10000 };
const long = (name: string, required = true): FormField => ({ name, kind: 'textarea', required, max: 5000 });

/** The fields of each form, in the order they are shown. `title` and `description` are columns of the case. */
export const REQUEST_FORMS: Record<CaseType, readonly FormField[]> = {
  support: [title, { name: 'workflow', kind: 'text', required: true, max: 200 }, description, long('tried'), long('expected')],
  incident: [
    title,
    { name: 'since', kind: 'datetime', required: true },
    description,
    long('steps'),
    long('expected'),
    long('actual'),
    { name: 'affectedUsers', kind: 'number', required: true, max: 100000 },
    { name: 'trained', kind: 'confirm', required: true },
  ],
  change_request: [
    title,
    description,
    long('businessReason'),
    { name: 'priceMatters', kind: 'choice', required: true, choices: ['yes', 'no'] },
    { name: 'wishedDate', kind: 'date', required: false },
  ],
  product_idea: [title, description, long('value')],
  ...ORDER_FORMS,
};

/**
 * Files on a request or a message: how many, how large and which kinds (domain/attachment-kinds.ts).
 * The defaults; an install sets its own with ATTACHMENT_MAX_FILES and ATTACHMENT_MAX_MB
 * (services/cases/attachments.ts reads them, the one place the limits in force are known).
 */
export const ATTACHMENT_LIMITS = {
  maxFiles: 10,
  maxBytes: 25 * 1024 * 1024,
  extensions: ATTACHMENT_EXTENSIONS,
};

export interface AttachmentLimits {
  maxFiles: number;
  maxBytes: number;
  extensions: readonly string[];
}

/** The limits with an install's own numbers in place of the defaults. */
export function attachmentLimitsWith(custom: { maxFiles?: number; maxMb?: number }): AttachmentLimits {
  return {
    maxFiles: custom.maxFiles ?? ATTACHMENT_LIMITS.maxFiles,
    maxBytes: custom.maxMb === undefined ? ATTACHMENT_LIMITS.maxBytes : Math.round(custom.maxMb * 1024 * 1024),
    extensions: ATTACHMENT_EXTENSIONS,
  };
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function fieldSchema(f: FormField): z.ZodType {
  const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
  let s: z.ZodType;
  switch (f.kind) {
    case 'text':
    case 'textarea':
      s = text(f.max ?? 5000, { multiline: f.kind === 'textarea' });
      break;
    case 'number':
      s = z.coerce
        .number({ error: 'not_a_number' })
        .refine(Number.isFinite, { error: 'not_a_number' })
        .refine(Number.isInteger, { error: 'not_whole' })
        .refine((n) => n >= 1, { error: 'too_small' })
        .refine((n) => n <= (f.max ?? Number.MAX_SAFE_INTEGER), { error: 'too_large' });
      break;
    case 'date':
      s = z.string({ error: 'invalid_date' }).regex(LOCAL_DATE, { error: 'invalid_date' }).refine(validDate, { error: 'invalid_date' });
      break;
    case 'datetime':
      s = z
        .string({ error: 'invalid_date' })
        .regex(LOCAL_DATETIME, { error: 'invalid_date' })
        .refine((v) => validDate(v.slice(0, 10)), { error: 'invalid_date' });
      break;
    case 'confirm':
      s = z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === 'yes' || v === '1', z.literal(true, { error: 'must_confirm' }));
      break;
    case 'choice':
      s = z.enum(f.choices as [string, ...string[]], { error: 'invalid_choice' });
      break;
    case 'email':
      s = z
        .string({ error: 'invalid_email' })
        .trim()
        .toLowerCase()
        .max(f.max ?? 320, { error: 'too_long' })
        .email({ error: 'invalid_email' });
      break;
    case 'boolean':
      s = z.preprocess((v) => (v === 'true' || v === 'yes' ? true : v === 'false' || v === 'no' ? false : v), z.boolean({ error: 'invalid_choice' }));
      break;
    case 'course':
      s = z
        .string({ error: 'invalid_choice' })
        .trim()
        .min(1, { error: 'required' })
        .max(f.max ?? 60, { error: 'invalid_choice' });
      break;
    case 'participants':
      s = participantsSchema;
      break;
  }
  if (!f.required) return z.preprocess(blankToUndefined, s.optional());
  // A blank required field says "required", not "invalid" (a confirmation keeps its own message).
  if (f.kind === 'confirm') return z.preprocess(blankToUndefined, s);
  return z.preprocess(
    blankToUndefined,
    z
      .any()
      .refine((v) => v !== undefined, { error: 'required', abort: true })
      .pipe(s),
  );
}

function validDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The schema of a request of `type`. On the portal and desk forms every required field is required;
 * through the API only title and description are, and the type's other fields are checked when given —
 * except for orders, whose fields the desk needs to offer anything (required everywhere).
 */
export function requestSchema(type: CaseType, mode: 'form' | 'api') {
  const shape: Record<string, z.ZodType> = {};
  const lenient = mode === 'api' && !isOrderType(type);
  for (const f of REQUEST_FORMS[type]) {
    const s = fieldSchema(f);
    shape[f.name] = lenient && f.name !== 'title' && f.name !== 'description' ? s.optional() : s;
  }
  return z.object(shape).strict();
}

export interface RequestContent {
  title: string;
  description: string;
  fields: Record<string, unknown>;
}

/** Splits validated form values into the case's title, description and type-specific fields. */
export function toRequestContent(values: Record<string, unknown>): RequestContent {
  const { title, description, ...fields } = values;
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return { title: String(title), description: String(description ?? ''), fields };
}
