// Billing: the lines a closed case (or a company's month) bills (SPEC §2, §3, §5, §7).
// Pure: amounts are integer øre; invalid input throws RangeError (callers validate first).
import type { Locale, Prices, SolutionType } from './types.js';

export const BILLING_LINE_KINDS = [
  'time',
  'estimation_fee',
  'estimation_credit',
  'quote_price',
  'training',
  'order_price',
  'contact_training',
  'contact_fee',
  'correction',
] as const;
/** `extra_contact` is the monthly fee as billed before fees followed the contacts' validity periods (now `contact_fee`). */
export type BillingLineKind = (typeof BILLING_LINE_KINDS)[number] | 'extra_contact';

export interface BillingLine {
  kind: BillingLineKind;
  minutes: number;
  amountOre: number;
  text: string;
}

export interface CaseBillingInput {
  /** Coverage says the case's time is billable (support not covered, or a reclassified incident). */
  billableTime: boolean;
  /** The desk started the request (acknowledged it or logged time); a never-started case bills no time. */
  started: boolean;
  /** Total minutes logged on the case. */
  loggedMinutes: number;
  /** A detailed quote was made: its estimation fee is billed whether or not it was accepted. */
  quote?: { estimationMinutes: number; priceOre: number; hours: number; accepted: boolean } | null;
  /** A training offer; billed only when accepted. */
  training?: { hours: number; accepted: boolean } | null;
  prices: Prices;
  /** Language of the line texts, default 'da'. */
  locale?: Locale;
}

// ---- guards ---------------------------------------------------------------------------------

function nonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number >= 0, got ${value}`);
}

function nonNegativeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be an integer >= 0, got ${value}`);
}

export function checkPrices(prices: Prices): void {
  nonNegativeInteger(prices.hourlyRateOre, 'hourlyRateOre');
  nonNegativeInteger(prices.extraContactMonthlyOre, 'extraContactMonthlyOre');
  nonNegativeInteger(prices.includedContacts, 'includedContacts');
  nonNegative(prices.contactTrainingHours.standard, 'contactTrainingHours.standard');
  nonNegative(prices.contactTrainingHours.enterprise, 'contactTrainingHours.enterprise');
  nonNegativeInteger(prices.minimumMinutes, 'minimumMinutes');
  nonNegativeInteger(prices.roundingIncrementMinutes, 'roundingIncrementMinutes');
  if (prices.roundingIncrementMinutes < 1) throw new RangeError('roundingIncrementMinutes must be >= 1');
}

// ---- arithmetic -----------------------------------------------------------------------------

/** Logged minutes rounded up to a multiple of the increment, then at least the minimum: max(15, ⌈logged⌉). */
export function billableMinutes(loggedMinutes: number, prices: Prices): number {
  checkPrices(prices);
  nonNegative(loggedMinutes, 'loggedMinutes');
  const increment = prices.roundingIncrementMinutes;
  // Any time at all is at least one increment (a tiny fraction divided by the increment can underflow to 0).
  const increments = Math.max(loggedMinutes > 0 ? 1 : 0, Math.ceil(loggedMinutes / increment));
  return Math.max(prices.minimumMinutes, increments * increment);
}

/**
 * The price of some minutes at the hourly rate, in integer øre: minutes × rate / 60 rounded to the
 * nearest øre, halves away from zero. Symmetric: amountForMinutes(-m) === -amountForMinutes(m)
 * (used for credits). Only non-finite minutes throw.
 */
export function amountForMinutes(minutes: number, prices: Prices): number {
  checkPrices(prices);
  if (!Number.isFinite(minutes)) throw new RangeError(`minutes must be finite, got ${minutes}`);
  const amount = Math.round((Math.abs(minutes) * prices.hourlyRateOre) / 60);
  return minutes < 0 && amount !== 0 ? -amount : amount;
}

// ---- texts ----------------------------------------------------------------------------------

