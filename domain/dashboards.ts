// The periods and groupings of the managers' dashboards (issue 13 item 4): ISO weeks and months in the
// desk's time zone, age buckets, which case types are orders, and the first-response SLA share.
import { civilFromDays, formatDay, isoWeekday, parseDay } from './calendar/civil-date.js';
import type { LocalDate } from './types.js';

/** Weeks the first-response chart shows. */
export const SLA_WEEKS = 26;
/** Months the money and order charts show. */
export const CHART_MONTHS = 12;

/** The Mondays of the last `n` ISO weeks up to and including the week of `today`, oldest first. */
export function lastWeeks(today: LocalDate, n: number): LocalDate[] {
  const day = parseDay(today)!;
  const monday = day - (isoWeekday(day) - 1);
  return Array.from({ length: n }, (_, i) => formatDay(monday - 7 * (n - 1 - i)));
}

/** The ISO week of a day: `{ year, week }` (week 1 holds the year's first Thursday). */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const day = parseDay(date)!;
  const thursday = day + (4 - isoWeekday(day));
  const [year] = civilFromDays(thursday);
  const firstThursday = (() => {
    const jan1 = parseDay(`${String(year).padStart(4, '0')}-01-01`)!;
    return jan1 + ((4 - isoWeekday(jan1) + 7) % 7);
  })();
  return { year, week: 1 + Math.round((thursday - firstThursday) / 7) };
}

/** The last `n` months up to and including the month of `today` (YYYY-MM), oldest first. */
export function lastMonths(today: LocalDate, n: number): string[] {
  const [y, m] = today.split('-').map(Number);
  const index = y * 12 + (m - 1);
  return Array.from({ length: n }, (_, i) => {
    const k = index - (n - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** Age buckets in days, each `[from, to)`; the last is open-ended. */
export const AGE_BUCKETS: readonly { key: string; from: number; to: number | null }[] = [
  { key: 'd0_1', from: 0, to: 1 },
  { key: 'd1_3', from: 1, to: 3 },
  { key: 'd3_7', from: 3, to: 7 },
  { key: 'd7_14', from: 7, to: 14 },
  { key: 'd14_30', from: 14, to: 30 },
  { key: 'd30', from: 30, to: null },
];

/** The index in AGE_BUCKETS of an age in days (working or calendar, as the chart says). */
export function ageBucket(days: number): number {
  const i = AGE_BUCKETS.findIndex((b) => days >= b.from && (b.to === null || days < b.to));
  return i === -1 ? 0 : i;
}

/** Case types that are orders for work (SPEC §3, §3a); those not yet in the product simply count zero. */
export const ORDER_TYPES = ['change_request', 'course_booking', 'consultancy', 'contact_order'] as const;

/** What waits on a price approver: a quote, an order's offer, or a training offer. */
export const AWAITING_KINDS = ['quote', 'order_offer', 'training_offer'] as const;
export type AwaitingKind = (typeof AWAITING_KINDS)[number];

/** First responses in a week: met (answered without a breach) of those judged (met or breached); null when none was judged yet. */
export function slaShare(met: number, breached: number): number | null {
  return met + breached === 0 ? null : met / (met + breached);
}
