// How dates and months read on an invoice, the same on every host (no dependence on the host's locale
// data): '15.03.2026' and 'marts 2026' in Danish, '15 March 2026' and 'March 2026' in English.
import type { LocalDate, Locale } from '../../../domain/types.js';

const MONTHS: Record<Locale, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function invoiceDate(date: LocalDate, locale: Locale): string {
  const [y, m, d] = date.split('-');
  return locale === 'da' ? `${d}.${m}.${y}` : `${Number(d)} ${MONTHS.en[Number(m) - 1]} ${y}`;
}

export function invoiceMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-');
  return `${MONTHS[locale][Number(m) - 1]} ${y}`;
}
