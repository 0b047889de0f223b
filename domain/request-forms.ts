// What each request type's form asks for, so the desk can act without a round trip (SPEC §6).
// The pages render these fields; the same definitions validate the portal, the desk and the API.
import { z } from 'zod';
import { isOrderType, type CaseType } from './types.js';
import { optionalText, text } from './text-input.js';
import { COURSE_ID, ORDER_FORMS, parseParticipantLines, participantsSchema } from './orders/forms.js';
import { withDetail } from './validation.js';
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

/** A calendar day, YYYY-MM-DD, that exists (zod's ISO date: leap years included). */
const LOCAL_DATE_SOURCE = z.core.regexes.date.source.replace(/^\^|\$$/g, '');
/** A local date and time to the minute, YYYY-MM-DDTHH:MM, on a day that exists. */
const LOCAL_DATETIME = new RegExp(`^(?:${LOCAL_DATE_SOURCE})T(?:[01]\\d|2[0-3]):[0-5]\\d$`);

/** Where a request comes from: a page's form (every value a string) or the API (JSON types, as the document says). */
type Mode = 'form' | 'api';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** Form values are strings: the schema of `kind` reads them first (`'12'` → 12, `'on'` → true, lines → a list). */
const FORM_READERS: Partial<Record<FieldKind, (v: unknown) => unknown>> = {
  number: (v) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
  confirm: (v) => v === true || v === 'true' || v === 'on' || v === 'yes' || v === '1',
  boolean: (v) => (v === 'true' || v === 'yes' ? true : v === 'false' || v === 'no' ? false : v),
  participants: (v) => (typeof v === 'string' ? parseParticipantLines(v) : v),
  email: (v) => (typeof v === 'string' ? v.trim() : v),
  course: (v) => (typeof v === 'string' ? v.trim() : v),
};

function valueSchema(f: FormField): z.ZodType {
  switch (f.kind) {
    case 'text':
    case 'textarea':
      return text(f.max ?? 5000, { multiline: f.kind === 'textarea' });
    case 'number':
      return z
        .number({ error: 'not_a_number' })
        .int({ error: 'not_whole' })
        .min(1, { error: withDetail('too_small', { min: 1 }) })
        .max(f.max ?? Number.MAX_SAFE_INTEGER, { error: withDetail('too_large', { max: f.max }) });
    case 'date':
      return z.iso.date({ error: 'invalid_date' });
    case 'datetime':
      return z.string({ error: 'invalid_date' }).regex(LOCAL_DATETIME, { error: 'invalid_date' });
    case 'confirm':
      return z.literal(true, { error: 'must_confirm' });
    case 'choice':
      return z.enum(f.choices as [string, ...string[]], { error: 'invalid_choice' });
    case 'email':
      return z
        .string({ error: 'invalid_email' })
        .max(f.max ?? 320, { error: 'too_long' })
        .email({ error: 'invalid_email' })
        .toLowerCase();
    case 'boolean':
      return z.boolean({ error: 'invalid_choice' });
    case 'course':
      // An id of the catalogue (config/courses.ts holds them to this form) or `custom`; the service knows which exist.
      return z.string({ error: 'invalid_choice' }).regex(COURSE_ID, { error: 'invalid_choice' });
    case 'participants':
      return participantsSchema;
  }
}

/**
 * A field's schema. Through the API a value is its JSON type, an optional field is left out (an
 * optional text may be empty); a form's strings are read into those types first, and a blank field
 * counts as not filled in (a blank required field says "required", a confirmation keeps its own message).
 */
function fieldSchema(f: FormField, mode: Mode, required: boolean): z.ZodType {
  const s = valueSchema(f);
  if (mode === 'api') {
    if (required) return s;
    return f.kind === 'text' || f.kind === 'textarea' ? optionalText(f.max ?? 5000, { multiline: f.kind === 'textarea' }) : s.optional();
  }
  const read = FORM_READERS[f.kind];
  const typed = read ? z.preprocess(read, s) : s;
  if (!required) return z.preprocess(blankToUndefined, typed.optional());
  if (f.kind === 'confirm') return z.preprocess(blankToUndefined, typed);
  return z.preprocess(
    blankToUndefined,
    z
      .any()
      .refine((v) => v !== undefined, { error: 'required', abort: true })
      .pipe(typed),
  );
}

/**
 * The schema of a request of `type`. On the portal and desk forms every required field is required;
 * through the API only title and description are, and the type's other fields are checked when given —
 * except for orders, whose fields the desk needs to offer anything (required everywhere).
 */
export function requestSchema(type: CaseType, mode: Mode) {
  const shape: Record<string, z.ZodType> = {};
  const lenient = mode === 'api' && !isOrderType(type);
  for (const f of REQUEST_FORMS[type]) shape[f.name] = fieldSchema(f, mode, f.required && !(lenient && f.name !== 'title' && f.name !== 'description'));
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
  for (const k of Object.keys(fields)) if (fields[k] === undefined || fields[k] === '') delete fields[k];
  return { title: String(title), description: String(description ?? ''), fields };
}
