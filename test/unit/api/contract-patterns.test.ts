// The patterns the API document states are the server's own rules, not a description of them: the
// text pattern equals isAcceptableText (and "not blank" equals what trimming leaves), the calendar-date
// pattern equals isCalendarDate — on every well-formed string fast-check draws, control characters,
// line breaks, Unicode blanks and astral characters included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORMAT_CLASS, isAcceptableText, textPattern, text } from '../../../domain/text-input.js';
import { CALENDAR_DATE_PATTERN, isCalendarDate } from '../../../services/companies/admin-forms.js';
import { asciiDigits } from '../../../web/api/openapi/complete.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings mixing the characters that matter (controls, breaks, blanks, surrogate pairs) with any code point. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        'a',
        'é',
        ' ',
        '\t',
        '\n',
        '\r',
        '\u0000',
        '\u0008',
        '\u000b',
        '\u001f',
        '\u007f',
        '\u0085',
        '\u00a0',
        '\u2028',
        '\u3000',
        '\ufeff',
        '\ufffe',
        '\u00ad',
        '\u200b',
        '\u202e',
        '\u{E0041}',
        '😀',
        'x',
      ),
      { maxLength: 8 },
    )
    .map((a) => a.join('')),
);

describe('the text patterns of the API document', () => {
  for (const multiline of [true, false]) {
    it(`equal the server's rule (${multiline ? 'multi-line' : 'single-line'}), on every well-formed string`, () => {
      const any = new RegExp(textPattern({ multiline }), 'u');
      const filled = new RegExp(textPattern({ multiline }, true), 'u');
      fc.assert(
        fc.property(tricky, (s) => {
          if (LONE_SURROGATE.test(s)) return;
          expect(any.test(s), JSON.stringify(s)).toBe(isAcceptableText(s, { multiline }));
          expect(filled.test(s), JSON.stringify(s)).toBe(isAcceptableText(s, { multiline }) && s.trim() !== '');
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('name every format character (Cf) as this runtime knows them, and nothing else', () => {
    const format = new RegExp(`[${FORMAT_CLASS}]`, 'u');
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c === 0xd800) c = 0xe000;
      const ch = String.fromCodePoint(c);
      if (format.test(ch) !== /\p{Cf}/u.test(ch)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('a lone surrogate, which no pattern can name, is refused by the server (the document says so in words)', () => {
    expect(isAcceptableText('a\ud800b')).toBe(false);
    expect(text(10).safeParse('a\udfff').success).toBe(false);
  });

  it('a text schema counts characters as JSON Schema does (code points, as sent) and says blank is required', () => {
    expect(text(3).safeParse('😀😀😀').success).toBe(true);
    expect(text(3).safeParse('abcd').error?.issues[0]?.message).toBe('too_long?max=3');
    expect(text(3).safeParse('   ').error?.issues[0]?.message).toBe('required');
  });
});

describe('the calendar-date pattern', () => {
  it('equals isCalendarDate (real days, 1900 to 2999, leap years included)', () => {
    const pattern = new RegExp(CALENDAR_DATE_PATTERN);
    const day = fc
      .tuple(fc.integer({ min: 1800, max: 3100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(day, fc.string()), (s) => {
        expect(pattern.test(s), s).toBe(isCalendarDate(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['2000-02-29', '2400-02-29', '1900-02-29', '2100-02-29', '2024-02-29', '2023-02-29']) expect(pattern.test(s), s).toBe(isCalendarDate(s));
  });

  it('patterns name digits as ASCII ([0-9]): Python and other generators read \\d as any script’s digits', () => {
    expect(asciiDigits('^\\d{4}-[\\d]$')).toBe('^[0-9]{4}-[0-9]$');
    expect(asciiDigits('\\\\d')).toBe('\\\\d');
  });
});
