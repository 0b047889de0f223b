// Puts an invoice together (SPEC §7): the vendor from configuration, the company's billing details as
// they stand, and one line per billing line of the company's locked month — the month as it was exported,
// so the invoice says exactly what the export said.
import { dueDateOf, type Buyer, type InvoiceDocument } from '../../../domain/invoices/document.js';
import { invoiceLines } from '../../../domain/invoices/lines.js';
import { invoiceTotals, VAT_PERCENT } from '../../../domain/invoices/vat.js';
import type { LocalDate } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import type { BillingDetails } from '../../companies/billing-details.js';
import type { CompanyMonth } from '../lines.js';

export function buyerOf(company: { id: string; name: string }, d: BillingDetails): Buyer {
  return {
    slug: company.id,
    name: company.name,
    street: d.street,
    postcode: d.postcode,
    city: d.city,
    country: d.country,
    cvr: d.cvr,
    gln: d.gln,
    email: d.invoiceEmail,
    attention: d.attention,
    reference: d.reference,
  };
}

export function invoiceDocument(
  s: Services,
  input: { number: number; month: string; issueDate: LocalDate; company: { id: string; name: string }; details: BillingDetails; locked: CompanyMonth },
): InvoiceDocument {
  const { seller } = s.billingIdentity();
  const lines = invoiceLines(input.locked.lines);
  return {
    number: input.number,
    month: input.month,
    issueDate: input.issueDate,
    dueDate: dueDateOf(input.issueDate, seller.paymentTermsDays),
    locale: input.details.locale,
    currency: 'DKK',
    vatPercent: VAT_PERCENT,
    seller,
    buyer: buyerOf(input.company, input.details),
    lines,
    totals: invoiceTotals(lines),
  };
}
