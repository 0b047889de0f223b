// What the portal's request forms and the desk's intake share: the type from the address, the
// posted values of a form's fields, the uploaded files, and how a submitted field reads back.
import type { TFunction } from 'i18next';
import { CASE_TYPES, type CaseType } from '../../domain/types.js';
import type { FormField } from '../../domain/request-forms.js';
import { participantLines, type Participant } from '../../domain/orders/forms.js';
import { notFound } from '../../services/errors.js';
import type { Formatters } from '../format.js';
import { DateTime } from 'luxon';
import type { Locale } from '../../domain/types.js';

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

export { uploadedFiles } from '../middleware/uploads.js';

/** How a form field is drawn by the field partial: its kind there and its choices ([value, label]). */
export interface ShownField {
  kind: string;
  choices: [string, string][];
}

/**
 * A request form's field as the field partial draws it: a course, a yes/no and a field with `options`
 * (e.g. the company's contacts) as a list to choose from; participants as lines of text.
 */
export function shownField(f: FormField, options: [string, string][] | undefined, choiceText: (value: string) => string): ShownField {
  if (options) return { kind: 'choice', choices: options };
  if (f.kind === 'boolean') return { kind: 'choice', choices: ['true', 'false'].map((c) => [c, choiceText(c)]) };
  if (f.kind === 'participants') return { kind: 'textarea', choices: [] };
  if (f.kind === 'course') return { kind: 'text', choices: [] };
  return { kind: f.kind, choices: (f.choices ?? []).map((c) => [c, choiceText(c)]) };
}

/** A submitted field as a reader sees it; `choiceText` names a choice in the reader's words. */
export function fieldValue(f: FormField, raw: unknown, t: TFunction, fmt: Formatters, choiceText: (value: string) => string): string {
  const text = String(raw);
  switch (f.kind) {
    case 'participants':
      return Array.isArray(raw) ? participantLines(raw as Participant[]) : text;
    case 'boolean':
      return raw === true || raw === false ? choiceText(String(raw)) : text;
    case 'course':
      // The catalogue's names are texts of the `courses` namespace (added from configuration at start).
      return t(`courses:${text}`, { defaultValue: choiceText(text) });
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

/**
 * The service's errors on the form's own fields: an error of a part of a field (`participants.1.email`,
 * a line of a multi-line field) is shown on the field itself — its message names the line — so no error
 * is left without a field to stand by.
 */
export function onFormFields(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.split('.')[0]!;
    if (key === field || !(field in out)) out[field] = message;
  }
  return out;
}

/**
 * The examples a form's hints give for a wished period, always ahead of today: the weeks a month from
 * now ("uge 2–4") and the month three months ahead ("marts 2027"), in the reader's language.
 */
export function periodExamples(now: number, locale: Locale): { weekFrom: number; weekTo: number; month: string } {
  const today = DateTime.fromMillis(now, { zone: 'Europe/Copenhagen' });
  const from = today.plus({ weeks: 4 });
  return { weekFrom: from.weekNumber, weekTo: from.plus({ weeks: 2 }).weekNumber, month: today.plus({ months: 3 }).setLocale(locale).toFormat('LLLL yyyy') };
}
