// The bad values the fuzz suite is made of (fast-check arbitraries): texts with NUL, other control
// characters and lone surrogates, numbers and dates that are not, very long texts, markup, keys that
// pollute prototypes; and encoders that put them on the wire as a broken client would — lone
// surrogates as WTF-8 bytes, raw bytes that are not UTF-8, percent signs that are not escapes.
import fc from 'fast-check';

const controls = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
const surrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 });
const sandwich = (inner: fc.Arbitrary<string>) => fc.tuple(fc.string({ maxLength: 20 }), inner, fc.string({ maxLength: 20 })).map(([a, b, c]) => a + b + c);

/** One bad (or merely odd) text value. */
export const badText: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom('\u0000', 'a\u0000b', '\u007f', '\u0085', '\u2028', '\ud800', 'x\udfffy', '\ufeff', '\u202e', 'e\u0301', '１２３', 'ÆØÅ æøå'),
  sandwich(controls),
  sandwich(surrogates),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", '${7*7}', '{{7*7}}', '../../../etc/passwd', '%00', '%zz', '\\'),
  fc.constantFrom('NaN', 'Infinity', '-1', '0', '1e309', '0x1f', '9'.repeat(40), '-0', '1.5', '1,5', ' 12 ', '+3'),
  fc.constantFrom('2025-02-30', '2025-13-01', '9999-99-99T99:99', '0000-00-00', '2025-01-01T25:61', 'i går'),
  fc.integer({ min: 5_001, max: 60_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 5_001, max: 20_000 }).map((n) => '\u0000'.repeat(n)),
);

/** Keys a form or JSON body should never trust. */
export const badKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'constructor[prototype][polluted]', 'a[b][c][d][e][f][g]', 'x[]', '[]', ''),
  fc.string({ maxLength: 30 }),
  sandwich(controls),
);

/** Any JSON value, deep or odd. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, true, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, '', [], {}),
  badText,
  fc.array(badText, { maxLength: 5 }),
  fc.dictionary(badKey, badText, { maxKeys: 4 }),
);

/** The text's UTF-8 bytes, except that a lone surrogate becomes its WTF-8 bytes (which are not UTF-8). */
export function wtf8Bytes(text: string): Buffer {
  const parts: Buffer[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      plain += text.slice(i, i + 2);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      parts.push(Buffer.from(plain, 'utf8'), Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]));
      plain = '';
    } else plain += text[i];
  }
  parts.push(Buffer.from(plain, 'utf8'));
  return Buffer.concat(parts);
}

/** Percent-encodes the text's bytes (WTF-8: lone surrogates stay broken on the wire). */
export function wtf8Percent(text: string): string {
  let out = '';
  for (const b of wtf8Bytes(text)) {
    const ch = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A JSON text; with `raw`, lone surrogates are sent as their bytes, not as the \\u escapes JSON.stringify writes. */
export function rawJson(value: unknown, raw: boolean): Uint8Array | string {
  const text = JSON.stringify(value) ?? 'null';
  if (!raw) return text;
  return wtf8Bytes(text.replace(/\\u(d[89a-f][0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** Bytes that are not UTF-8 or not what they claim to be. */
export const badBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
  fc.constantFrom(Uint8Array.from([0xff, 0xfe, 0x00]), Uint8Array.from([0xc3]), Uint8Array.from([0xed, 0xa0, 0x80]), Uint8Array.from([0x1f, 0x8b, 0x08, 0x00])),
);
