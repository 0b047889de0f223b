// Numbers in the reader's format ('2,5' / '2.5'), one Intl.NumberFormat per language and precision:
// making one costs more than formatting many numbers, and mails, pages and charts format on every request.
import type { Locale } from '../domain/types.js';

const formats = new Map<string, Intl.NumberFormat>();

/** The reader's number format with at most `maximumFractionDigits` decimals. */
export function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits })));
  return f;
}
