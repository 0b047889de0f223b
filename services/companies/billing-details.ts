// A company's billing details (SPEC §7): billing address, CVR number, an optional EAN/GLN number (public
// customers receive invoices on it), the invoice e-mail, the attention (a person to mark the invoice for),
// the reference (the customer's order or cost-centre reference, the invoice's order reference) and the
// language of its invoices. Edited by desk managers on the company page and through the API; every change
// goes to the audit log with the record before and after.
import { QueryTypes, type Transaction } from 'sequelize';
import { z } from 'zod';
import { isCvr, isGln } from '../../domain/invoices/identifiers.js';
import { characterCount, isAcceptableText } from '../../domain/text-input.js';
import { VALIDATION_KEYS } from '../../domain/validation.js';
import { LOCALES, type Locale } from '../../domain/types.js';
import type { Services } from '../context.js';
import { invalid } from '../errors.js';
import { recordAudit, type AuditActor } from '../audit/record.js';
import { findCompany } from './companies.js';

export interface BillingDetails {
  street: string;
  postcode: string;
  city: string;
  country: string;
  cvr: string | null;
  gln: string | null;
  invoiceEmail: string | null;
  attention: string;
  reference: string;
  locale: Locale;
}

export const BILLING_DETAIL_FIELDS = ['street', 'postcode', 'city', 'country', 'cvr', 'gln', 'invoiceEmail', 'attention', 'reference', 'locale'] as const;

/** The message keys these fields may give beyond the common ones (i18n: validation.*). */
const OWN_KEYS = new Set(['invalid_cvr', 'invalid_gln', 'invalid_postcode', 'invalid_country', 'invalid_email', ...VALIDATION_KEYS]);

export const EMPTY_BILLING_DETAILS: BillingDetails = {
  street: '',
  postcode: '',
  city: '',
  country: 'DK',
  cvr: null,
  gln: null,
  invoiceEmail: null,
  attention: '',
  reference: '',
  locale: 'da',
};

const asText = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? asText(v[0]) : typeof v === 'number' ? String(v) : '');
const line = (max: number) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? '' : asText(v)),
    z
      .string()
      .normalize('NFC')
      .trim()
      .refine((v) => isAcceptableText(v, { multiline: false }), { error: 'control_characters', abort: true })
      .max(max, { error: 'too_long' }),
  );
/** Digits typed with spaces or dashes ('37 12 10 02') are read without them; empty is none. */
const digits = (check: (v: string) => boolean, key: string) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? '' : asText(v).replace(/[\s-]/g, '')),
    z
      .string()
      .refine((v) => v === '' || check(v), { error: key })
      .transform((v) => (v === '' ? null : v)),
  );

const fields = {
  street: line(200),
  postcode: line(10).refine((v) => v === '' || /^[0-9A-Za-z -]{3,10}$/.test(v), { error: 'invalid_postcode' }),
  city: line(100),
  country: z.preprocess(
    (v) => (v === null || v === undefined || v === '' ? 'DK' : asText(v).trim().toUpperCase()),
    z.string().regex(/^[A-Z]{2}$/, { error: 'invalid_country' }),
  ),
  cvr: digits(isCvr, 'invalid_cvr'),
  gln: digits(isGln, 'invalid_gln'),
  invoiceEmail: z.preprocess(
    (v) => (v === null || v === undefined ? '' : asText(v).trim().toLowerCase()),
    z
      .string()
      .max(320, { error: 'too_long' })
      .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'invalid_email' })
      .transform((v) => (v === '' ? null : v)),
  ),
  attention: line(100),
  reference: line(100),
  locale: z.preprocess((v) => (v === null || v === undefined || v === '' ? 'da' : asText(v)), z.enum(LOCALES, { error: 'invalid_choice' })),
};

/** A form's fields (other posted fields, such as the form guard's, are left alone); the form always sends its language. */
const formSchema = z.object({
  ...fields,
  locale: z.preprocess(
    asText,
    z
      .string()
      .min(1, { error: 'required' })
      .pipe(z.enum(LOCALES, { error: 'invalid_choice' })),
  ),
});
/** The most characters the API takes in each field (as sent, before spaces and dashes are dropped). */
export const BILLING_DETAIL_MAX: Record<(typeof BILLING_DETAIL_FIELDS)[number], number> = {
  street: 200,
  postcode: 10,
  city: 100,
  country: 10,
  cvr: 20,
  gln: 20,
  invoiceEmail: 320,
  attention: 100,
  reference: 100,
  locale: 2,
};

/**
 * The API's fields as JSON sends them: a string or null, one line without control characters, at most
 * its limit as sent — what the OpenAPI document states — before the form's reading (trimmed, spaces
 * and dashes dropped) applies.
 */
