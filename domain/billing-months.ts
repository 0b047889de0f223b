// Money over time (SPEC §7): billing months, the monthly fee of the support contacts active in a
// month, and the correction lines a later change produces instead of touching a line already billed.
// Pure: dates are `YYYY-MM-DD`, months `YYYY-MM`, amounts integer øre.
import { checkPrices, type BillingLine, type BillingLineKind } from './billing.js';
import type { LocalDate, Locale, Prices } from './types.js';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function assertMonth(month: string): void {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`month must be YYYY-MM, got ${month}`);
}

/** The month of a date. */
export const monthOf = (date: LocalDate): string => date.slice(0, 7);

/** The month `by` months after (negative: before) `month`. */
export function shiftMonth(month: string, by: number): string {
  assertMonth(month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and the last day of a month (both inclusive). */
export function monthDays(month: string): { first: LocalDate; last: LocalDate } {
  assertMonth(month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

/** The first month after `month` that is not locked (`month` itself when it is open). */
export function firstOpenMonth(month: string, locked: (m: string) => boolean): string {
  let m = month;
  for (let i = 0; locked(m); i++) {
    if (i > 1200) throw new RangeError(`no open month within a century after ${month}`);
    m = shiftMonth(m, 1);
  }
  return m;
}

/** The day a line dated `date` is billed on: that day, or the first day of the next open month when its month is locked. */
export function billingDate(date: LocalDate, locked: (m: string) => boolean): LocalDate {
  const month = firstOpenMonth(monthOf(date), locked);
  return month === monthOf(date) ? date : `${month}-01`;
}

// ---- the monthly contact fee ------------------------------------------------------------------

/** One period a person was a support contact of the company (`validTo` inclusive, open-ended when null). */
export interface ContactPeriod {
  personId: number;
  name: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

const FEE_TEXTS = {
  da: {
    fee: (name: string, month: string) => `Månedligt gebyr, ekstra supportkontakt: ${name} (${month})`,
    feeCorrection: (month: string, from: number, to: number) =>
      `Korrektion af månedligt gebyr for ekstra supportkontakter ${month}: ${from} → ${to} ekstra kontakt${to === 1 ? '' : 'er'}`,
    correction: (text: string, month: string) => `Korrektion af "${text}" (${month})`,
  },
  en: {
    fee: (name: string, month: string) => `Monthly fee, extra support contact: ${name} (${month})`,
    feeCorrection: (month: string, from: number, to: number) =>
      `Correction of the monthly fee for extra support contacts ${month}: ${from} → ${to} extra contact${to === 1 ? '' : 's'}`,
    correction: (text: string, month: string) => `Correction of "${text}" (${month})`,
  },
} as const;

/**
 * The contacts active on any day of the month, in the order they became contacts (earliest start
 * first, then by id): the first `includedContacts` are included, each further one is billed the
 * monthly fee (SPEC §7), one `contact_fee` line per person.
 */
export function activeContacts(periods: readonly ContactPeriod[], month: string): { personId: number; name: string; since: LocalDate }[] {
  const { first, last } = monthDays(month);
  const byPerson = new Map<number, { personId: number; name: string; since: LocalDate }>();
  for (const p of periods) {
    if (p.validTo !== null && p.validTo < p.validFrom) throw new RangeError(`period ends before it starts: ${p.validFrom}..${p.validTo}`);
    if (p.validFrom > last || (p.validTo !== null && p.validTo < first)) continue;
    const seen = byPerson.get(p.personId);
    if (!seen || p.validFrom < seen.since) byPerson.set(p.personId, { personId: p.personId, name: p.name, since: p.validFrom });
  }
  return [...byPerson.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.personId - b.personId));
}

export function contactFeeLines(input: { periods: readonly ContactPeriod[]; month: string; prices: Prices; locale?: Locale }): BillingLine[] {
  checkPrices(input.prices);
  const text = FEE_TEXTS[input.locale ?? 'da'];
  return activeContacts(input.periods, input.month)
    .slice(input.prices.includedContacts)
    .map((c) => ({ kind: 'contact_fee' as const, minutes: 0, amountOre: input.prices.extraContactMonthlyOre, text: text.fee(c.name, input.month) }));
}

/**
 * The correction of a locked month's contact fee, billed in a later open month: the fee the month
 * should carry now against what was billed for it (its locked fee lines and earlier corrections).
 * Null when nothing changed.
 */
export function contactFeeCorrection(input: {
  month: string;
  billedOre: number;
  due: readonly BillingLine[];
  prices: Prices;
  locale?: Locale;
}): BillingLine | null {
  const dueOre = input.due.reduce((n, l) => n + l.amountOre, 0);
  const diff = dueOre - input.billedOre;
  if (diff === 0) return null;
  const fee = input.prices.extraContactMonthlyOre;
  const from = fee > 0 ? Math.round(input.billedOre / fee) : 0;
  return { kind: 'correction', minutes: 0, amountOre: diff, text: FEE_TEXTS[input.locale ?? 'da'].feeCorrection(input.month, from, input.due.length) };
}

// ---- corrections of a case billed again ---------------------------------------------------------

/** A line already billed for a case; a correction names the line it corrects and that line's kind. */
export interface BilledLine {
  id: number;
  kind: BillingLineKind;
  minutes: number;
  amountOre: number;
  text: string;
  billedOn: LocalDate;
  corrects: { id: number; kind: BillingLineKind } | null;
}

export interface NewLine extends BillingLine {
  /** The original line this one corrects (kind `correction`), or null for a line of its own. */
  correctsId: number | null;
}

/**
 * What to write when a case is billed again (a reopened case closes once more): for each kind the
 * case now bills, the difference to what was billed before. A kind not billed before becomes a line
 * of its own; a changed amount becomes a `correction` line referencing the first line of that kind,
 * never a change of it. Billing the same again writes nothing (a retried write stays idempotent).
 */
export function billingDelta(billed: readonly BilledLine[], due: readonly BillingLine[], locale: Locale = 'da'): NewLine[] {
  const text = FEE_TEXTS[locale];
  const totals = new Map<string, { minutes: number; amountOre: number; original: BilledLine | null }>();
  const total = (kind: string) => {
    let t = totals.get(kind);
    if (!t) totals.set(kind, (t = { minutes: 0, amountOre: 0, original: null }));
    return t;
  };
  for (const line of billed) {
    const t = total(line.corrects ? line.corrects.kind : line.kind);
    t.minutes += line.minutes;
    t.amountOre += line.amountOre;
    if (!line.corrects && (!t.original || line.id < t.original.id)) t.original = line;
  }
  const dueByKind = new Map<string, BillingLine[]>();
  for (const line of due) dueByKind.set(line.kind, [...(dueByKind.get(line.kind) ?? []), line]);

  const out: NewLine[] = [];
  for (const [kind, lines] of dueByKind) {
    const before = totals.get(kind);
    if (!before?.original) {
      out.push(...lines.map((l) => ({ ...l, correctsId: null })));
      continue;
    }
    const minutes = lines.reduce((n, l) => n + l.minutes, 0) - before.minutes;
    const amountOre = lines.reduce((n, l) => n + l.amountOre, 0) - before.amountOre;
    if (minutes !== 0 || amountOre !== 0) {
      const o = before.original;
      out.push({ kind: 'correction', minutes, amountOre, text: text.correction(o.text, monthOf(o.billedOn)), correctsId: o.id });
    }
  }
  for (const [kind, before] of totals) {
    if (dueByKind.has(kind) || !before.original || (before.minutes === 0 && before.amountOre === 0)) continue;
    const o = before.original;
    out.push({
      kind: 'correction',
      minutes: -before.minutes,
      amountOre: -before.amountOre,
      text: text.correction(o.text, monthOf(o.billedOn)),
      correctsId: o.id,
    });
  }
  return out;
}

/** The days of the month still to come after `today` (0 once the month has ended or today is its last day). */
export function daysLeftInMonth(month: string, today: LocalDate): number {
  const { first, last } = monthDays(month);
  if (today < first) return Number(last.slice(8, 10));
  if (today >= last) return 0;
  return Number(last.slice(8, 10)) - Number(today.slice(8, 10));
}