function formatHours(hours: number, locale: Locale): string {
  const n = Number.isInteger(hours) ? String(hours) : String(Math.round(hours * 100) / 100);
  const number = locale === 'da' ? n.replace('.', ',') : n;
  if (locale === 'da') return `${number} ${hours === 1 ? 'time' : 'timer'}`;
  return `${number} ${hours === 1 ? 'hour' : 'hours'}`;
}

const TEXTS = {
  da: {
    time: (min: number) => `Forbrugt tid (min. ${min} minutter)`,
    estimationFee: 'Decideret estimering og tilbud',
    estimationCredit: 'Estimering fratrukket købsprisen',
    quotePrice: 'Ændring ifølge accepteret tilbud',
    training: (hours: string) => `Undervisning, ${hours}`,
    contactTraining: (hours: string) => `Supportkontaktundervisning, ${hours}`,
  },
  en: {
    time: (min: number) => `Time used (min. ${min} minutes)`,
    estimationFee: 'Detailed estimate and quote',
    estimationCredit: 'Estimate deducted from the purchase price',
    quotePrice: 'Change according to accepted quote',
    training: (hours: string) => `Training, ${hours}`,
    contactTraining: (hours: string) => `Support contact training, ${hours}`,
  },
} as const;

// ---- lines ----------------------------------------------------------------------------------

/**
 * The lines billed when a case closes, in this order: time, estimation_fee, estimation_credit,
 * quote_price, training.
 * - time: when the time is billable and the case was started (logged time > 0 counts as started).
 * - estimation_fee: whenever a detailed quote was made, whatever the agreement or the answer.
 * - estimation_credit and quote_price: when the quote was accepted; fee + credit + price = price.
 * - training: when a training offer was accepted, at the hourly rate.
 */
export function caseBillingLines(input: CaseBillingInput): BillingLine[] {
  const { prices } = input;
  checkPrices(prices);
  nonNegative(input.loggedMinutes, 'loggedMinutes');
  const text = TEXTS[input.locale ?? 'da'];
  const lines: BillingLine[] = [];

  if (input.billableTime && (input.started || input.loggedMinutes > 0)) {
    const minutes = billableMinutes(input.loggedMinutes, prices);
    lines.push({ kind: 'time', minutes, amountOre: amountForMinutes(minutes, prices), text: text.time(prices.minimumMinutes) });
  }

  const quote = input.quote ?? null;
  if (quote !== null) {
    nonNegative(quote.estimationMinutes, 'quote.estimationMinutes');
    nonNegativeInteger(quote.priceOre, 'quote.priceOre');
    nonNegative(quote.hours, 'quote.hours');
    const fee = amountForMinutes(quote.estimationMinutes, prices);
    lines.push({ kind: 'estimation_fee', minutes: quote.estimationMinutes, amountOre: fee, text: text.estimationFee });
    if (quote.accepted) {
      lines.push({
        kind: 'estimation_credit',
        minutes: -quote.estimationMinutes,
        amountOre: -fee,
        text: text.estimationCredit,
      });
      lines.push({ kind: 'quote_price', minutes: quote.hours * 60, amountOre: quote.priceOre, text: text.quotePrice });
    }
  }

  const training = input.training ?? null;
  if (training !== null) {
    nonNegative(training.hours, 'training.hours');
    if (training.accepted) {
      const minutes = training.hours * 60;
      lines.push({
        kind: 'training',
        minutes,
        amountOre: amountForMinutes(minutes, prices),
        text: text.training(formatHours(training.hours, input.locale ?? 'da')),
      });
    }
  }
  return lines;
}

/** The training billed when a support contact is added or replaced (2 h standard, 4 h enterprise by default). */
export function contactTrainingLine(input: { solutionType: SolutionType; prices: Prices; locale?: Locale }): BillingLine {
  checkPrices(input.prices);
  const locale = input.locale ?? 'da';
  const hours = input.prices.contactTrainingHours[input.solutionType];
  const minutes = hours * 60;
  return {
    kind: 'contact_training',
    minutes,
    amountOre: amountForMinutes(minutes, input.prices),
    text: TEXTS[locale].contactTraining(formatHours(hours, locale)),
  };
}
