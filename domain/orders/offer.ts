// The desk's offer on an order (SPEC §3a): a fixed price, or hours at a rate. A support-contact order
// offers the contact training by default (2 h standard / 4 h enterprise at the configured hourly rate).
// The price approver (or a contact with the right) accepts or rejects it before it expires.
import type { Instant, OrderType, SolutionType } from '../types.js';

export type OfferPricing = 'fixed' | 'time';

export interface OrderOffer {
  /** What is offered: dates, content, conditions — as the customer reads it. */
  text: string;
  pricing: OfferPricing;
  /** The fixed price, or for an offer by time the expected total (hours × rate), in øre. */
  priceOre: number;
  /** Hours offered (by time), or the hours a fixed price covers when the desk said so. */
  hours: number | null;
  /** The hourly rate of an offer by time, in øre. */
  rateOre: number | null;
  validWorkingDays: number;
  outcome: 'pending' | 'accepted' | 'rejected' | 'expired';
  sentAt: Instant | null;
  /** The last instant it may be accepted (working days from sending). */
  validUntil: Instant | null;
}

/** An order's own part of the case state. */
export interface OrderState {
  offer: OrderOffer | null;
  /** When the order was delivered (the work done, the course or the training held). */
  deliveredAt: Instant | null;
}

export interface OfferInput {
  text: string;
  priceOre?: number;
  hours?: number;
  rateOre?: number;
  validWorkingDays?: number;
}

export interface OfferDefaults {
  type: OrderType;
  solutionType: SolutionType | null;
  hourlyRateOre: number;
  contactTrainingHours: Record<SolutionType, number>;
  validWorkingDays: number;
}

/**
 * What is wrong with an offer's input for this order, as `{ field: messageKey }`, or null: a fixed
 * price and hours at a rate exclude each other, a rate needs hours, and only a support-contact order
 * may leave both out (its training hours at the hourly rate are the default).
 */
export function offerInputProblems(type: OrderType, input: OfferInput): Record<string, string> | null {
  if (input.priceOre !== undefined && (input.hours !== undefined || input.rateOre !== undefined)) {
    return { [input.hours !== undefined ? 'hours' : 'rateOre']: 'price_or_hours' };
  }
  if (input.rateOre !== undefined && input.hours === undefined && type !== 'contact_order') return { hours: 'required' };
  if (input.priceOre === undefined && input.hours === undefined && input.rateOre === undefined && type !== 'contact_order') {
    return { priceOre: 'price_or_hours' };
  }
  return null;
}

/** The offer as it is sent: defaults filled in, the expected total computed. */
export function makeOffer(input: OfferInput, d: OfferDefaults): OrderOffer {
  const validWorkingDays = input.validWorkingDays ?? d.validWorkingDays;
  const base = { text: input.text, validWorkingDays, outcome: 'pending' as const, sentAt: null, validUntil: null };
  if (input.priceOre !== undefined) return { ...base, pricing: 'fixed', priceOre: input.priceOre, hours: null, rateOre: null };
  const hours = input.hours ?? d.contactTrainingHours[d.solutionType ?? 'standard'];
  const rateOre = input.rateOre ?? d.hourlyRateOre;
  return { ...base, pricing: 'time', priceOre: priceForHours(hours, rateOre), hours, rateOre };
}

/** Hours at an hourly rate, rounded to the øre (halves away from zero). */
export function priceForHours(hours: number, rateOre: number): number {
  return Math.round(hours * rateOre);
}

/** Minutes at an hourly rate, rounded to the øre. */
export function priceForMinutes(minutes: number, rateOre: number): number {
  const amount = Math.round((Math.abs(minutes) * rateOre) / 60);
  return minutes < 0 && amount !== 0 ? -amount : amount;
}
