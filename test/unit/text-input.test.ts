// The rule for text at the boundary (domain/text-input.ts): NFC, no NUL, lone surrogates or control
// characters, line breaks only in multi-line texts — and the zod helpers the schemas are built from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { CONTROL_CHARACTERS, isAcceptableText, normalizeText, optionalText, text, textProblem } from '../../domain/text-input.js';
import { requestSchema } from '../../domain/request-forms.js';
import { parseForm, requiredText } from '../../services/companies/admin-forms.js';
import { Refusal } from '../../services/errors.js';

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
/** What PostgreSQL refuses in text, and the other characters that do not belong in it. */
const REFUSED = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\ufffe', '\uffff', '\ud800', '\udfff'];

describe('acceptable text', () => {
  it('refuses NUL, the other control characters, lone surrogates and U+FFFE/U+FFFF anywhere in a text', () => {
    for (const c of REFUSED) {
      expect(isAcceptableText(`før${c}efter`), JSON.stringify(c)).toBe(false);
      expect(textProblem(c)).toBe(CONTROL_CHARACTERS);
    }
  });

  it('keeps tab, line feed and carriage return in multi-line texts only', () => {
    for (const c of ['\t', '\n', '\r', '\r\n']) {
      expect(isAcceptableText(`a${c}b`)).toBe(true);
      expect(isAcceptableText(`a${c}b`, { multiline: false })).toBe(false);
    }
  });

  it('accepts Danish letters, emoji (surrogate pairs) and right-to-left text; joiners in multi-line texts', () => {
    for (const v of ['Æblegrød på Ærø', 'Tak 👍🏽', 'שלום']) expect(isAcceptableText(v, { multiline: false })).toBe(true);
    for (const v of ['a\u200db', '👨‍👩‍👧']) expect(isAcceptableText(v)).toBe(true);
  });

  it('refuses Unicode format characters (Cf: RLO, zero-width, BOM, soft hyphen) in single-line texts like control characters (issue 25)', () => {
    for (const c of ['\u202e', '\u202d', '\u2066', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u061c']) {
      expect(isAcceptableText(`faktura${c}fdp.exe`, { multiline: false }), JSON.stringify(c)).toBe(false);
      expect(textProblem(`a${c}b`, { multiline: false })).toBe(CONTROL_CHARACTERS);
      expect(messages(text(100, { multiline: false }), `Titel${c}her`)).toEqual([CONTROL_CHARACTERS]);
    }
    // A request form's title is single-line: refused there; the description (a text area) keeps them.
    const parsed = requestSchema('product_idea', 'form').safeParse({ title: 'Idé\u202eabc', description: 'Familie 👨‍👩‍👧', value: 'x' });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['title', CONTROL_CHARACTERS]]);
  });

  it('property: a text is acceptable exactly when it has no refused code unit (any string, any mix)', () => {
    const refused = (s: string) => [...s].some((ch) => /[\p{Cc}]/u.test(ch) && !'\t\n\r'.includes(ch)) || /[\ufffe\uffff]/.test(s);
    const lone = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...REFUSED, '\t', '\n', 'æ', 'é', '😀'), fc.string({ unit: 'binary', maxLength: 1 })) }), (s) => {
        expect(isAcceptableText(s)).toBe(!refused(s) && !lone(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: normalising is NFC and idempotent, and keeps a text acceptable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        const n = normalizeText(s);
        expect(n).toBe(s.normalize('NFC'));
        expect(normalizeText(n)).toBe(n);
        expect(isAcceptableText(n)).toBe(isAcceptableText(s));
      }),
    );
  });
});

describe('zod helpers', () => {
  it('text(max): trims and normalises to NFC; missing is required, not a string invalid, NUL control_characters, long too_long', () => {
    const schema = text(5);
    expect(schema.parse('  e\u0301  ')).toBe('é');
    expect(messages(schema, undefined)).toEqual(['required']);
    expect(messages(schema, '   ')).toEqual(['required']);
    expect(messages(schema, 42)).toEqual(['invalid']);
    expect(messages(schema, 'a\u0000b')).toEqual([CONTROL_CHARACTERS]);
    expect(messages(schema, 'x\ud800')).toEqual([CONTROL_CHARACTERS]);
    expect(messages(schema, 'abcdef')).toEqual(['too_long?max=5']);
    expect(schema.parse('a\nb')).toBe('a\nb');
    expect(messages(text(5, { multiline: false }), 'a\nb')).toEqual([CONTROL_CHARACTERS]);
  });

  it('optionalText(max): absent or empty is fine, the same rule otherwise', () => {
    const schema = optionalText(5);
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse('')).toBe('');
    expect(messages(schema, 'a\u0007')).toEqual([CONTROL_CHARACTERS]);
    expect(messages(schema, null)).toEqual(['invalid']);
  });

  it('keeps the limits in the JSON Schema of the API document', () => {
    expect(z.toJSONSchema(text(200), { io: 'input' })).toMatchObject({ type: 'string', minLength: 1, maxLength: 200 });
  });

  it('is what the request forms use: NUL in a title or a text area is control_characters, a line break only in the text area', () => {
    const schema = requestSchema('support', 'api');
    const base = { title: 'Titel', description: 'Beskrivelse' };
    expect(schema.safeParse({ ...base, title: 'Ti\u0000tel' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', CONTROL_CHARACTERS],
    ]);
    expect(schema.safeParse({ ...base, tried: 'ja\u0000' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['tried', CONTROL_CHARACTERS]]);
    expect(schema.safeParse({ ...base, title: 'to\nlinjer' }).success).toBe(false);
    expect(schema.parse({ ...base, description: 'to\nlinjer' }).description).toBe('to\nlinjer');
  });

  it('is what the admin forms use: a field message control_characters', () => {
    const schema = z.object({ name: requiredText(100) });
    expect(() => parseForm(schema, { name: 'Firma\u0000' })).toThrow(Refusal);
    try {
      parseForm(schema, { name: 'Firma\u0000' });
    } catch (err) {
      expect((err as Refusal).fieldErrors).toEqual({ name: CONTROL_CHARACTERS });
    }
  });
});
