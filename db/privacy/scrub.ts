// Taking personal text out of stored JSON and text: every free-text field of a document emptied, or
// a person's name and e-mail address replaced wherever they appear. Pure functions over values, used
// by the erasure (services/privacy/) and the retention run (activities/retention.ts) alike.

/** What a removed title reads as (titles are required: lists and billing keep a case's line). */
export const REMOVED_TITLE = '—';

/** Keys whose string values are people's free text (titles, descriptions, messages, reasons, names). */
const TEXT_KEYS = new Set([
  'title',
  'text',
  'summary',
  'reason',
  'message',
  'description',
  'comment',
  'body',
  'note',
  'name',
  'email',
  'tried',
  'expected',
  'actual',
  'steps',
  'since',
  'workflow',
  'goal',
  'topic',
  'value',
  'change',
  'businessReason',
  'participants',
  'firstName',
  'lastName',
  'from',
  'to',
]);

/** A JSON value with the strings of every free-text key emptied (`title` becomes REMOVED_TITLE). Numbers, flags and ids stay. */
export function withoutTexts(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key && TEXT_KEYS.has(key) ? (key === 'title' ? REMOVED_TITLE : '') : value;
  if (Array.isArray(value)) return key && TEXT_KEYS.has(key) ? [] : value.map((v) => withoutTexts(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withoutTexts(v, k)]));
  }
  return value;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every occurrence of `needles` (any case) in a text by `replacement`. */
export function replaceIn(text: string, needles: readonly string[], replacement: string): string {
  const words = needles.filter((n) => n.trim().length >= 3);
  if (words.length === 0) return text;
  return text.replace(new RegExp(words.map(escape).join('|'), 'gi'), replacement);
}

/** The same over every string of a JSON value (keys stay). */
export function replaceInJson(value: unknown, needles: readonly string[], replacement: string): unknown {
  if (typeof value === 'string') return replaceIn(value, needles, replacement);
  if (Array.isArray(value)) return value.map((v) => replaceInJson(v, needles, replacement));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, replaceInJson(v, needles, replacement)]));
  }
  return value;
}
