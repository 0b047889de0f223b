// An invoice as issued (SPEC §7): the seller and the buyer as they stood that day, the lines of the
// company's locked month, the totals and the dates. It is frozen when the invoice is made, and the UBL
// document and the PDF are both drawn from it, so they always say the same thing.
import type { BillingLineKind } from '../billing.js';
import type { LocalDate, Locale } from '../types.js';
import type { InvoiceTotals } from './vat.js';

/** The vendor: who issues the invoices and where they are paid (configuration, config/billing-identity.json). */
export interface Seller {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  cvr: string;
  email: string;
  phone: string;
  website: string;
  bank: { name: string; iban: string; bic: string; regNo: string; accountNo: string };
  paymentTermsDays: number;
  paymentTerms: Record<Locale, string>;
}

/** The customer company as billed: its billing details on the day the invoice was made. */
export interface Buyer {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  cvr: string | null;
  gln: string | null;
  email: string | null;
  attention: string;
  reference: string;
}

/** How a line's quantity reads: minutes at an hourly rate, or pieces at a price. */
export type LineQuantity = { unit: 'minutes'; minutes: number; hourlyRateOre: number } | { unit: 'piece'; pieces: number; unitPriceOre: number };

export interface InvoiceLine {
  /** 1, 2, 3 … in the order of the month's billing lines. */
  lineNo: number;
  caseNumber: number | null;
  caseTitle: string | null;
  kind: BillingLineKind;
  text: string;
  billedOn: LocalDate;
  quantity: LineQuantity;
  amountOre: number;
}

export interface InvoiceDocument {
  number: number;
  month: string;
  issueDate: LocalDate;
  dueDate: LocalDate;
  locale: Locale;
  currency: 'DKK';
  vatPercent: number;
  seller: Seller;
  buyer: Buyer;
  lines: InvoiceLine[];
  totals: InvoiceTotals;
}

/** The due date: the issue date plus the payment terms' days (calendar days, netto). */
export function dueDateOf(issueDate: LocalDate, days: number): LocalDate {
  const d = new Date(`${issueDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
