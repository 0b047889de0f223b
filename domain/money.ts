// Money: amounts are integer øre (DKK × 100). Formatting is done by hand (no Intl) so the output is
// the same on every host and inside the Temporal workflow sandbox.
import type { Locale } from './types.js';

const SEPARATORS: Record<Locale, { thousands: string; decimal: string }> = {
  da: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function assertOre(ore: number): void {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`an amount in øre must be a safe integer, got ${ore}`);
}

/** The number only, with two decimals and grouped thousands: 123450 → '1.234,50' (da) / '1,234.50' (en). */
export function formatOreAmount(ore: number, locale: Locale): string {
  assertOre(ore);
  const { thousands, decimal } = SEPARATORS[locale];
  const abs = Math.abs(ore);
  const kroner = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const cents = String(abs % 100).padStart(2, '0');
  return `${ore < 0 ? '-' : ''}${kroner}${decimal}${cents}`;
}

/** With the currency, as a reader of that language expects: '1.234,50 kr.' (da) / 'DKK 1,234.50' (en). Negative: '-1.234,50 kr.' / '-DKK 1,234.50'. */
export function formatOre(ore: number, locale: Locale): string {
  const amount = formatOreAmount(ore, locale);
  if (locale === 'da') return `${amount} kr.`;
  return ore < 0 ? `-DKK ${amount.slice(1)}` : `DKK ${amount}`;
}

/**
 * Reads an amount in kroner typed by a person ('950', '950,5', '1.234,50' in da; '1,234.50' in en)
 * into øre. At most two decimals; thousands separators are optional but must group by three.
 * Returns null when the text is not such an amount (callers show a validation message).
 */
export function parseKronerToOre(text: string, locale: Locale): number | null {
  const { thousands, decimal } = SEPARATORS[locale];
  const t = text
    .trim()
    .replace(/\s*(kr\.?|dkk)$/i, '')
    .replace(/^(-?)dkk\s*/i, '$1');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${esc(thousands)}\\d{3})+|\\d+)(?:${esc(decimal)}(\\d{1,2}))?$`);
  const m = pattern.exec(t);
  if (!m) return null;
  const kroner = Number(m[2]!.split(thousands).join(''));
  const ore = kroner * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return m[1] === '-' && ore !== 0 ? -ore : ore;
}
