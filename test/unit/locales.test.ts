// Danish and English say the same things: the same locale files, the same keys in each, and per key
// the same {{placeholders}} and $t(…) references, every text non-empty (issue 10 item 5).
import { describe, expect, it } from 'vitest';
import { keysOf, namespacesOf, textsOf } from '../../i18n/index.js';

/** The placeholders and nested references of a text, sorted: "{{name}}", "{{price, currency}}" → name, price; "$t(x)" → $t(x). */
function slots(text: unknown): string[] {
  if (typeof text !== 'string') return [`<${typeof text}>`];
  const placeholders = [...text.matchAll(/\{\{\s*-?\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]);
  const nested = [...text.matchAll(/\$t\(([^)]+)\)/g)].map((m) => `$t(${m[1]})`);
  return [...placeholders, ...nested].sort();
}

describe('the locale files', () => {
  const namespaces = namespacesOf('da');

  it('are the same files in Danish and English', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(namespacesOf('en')).toEqual(namespaces);
  });

  for (const ns of namespaces) {
    it(`${ns}: the same keys in both languages`, () => {
      const da = keysOf('da', ns).sort();
      const en = keysOf('en', ns).sort();
      expect(
        da.filter((k) => !en.includes(k)),
        'only in Danish',
      ).toEqual([]);
      expect(
        en.filter((k) => !da.includes(k)),
        'only in English',
      ).toEqual([]);
    });

    it(`${ns}: the same placeholders per key, and no empty text`, () => {
      const da = textsOf('da', ns);
      const en = textsOf('en', ns);
      const differ = Object.keys(da)
        .filter((key) => key in en)
        .filter((key) => slots(da[key]).join() !== slots(en[key]).join())
        .map((key) => `${key}: da ${JSON.stringify(slots(da[key]))} / en ${JSON.stringify(slots(en[key]))}`);
      expect(differ).toEqual([]);
      const empty = [...Object.entries(da).map(([k, v]) => ['da', k, v]), ...Object.entries(en).map(([k, v]) => ['en', k, v])]
        .filter(([, , v]) => typeof v !== 'string' || v.trim() === '')
        .map(([lang, k]) => `${lang} ${k}`);
      expect(empty).toEqual([]);
    });
  }

  it('notices a missing placeholder (the check can fail)', () => {
    expect(slots('Sag #{{number}} er lukket')).toEqual(['number']);
    expect(slots('Case closed')).toEqual([]);
    expect(slots('{{count}} timer à {{price, currency}} $t(common:hours)')).toEqual(['$t(common:hours)', 'count', 'price']);
  });
});
