// The OpenAPI parts of orders and money over time: an order's offer on the case document, and the billing
// months (desk managers) — a month per company as JSON or as the CSV export (which locks it), and locking it.
import { BILLING_LINE_KINDS } from '../../../domain/billing.js';
import { R, bool, dateTime, int, json, nullable, obj, ref, str, withRules, type Schema } from './parts.js';
import { MONTH } from '../../../services/billing/export.js';
import { COMPANY_SLUG } from '../../../services/companies/companies.js';
import { idempotent } from './tokens.js';

const month = {
  name: 'month',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: MONTH.source },
  description: 'The month, YYYY-MM (the desk’s time zone; 2000 to 2999).',
};
const companySlug: Schema = { type: 'string', pattern: `^(?:${COMPANY_SLUG.source.replace(/^\^|\$$/g, '')})?$` };
const rules = { company: ['unknown_company'] };
const company = {
  name: 'company',
  in: 'query',
  required: false,
  schema: companySlug,
  description: 'One company’s slug; all companies when left out or empty. An unknown company is refused (422 `unknown_company`).',
};

export function billingSchemas(): Record<string, Schema> {
  return {
    BillingMonthLine: obj({
      case: { ...nullable(int), description: 'The case the line bills; null for a company line (contact fee, contact training).' },
      kind: { type: 'string', enum: [...BILLING_LINE_KINDS, 'extra_contact'] },
      minutes: int,
      amountOre: { type: 'integer', description: 'Amount in øre (DKK × 100); credits and corrections may be negative.' },
      text: str,
      billedOn: { type: 'string', format: 'date' },
      corrects: {
        ...nullable(obj({ month: str, case: nullable(int), kind: str })),
        description: 'For a `correction` line: the month, case and kind of the line it corrects (never changed itself).',
      },
    }),
    BillingMonthCompany: obj({
      slug: str,
      name: str,
      locked: { ...bool, description: 'The company’s month was exported: it is answered as exported, and later changes go to the next open month.' },
      lockedAt: nullable({ type: 'string', format: 'date-time' }),
      activeContacts: { ...int, description: 'Support contacts active on any day of the month.' },
      lines: { type: 'array', items: ref('BillingMonthLine') },
    }),
    BillingMonth: obj({
      month: str,
      locked: { ...bool, description: 'Every company (in view) has exported the month.' },
      companies: { type: 'array', items: ref('BillingMonthCompany') },
    }),
  };
}

export function billingPaths(): Record<string, Schema> {
  const refused = { 401: R[401], 403: R[403], 404: R[404], 409: R[409], 422: R[422], 500: R[500] };
  return {
    // Listed before the JSON form: `{month}.csv` is the more specific template.
    '/billing/{month}.csv': {
      get: withRules(
        {
          operationId: 'exportBillingMonth',
          tags: ['billing'],
          summary: 'Desk manager: export a month as CSV — this locks it (per company)',
          description:
            'Semicolon-separated UTF-8 with a byte-order mark, CRLF line ends, amounts in øre and in kroner. Exporting locks the month for the companies exported (any month up to the current one; a later month is 409): fetched again it is byte-identical, and lines that would fall into it later go to the next open month, changes to what it billed as `correction` lines there.',
          parameters: [month, company],
          responses: { 200: { description: 'The export.', content: { 'text/csv': { schema: str } } }, ...refused },
        },
        rules,
      ),
    },
    '/billing/{month}': {
      get: withRules(
        {
          operationId: 'getBillingMonth',
          tags: ['billing'],
          summary: 'Desk manager: a month’s billing per company (as exported when locked, as it stands when open)',
          parameters: [month, company],
          responses: { 200: json(ref('BillingMonth'), 'The month.'), ...refused },
        },
        rules,
      ),
    },
    '/billing/{month}/lock': {
      post: idempotent(
        withRules(
          {
            operationId: 'lockBillingMonth',
            tags: ['billing'],
            summary: 'Desk manager: lock (export) a month, for every company or one (body `{ "company": "<slug>" }`)',
            description: 'Any month up to the current one (a later month is 409). Companies already locked keep what they exported.',
            parameters: [month],
            requestBody: {
              required: false,
              content: { 'application/json': { schema: { type: 'object', properties: { company: companySlug }, additionalProperties: false } } },
            },
            responses: { 200: json(ref('BillingMonth'), 'The month, locked.'), 400: R[400], 413: R[413], 415: R[415], ...refused },
          },
          rules,
        ),
      ),
    },
  };
}

/** An order's offer and delivery, as the case document carries it. */
export function orderSchemas(): Record<string, Schema> {
  return {
    Order: obj({
      offer: nullable(
        obj({
          text: str,
          pricing: {
            type: 'string',
            enum: ['fixed', 'time'],
            description: '`fixed`: the price; `time`: hours at the rate (consultancy is billed for the time used at the rate).',
          },
          priceOre: { ...int, description: 'The fixed price, or hours × rate.' },
          hours: nullable({ type: 'number' }),
          rateOre: nullable(int),
          validWorkingDays: int,
          outcome: { type: 'string', enum: ['pending', 'accepted', 'rejected', 'expired'] },
          sentAt: nullable(dateTime),
          validUntil: nullable(dateTime),
        }),
      ),
      deliveredAt: nullable(dateTime),
    }),
  };
}
