// The OpenAPI part of invoices (SPEC §7): making a locked month's invoices, listing them, reading an
// invoice as Peppol BIS Billing 3.0 UBL XML or as PDF, and a company's billing details.
import { R, int, json, nullable, obj, ref, str, textSchema, withRules, type Schema } from './parts.js';
import { idempotent } from './tokens.js';
import { MONTH } from '../../../services/billing/export.js';
import { BILLING_DETAIL_FIELDS, BILLING_DETAIL_MAX } from '../../../services/companies/billing-details.js';
import { LOCALES } from '../../../domain/types.js';

const month = {
  name: 'month',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: MONTH.source },
  description: 'The billing month, YYYY-MM (2000–2999).',
};
const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string', maxLength: 41 }, description: 'The company’s slug.' };
const ore = (description: string): Schema => ({ type: 'integer', description });

export function invoiceSchemas(): Record<string, Schema> {
  return {
    Invoice: obj({
      number: { type: 'integer', description: 'The invoice number, from one gapless series (never reused).' },
      company: { type: 'string', description: 'The company’s slug.' },
      companyName: str,
      month: str,
      issueDate: { type: 'string', format: 'date' },
      dueDate: { type: 'string', format: 'date', description: 'The issue date plus the vendor’s payment terms.' },
      totalExVatOre: ore('The sum of the company’s billing lines of the month, in øre (the UBL LineExtensionAmount).'),
      vatOre: ore('VAT 25 % of totalExVatOre, computed once on the total, half an øre rounded away from zero.'),
      totalOre: ore('totalExVatOre + vatOre (the UBL PayableAmount).'),
      status: { type: 'string', enum: ['made', 'sent'], description: '`sent` once the invoice mail (PDF and XML attached) has left the outbox.' },
      sentAt: nullable({ type: 'string', format: 'date-time' }),
      xml: { type: 'string', description: 'Path of the UBL XML.' },
      pdf: { type: 'string', description: 'Path of the PDF.' },
    }),
    InvoiceList: obj({ invoices: { type: 'array', items: ref('Invoice') } }),
    InvoiceRun: obj({
      invoices: { type: 'array', items: ref('Invoice') },
      withheld: {
        type: 'array',
        description:
          'Companies of the month whose invoice was not made: without a CVR or EAN number a Peppol access point cannot deliver it. Add the number and make the month’s invoices again.',
        items: obj({ company: str, companyName: str, missing: { type: 'array', items: { type: 'string', enum: ['cvr'] } } }),
      },
    }),
    CompanyBilling: obj({
      company: str,
      street: str,
      postcode: str,
      city: str,
      country: { type: 'string', description: 'ISO 3166 code, DK by default.' },
      cvr: { ...nullable(str), description: 'CVR number, 8 digits (modulus 11).' },
      gln: { ...nullable(str), description: 'EAN/GLN number of a public customer, 13 digits (GS1 check digit): the invoice’s electronic address.' },
      invoiceEmail: { ...nullable(str), description: 'Where the invoice mail goes.' },
      attention: str,
      reference: { type: 'string', description: 'The customer’s reference: the invoice’s order and buyer reference.' },
      locale: { type: 'string', enum: ['da', 'en'], description: 'The language of the company’s invoices.' },
    }),
  };
}

export function invoicePaths(): Record<string, Schema> {
  const refused = { 401: R[401], 403: R[403], 404: R[404], 500: R[500] };
  const file = (type: string, what: string) => ({
    get: {
      operationId: type === 'xml' ? 'getInvoiceXml' : 'getInvoicePdf',
      tags: ['billing'],
      summary: `An invoice as ${what}: desk managers, and the company’s price approvers and contacts with the approval right (404 for anyone else)`,
      parameters: [{ name: 'number', in: 'path', required: true, schema: int }],
      responses: {
        200: { description: what, content: { [type === 'xml' ? 'application/xml' : 'application/pdf']: { schema: str } } },
        401: R[401],
        404: R[404],
        500: R[500],
      },
    },
  });
  return {
    '/billing/{month}/invoices': {
      post: idempotent({
        operationId: 'makeInvoices',
        tags: ['billing'],
        summary: 'Desk manager: make the invoices of a locked month — one per company that locked the month and has lines in it',
        description:
          'The month must be locked (exported) for at least one company, else 409. Numbers come from one gapless series, taken in the transaction that writes the invoice; the invoice mail is queued with it. Making them again answers 200 with the same invoices (201 when this call made any). A company with neither a CVR nor an EAN number gets no invoice (no number is taken): it is listed in `withheld` until the number is added.',
        parameters: [month],
        responses: {
          200: json(ref('InvoiceRun'), 'The month’s invoices (none new).'),
          201: json(ref('InvoiceRun'), 'The month’s invoices; this call made some of them.'),
          409: R[409],
          422: R[422],
          ...refused,
        },
      }),
    },
    '/invoices': {
      get: {
        operationId: 'listInvoices',
        tags: ['billing'],
        summary: 'Invoices by number: every company’s for desk managers, the own company’s for its approvers',
        parameters: [
          {
            name: 'month',
            in: 'query',
            required: false,
            schema: { type: 'string', pattern: `^$|${MONTH.source}` },
            description: 'Only this month (YYYY-MM); empty: every month.',
          },
        ],
        responses: { 200: json(ref('InvoiceList'), 'The invoices.'), 422: R[422], ...refused },
      },
    },
    '/invoices/{number}.xml': file('xml', 'Peppol BIS Billing 3.0 UBL 2.1 Invoice'),
    '/invoices/{number}.pdf': file('pdf', 'PDF in the company’s language'),
    '/companies/{slug}/billing': {
      get: {
        operationId: 'getCompanyBilling',
        tags: ['billing'],
        summary: 'Desk manager: a company’s billing details',
        parameters: [slug],
        responses: { 200: json(ref('CompanyBilling'), 'The billing details.'), ...refused },
      },
      patch: withRules(
        {
          operationId: 'changeCompanyBilling',
          tags: ['billing'],
          summary: 'Desk manager: change a company’s billing details (the fields given; null or "" clears one) — audited',
          parameters: [slug],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: Object.fromEntries(
                    BILLING_DETAIL_FIELDS.map((f) => [
                      f,
                      f === 'locale' ? nullable({ type: 'string', enum: ['', ...LOCALES] }) : nullable(textSchema(BILLING_DETAIL_MAX[f], { multiline: false })),
                    ]),
                  ),
                  additionalProperties: false,
                },
              },
            },
          },
          responses: { 200: json(ref('CompanyBilling'), 'The billing details as saved.'), 400: R[400], 413: R[413], 415: R[415], 422: R[422], ...refused },
        },
        { postcode: ['invalid_postcode'], country: ['invalid_country'], cvr: ['invalid_cvr'], gln: ['invalid_gln'], invoiceEmail: ['invalid_email'] },
      ),
    },
  };
}
