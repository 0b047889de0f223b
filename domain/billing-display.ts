// How a billing line's time reads. A fixed price (an accepted quote's or order's price) is not time at the
// hourly rate, so it shows no minutes — only its amount — wherever lines are listed.
import type { BillingLineKind } from './billing.js';

/** Lines whose amount is a fixed price rather than minutes at the hourly rate. */
export const FIXED_PRICE_KINDS: readonly BillingLineKind[] = ['quote_price', 'order_price'];

/** The minutes to show with a line, or null for none (a fixed price, or a line without time). */
export function shownMinutes(line: { kind: string; minutes: number }): number | null {
  if ((FIXED_PRICE_KINDS as readonly string[]).includes(line.kind) || line.minutes === 0) return null;
  return line.minutes;
}
