import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatOre, formatOreAmount, parseKronerToOre } from '../../domain/money.js';

describe('formatOre', () => {
  // prettier-ignore
  it.each([
    // øre,          da,                      en
    [123_450,        '1.234,50 kr.',          'DKK 1,234.50'],
    [0,              '0,00 kr.',              'DKK 0.00'],
    [5,              '0,05 kr.',              'DKK 0.05'],
    [95_000,         '950,00 kr.',            'DKK 950.00'],
    [100_000_000,    '1.000.000,00 kr.',      'DKK 1,000,000.00'],
    [-142_500,       '-1.425,00 kr.',         '-DKK 1,425.00'],
    [-7,             '-0,07 kr.',             '-DKK 0.07'],
  ])('%d øre', (ore, da, en) => {
    expect(formatOre(ore, 'da')).toBe(da);
    expect(formatOre(ore, 'en')).toBe(en);
  });

  it('formats the number alone', () => {
    expect(formatOreAmount(123_450, 'da')).toBe('1.234,50');
    expect(formatOreAmount(123_450, 'en')).toBe('1,234.50');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('rejects %d', (ore) => {
    expect(() => formatOre(ore, 'da')).toThrow(RangeError);
  });
});

describe('parseKronerToOre', () => {
  // prettier-ignore
  it.each([
    // text,           locale, øre
    ['950',            'da',   95_000],
    ['950,5',          'da',   95_050],
    ['950,50',         'da',   95_050],
    ['1.234,50',       'da',   123_450],
    ['1.234,50 kr.',   'da',   123_450],
    ['  12 kr',        'da',   1_200],
    ['-3,07',          'da',   -307],
    ['1,234.50',       'en',   123_450],
    ['DKK 1,234.50',   'en',   123_450],
    ['0.05',           'en',   5],
    ['-0',             'en',   0],
  ] as const)('%j (%s) → %d', (text, locale, ore) => {
    expect(parseKronerToOre(text, locale)).toBe(ore);
  });

  // prettier-ignore
  it.each([
    ['',          'da'],
    ['abc',       'da'],
    ['1,234',     'da'], // three decimals
    ['12.34',     'da'], // bad grouping
    ['1.23,00',   'da'],
    ['1,234.5.0', 'en'],
    ['1e3',       'en'],
  ] as const)('rejects %j (%s)', (text, locale) => {
    expect(parseKronerToOre(text, locale)).toBeNull();
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('da', 'en' as const), (ore, locale) => {
        expect(parseKronerToOre(formatOre(ore, locale), locale)).toBe(ore);
        expect(parseKronerToOre(formatOreAmount(ore, locale), locale)).toBe(ore);
      }),
    );
  });
});
