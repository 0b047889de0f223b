// What text the product accepts at its boundary: valid Unicode, normalised to NFC, without NUL, lone
// surrogates or other control characters (PostgreSQL cannot store NUL, and none of them belong in a
// title, a reply or a file name). Line breaks and tabs are kept in texts that may span lines; invisible
// format characters (RLO, zero-width, BOM) are refused in single-line texts (titles, file names).
// Forms, the API, mail intake and workflow Updates all judge text by this one rule, and the API
// document states it as JSON Schema patterns built from the same character classes (textPattern).
import { z } from 'zod';
import { withDetail } from './validation.js';

/** The validation message key for text holding characters the product does not accept. */
export const CONTROL_CHARACTERS = 'control_characters';

/** Control characters (C0 with NUL, DEL, C1) except tab, line feed and carriage return; the noncharacters U+FFFE/U+FFFF. */
const ALWAYS_REFUSED = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/u;
const LINE_CHARACTERS = /[\t\n\r]/;
/**
 * Unicode format characters (general category Cf): right-to-left override and the other bidi
 * controls, zero-width space and joiners, the BOM. Invisible, they make a title or a file name read
 * differently from what it is ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"); single-line texts
 * refuse them like control characters. Multi-line texts (messages) keep them: emoji and scripts
 * such as Persian need the joiners there.
 */
const FORMAT_CHARACTERS = /\p{Cf}/u;
/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The same rule as character classes a JSON Schema `pattern` can carry (ECMAScript, Python and Rust
 * regular expressions read them alike). A lone surrogate is not a Unicode character at all, so no
 * pattern can name it (Rust's refuses to): the document says in words that it is refused too.
 * test/unit/text-pattern.test.ts proves the patterns equal to isAcceptableText on every well-formed string.
 */
const REFUSED_CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF';
const LINE_CLASS = '\\t\\n\\r';
/**
 * The format characters (Cf, Unicode 15.1) as a class a pattern can carry: `\\uXXXX` ranges for the
 * basic plane, the characters themselves beyond it (Python and Rust spell astral escapes differently
 * from ECMAScript, but all three read a literal character alike). A constant, because workflows build
 * text schemas too; test/unit/api/contract-patterns.test.ts checks it equals FORMAT_CHARACTERS.
 */
export const FORMAT_CLASS =
  '\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890-\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB' +
  [
    [0x110bd, 0x110bd],
    [0x110cd, 0x110cd],
    [0x13430, 0x1343f],
    [0x1bca0, 0x1bca3],
    [0x1d173, 0x1d17a],
    [0xe0001, 0xe0001],
    [0xe0020, 0xe007f],
  ]
    .map(([a, b]) => (a === b ? String.fromCodePoint(a!) : `${String.fromCodePoint(a!)}-${String.fromCodePoint(b!)}`))
    .join('');
/** What String.prototype.trim removes, besides the control characters refused anyway. */
const BLANK_CLASS = ' \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';

export interface TextRule {
  /** Tabs and line breaks (and format characters) are allowed (text areas, messages); single-line fields refuse them. */
  multiline?: boolean;
}

/** True when `value` may be stored as text under `rule` (multi-line by default). */
export function isAcceptableText(value: string, rule: TextRule = {}): boolean {
  if (ALWAYS_REFUSED.test(value) || LONE_SURROGATE.test(value)) return false;
  return rule.multiline !== false || (!LINE_CHARACTERS.test(value) && !FORMAT_CHARACTERS.test(value));
}

/** The message key of what is wrong with `value` as text, or null. */
export function textProblem(value: string, rule: TextRule = {}): typeof CONTROL_CHARACTERS | null {
  return isAcceptableText(value, rule) ? null : CONTROL_CHARACTERS;
}

/**
 * The JSON Schema pattern of an acceptable text under `rule`; `filled`: it also holds a character
 * that trimming leaves (a blank text counts as not given).
 */
export function textPattern(rule: TextRule = {}, filled = false): string {
  const refused = rule.multiline === false ? REFUSED_CLASS + LINE_CLASS + FORMAT_CLASS : REFUSED_CLASS;
  const any = `[^${refused}]*`;
  // A filled text holds a character that trimming leaves: no blank, and (in multi-line texts) no line break.
  const visible = `[^${refused}${rule.multiline === false ? '' : LINE_CLASS}${BLANK_CLASS}]`;
  return filled ? `^${any}${visible}${any}$` : `^${any}$`;
}

/** Length in characters (Unicode code points, as JSON Schema's maxLength and PostgreSQL count them). */
export const characterCount = (value: string): number => {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
};

/** The canonical form every accepted text is stored in (NFC: "é" is one code point, however it was typed). */
export const normalizeText = (value: string): string => value.normalize('NFC');

/** The text checks shared by `text` and `optionalText`: NFC, the characters, the length as sent; then trimmed. */
const checkedText = (max: number, rule: TextRule, error: z.core.$ZodErrorMap<z.core.$ZodIssueInvalidType> | string) =>
  z
    .string({ error })
    .normalize('NFC')
    .refine((v) => isAcceptableText(v, rule), { error: CONTROL_CHARACTERS, abort: true })
    .refine((v) => characterCount(v) <= max, { error: withDetail('too_long', { max }), abort: true })
    .trim();

/**
 * A required text of at most `max` characters (counted as sent, after NFC normalisation): normalised
 * and trimmed; missing or blank is `required`, not a string `invalid`, control characters
 * `control_characters`, longer `too_long`. Multi-line unless told otherwise.
 */
export const text = (max: number, rule: TextRule = {}) =>
  checkedText(max, rule, (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalid'))
    .min(1, { error: 'required' })
    .meta({ maxLength: max, pattern: textPattern(rule, true) });

/** An optional text of at most `max` characters (same rule as `text`; empty or blank is allowed). */
export const optionalText = (max: number, rule: TextRule = {}) =>
  checkedText(max, rule, 'invalid')
    .meta({ maxLength: max, pattern: textPattern(rule) })
    .optional();
