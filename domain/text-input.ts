// What text the product accepts at its boundary: valid Unicode, normalised to NFC, without NUL, lone
// surrogates or other control characters (PostgreSQL cannot store NUL, and none of them belong in a
// title, a reply or a file name). Line breaks and tabs are kept in texts that may span lines; invisible
// format characters (RLO, zero-width, BOM) are refused in single-line texts (titles, file names).
// Forms, the API, mail intake and workflow Updates all judge text by this one rule.
import { z } from 'zod';

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

/** The canonical form every accepted text is stored in (NFC: "é" is one code point, however it was typed). */
export const normalizeText = (value: string): string => value.normalize('NFC');

/**
 * A required text of at most `max` characters: normalised to NFC and trimmed; missing or blank is
 * `required`, not a string `invalid`, control characters `control_characters`, longer `too_long`.
 * Multi-line unless told otherwise.
 */
export const text = (max: number, rule: TextRule = {}) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalid') })
    .normalize('NFC')
    .trim()
    .refine((v) => isAcceptableText(v, rule), { error: CONTROL_CHARACTERS, abort: true })
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' });

/** An optional text of at most `max` characters (same rule as `text`; empty is allowed). */
export const optionalText = (max: number, rule: TextRule = {}) =>
  z
    .string({ error: 'invalid' })
    .normalize('NFC')
    .trim()
    .refine((v) => isAcceptableText(v, rule), { error: CONTROL_CHARACTERS, abort: true })
    .max(max, { error: 'too_long' })
    .optional();