function checkAsSent(raw: unknown): void {
  if (!raw || typeof raw !== 'object') return;
  const errors: Record<string, string> = {};
  for (const [field, v] of Object.entries(raw)) {
    if (!(field in BILLING_DETAIL_MAX) || v === null) continue;
    if (typeof v !== 'string') errors[field] = 'invalid';
    else if (!isAcceptableText(v, { multiline: false })) errors[field] = 'control_characters';
    else if (characterCount(v) > BILLING_DETAIL_MAX[field as keyof typeof BILLING_DETAIL_MAX]) errors[field] = 'too_long';
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

/** The API's body: only these fields, each optional (a field left out keeps its value). */
const apiSchema = z.strictObject(
  Object.fromEntries(BILLING_DETAIL_FIELDS.map((f) => [f, fields[f].optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  },
);

function parse<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] ??= 'unknown_field';
      continue;
    }
    const field = issue.path.length ? issue.path.map(String).join('.') : '_';
    errors[field] ??= OWN_KEYS.has(issue.message) ? issue.message : 'invalid';
  }
  throw invalid(errors);
}

interface Row {
  street: string;
  postcode: string;
  city: string;
  country: string;
  cvr: string | null;
  gln: string | null;
  invoice_email: string | null;
  attention: string;
  reference: string;
  locale: Locale;
}

const fromRow = (r: Row): BillingDetails => ({
  street: r.street,
  postcode: r.postcode,
  city: r.city,
  country: r.country,
  cvr: r.cvr,
  gln: r.gln,
  invoiceEmail: r.invoice_email,
  attention: r.attention,
  reference: r.reference,
  locale: r.locale,
});

/** The billing details of companies, by id (a company without any has the empty details). */
export async function billingDetailsOf(s: Pick<Services, 'db'>, ids: readonly string[], transaction?: Transaction): Promise<Map<string, BillingDetails>> {
  const out = new Map<string, BillingDetails>(ids.map((id) => [id, { ...EMPTY_BILLING_DETAILS }]));
  if (ids.length === 0) return out;
  const rows = await s.db.sequelize.query<Row & { company_id: string }>('SELECT * FROM company_billing WHERE company_id IN (:ids)', {
    type: QueryTypes.SELECT,
    replacements: { ids },
    transaction,
  });
  for (const r of rows) out.set(r.company_id, fromRow(r));
  return out;
}

export async function companyBillingDetails(s: Services, companyId: string): Promise<BillingDetails> {
  const company = await findCompany(s, companyId);
  return (await billingDetailsOf(s, [company.id])).get(company.id)!;
}

/** What is missing for invoices that a Peppol access point and the invoice mail can take. */
export function missingBillingDetails(d: BillingDetails): ('address' | 'cvr' | 'invoiceEmail')[] {
  const missing: ('address' | 'cvr' | 'invoiceEmail')[] = [];
  if (!d.street || !d.postcode || !d.city) missing.push('address');
  if (!d.cvr && !d.gln) missing.push('cvr');
  if (!d.invoiceEmail) missing.push('invoiceEmail');
  return missing;
}

async function save(s: Services, by: AuditActor, companyId: string, next: BillingDetails, before: BillingDetails): Promise<BillingDetails> {
  if (JSON.stringify(next) === JSON.stringify(before)) return before;
  await s.db.sequelize.transaction(async (transaction) => {
    await s.db.sequelize.query(
      `INSERT INTO company_billing (company_id, street, postcode, city, country, cvr, gln, invoice_email, attention, reference, locale, updated_at)
       VALUES (:companyId, :street, :postcode, :city, :country, :cvr, :gln, :invoiceEmail, :attention, :reference, :locale, :at)
       ON CONFLICT (company_id) DO UPDATE SET street = EXCLUDED.street, postcode = EXCLUDED.postcode, city = EXCLUDED.city, country = EXCLUDED.country,
         cvr = EXCLUDED.cvr, gln = EXCLUDED.gln, invoice_email = EXCLUDED.invoice_email, attention = EXCLUDED.attention,
         reference = EXCLUDED.reference, locale = EXCLUDED.locale, updated_at = EXCLUDED.updated_at`,
      { transaction, replacements: { companyId, ...next, at: new Date(s.now()) } },
    );
    await recordAudit(
      s,
      { actor: by, entity: 'company', entityId: companyId, action: 'billing_details_updated', before: { ...before }, after: { ...next } },
      transaction,
    );
  });
  return next;
}

/** The company page's form: every field as posted (a blank field clears it). */
export async function updateBillingDetails(s: Services, by: AuditActor, companyId: string, raw: unknown): Promise<BillingDetails> {
  const company = await findCompany(s, companyId);
  const before = (await billingDetailsOf(s, [company.id])).get(company.id)!;
  return save(s, by, company.id, parse(formSchema, raw), before);
}

/** The API's change: the fields given (null or '' clears one), the rest kept. */
export async function patchBillingDetails(s: Services, by: AuditActor, companyId: string, raw: unknown): Promise<BillingDetails> {
  const company = await findCompany(s, companyId);
  const before = (await billingDetailsOf(s, [company.id])).get(company.id)!;
  checkAsSent(raw);
  const given = parse(apiSchema, raw);
  const next = { ...before };
  for (const f of BILLING_DETAIL_FIELDS) if (f in (raw as object) && given[f] !== undefined) (next as Record<string, unknown>)[f] = given[f];
  return save(s, by, company.id, next, before);
}
