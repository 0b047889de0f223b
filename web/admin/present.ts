// Small presentation helpers of the manager pages: shares, month names, urgency of a deadline.
import type { Locale } from '../../domain/types.js';

export { urgency } from '../cases/time-left.js';

/** A share 0..1 as a percentage with one decimal in the reader's style: 0.125 → '12,5 %' / '12.5%'. */
export function percentText(share: number | null, locale: Locale): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const n = (Math.round(share * 1000) / 10).toFixed(1);
  return locale === 'da' ? `${n.replace('.', ',')} %` : `${n}%`;
}

/** 'YYYY-MM' as the month's name: 'marts 2025' / 'March 2025'. */
export function monthName(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, by: -1 | 1): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
