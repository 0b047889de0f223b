// The lines of an invoice from the billing lines of a company's locked month (SPEC §7): one invoice line
// per billing line, in the same order and with the same amount (corrections and credits stay negative).
// A line of time at the hourly rate is quantified in minutes at that rate — its amount is minutes × rate /
// 60 rounded to the øre, exactly as billing computed it — and every other line (a fixed price, a monthly
// fee, a correction that is not time at a rate) as one piece at its amount, or minus one piece for a credit,
// so a price is never negative.
import { FIXED_PRICE_KINDS } from '../billing-display.js';
import type { BillingLineKind } from '../billing.js';
import type { LocalDate } from '../types.js';
import type { InvoiceLine, LineQuantity } from './document.js';

export interface MonthLine {
  caseNumber: number | null;
  caseTitle: string | null;
  kind: BillingLineKind;
  minutes: number;
  amountOre: number;
  text: string;
  billedOn: LocalDate;
}

/** Minutes at an hourly rate, in øre, rounded as billing rounds them (halves away from zero). */
export function minutesAtRate(minutes: number, hourlyRateOre: number): number {
  const amount = Math.round((Math.abs(minutes) * hourlyRateOre) / 60);
  return minutes < 0 && amount !== 0 ? -amount : amount;
}

/**
 * The hourly rate some minutes were billed at: of the rates that give this amount (a few minutes fit a
 * range of rates), the roundest — whole hundreds of kroner before whole kroner before øre.
 */
export function billedRate(minutes: number, amountOre: number): number | null {
  const lo = ((amountOre - 0.5) * 60) / minutes;
  const hi = ((amountOre + 0.5) * 60) / minutes;
  for (const step of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
    const rate = Math.max(step, Math.ceil(lo / step) * step);
    if (rate <= hi && minutesAtRate(minutes, rate) === amountOre) return rate;
  }
  return null;
}

/** The quantity of a billing line: minutes at the rate it was billed at when that is what it is, else a piece. */
export function lineQuantity(line: Pick<MonthLine, 'kind' | 'minutes' | 'amountOre'>): LineQuantity {
  const { minutes, amountOre } = line;
  const timed = minutes !== 0 && amountOre !== 0 && Math.sign(minutes) === Math.sign(amountOre) && !FIXED_PRICE_KINDS.includes(line.kind);
  if (timed) {
    const rate = billedRate(Math.abs(minutes), Math.abs(amountOre));
    if (rate !== null) return { unit: 'minutes', minutes, hourlyRateOre: rate };
  }
  return { unit: 'piece', pieces: amountOre < 0 ? -1 : 1, unitPriceOre: Math.abs(amountOre) };
}

export function invoiceLines(lines: readonly MonthLine[]): InvoiceLine[] {
  return lines.map((l, i) => ({
    lineNo: i + 1,
    caseNumber: l.caseNumber,
    caseTitle: l.caseTitle,
    kind: l.kind,
    text: l.text,
    billedOn: l.billedOn,
    quantity: lineQuantity(l),
    amountOre: l.amountOre,
  }));
}

/** The amount a quantity comes to (the line's amount, by construction). */
export function quantityAmount(q: LineQuantity): number {
  return q.unit === 'minutes' ? minutesAtRate(q.minutes, q.hourlyRateOre) : q.pieces * q.unitPriceOre;
}
