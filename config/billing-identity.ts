// Loads the vendor's billing identity — name, address, CVR number, bank account, payment terms and the
// first invoice number — from config/billing-identity.json, or the file named by BILLING_IDENTITY_FILE,
// and validates it at start-up: a bad file stops the start with one readable line naming the field.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isBic, isCvr, isIban } from '../domain/invoices/identifiers.js';
import type { Seller } from '../domain/invoices/document.js';

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalLine = (max: number) => z.string().trim().max(max).default('');

export const billingIdentitySchema = z.strictObject({
  name: line(200),
  street: line(200),
  postcode: z
    .string()
    .trim()
    .regex(/^[0-9A-Z -]{3,10}$/, 'a postcode of 3 to 10 digits or letters'),
  city: line(100),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as DK'),
  cvr: z.string().refine(isCvr, 'a CVR number: 8 digits passing the modulus 11 check'),
  email: z.email(),
  phone: optionalLine(40),
  website: optionalLine(200),
  bank: z.strictObject({
    name: line(100),
    iban: z
      .string()
      .transform((v) => v.replace(/\s+/g, '').toUpperCase())
      .refine(isIban, 'an IBAN with correct check digits'),
    bic: z.string().trim().toUpperCase().refine(isBic, 'a BIC of 8 or 11 characters'),
    regNo: z.string().regex(/^\d{4}$/, 'a Danish registration number of 4 digits'),
    accountNo: z.string().regex(/^\d{1,10}$/, 'a Danish account number of up to 10 digits'),
  }),
  paymentTerms: z.strictObject({
    days: z.number().int().min(0).max(120),
    text: z.strictObject({ da: line(100), en: line(100) }),
  }),
  numberSeries: z.strictObject({ first: z.number().int().min(1).max(1e12) }),
});

export interface BillingIdentity {
  seller: Seller;
  /** The first number of the gapless invoice number series. */
  firstInvoiceNumber: number;
}

export const DEFAULT_BILLING_IDENTITY_FILE = fileURLToPath(new URL('./billing-identity.json', import.meta.url));

export function billingIdentityFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BILLING_IDENTITY_FILE?.trim();
  return fromEnv ? resolve(fromEnv) : DEFAULT_BILLING_IDENTITY_FILE;
}

/** Validates an already-parsed identity; throws one line naming the first bad field. */
export function parseBillingIdentity(data: unknown, source = 'billing identity'): BillingIdentity {
  const result = billingIdentitySchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`invalid ${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const { paymentTerms, numberSeries, ...seller } = result.data;
  return { seller: { ...seller, paymentTermsDays: paymentTerms.days, paymentTerms: paymentTerms.text }, firstInvoiceNumber: numberSeries.first };
}

export function loadBillingIdentity(file: string = billingIdentityFilePath()): BillingIdentity {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the billing identity ${file}: ${(err as Error).message}`, { cause: err });
  }
  return parseBillingIdentity(data, `billing identity ${file}`);
}
