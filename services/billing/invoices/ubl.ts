// The invoice as a Peppol BIS Billing 3.0 document (UBL 2.1 Invoice, EN 16931), the format a Peppol
// access point or NemHandel takes and e-conomic, Dinero and Billy import. Seller and buyer are named by
// their electronic address — the buyer's EAN/GLN (scheme 0088) when it has one, else its CVR number
// (scheme 0184) — and by their CVR number as legal entity; the order reference is the company's reference.
// Amounts are kroner with two decimals, straight from the øre of the invoice as issued. A time line is
// minutes at the hourly rate per 60 minutes (so its amount is the quantity × price the rules recompute).
// Empty values are left out (PEPPOL-EN16931-R008), and elements keep the order of the UBL 2.1 schema.
import type { Buyer, InvoiceDocument, InvoiceLine, Seller } from '../../../domain/invoices/document.js';

export const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Node = string | null | false | undefined;

/** An element with attributes and children; an element without content is left out. */
function el(name: string, attrs: Record<string, string | undefined>, ...children: Node[]): string {
  const body = children.filter((c): c is string => typeof c === 'string' && c !== '').join('');
  if (body === '') return '';
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(v!)}"`)
    .join('');
  return `<${name}${a}>${body}</${name}>`;
}
/** A text element; empty text leaves it out. */
const val = (name: string, value: string | number | null | undefined, attrs: Record<string, string | undefined> = {}) =>
  value === null || value === undefined || value === '' ? '' : el(name, attrs, escape(String(value)));

/** Øre as the decimal kroner UBL carries: 71250 → '712.50', -5 → '-0.05'. */
export function kronerAmount(ore: number): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
const amount = (name: string, ore: number) => val(name, kronerAmount(ore), { currencyID: 'DKK' });

function address(p: { street: string; postcode: string; city: string; country: string }): string {
  return el(
    'cac:PostalAddress',
    {},
    val('cbc:StreetName', p.street),
    val('cbc:CityName', p.city),
    val('cbc:PostalZone', p.postcode),
    el('cac:Country', {}, val('cbc:IdentificationCode', p.country)),
  );
}

const vatScheme = () => el('cac:TaxScheme', {}, val('cbc:ID', 'VAT'));

function sellerParty(s: Seller): string {
  return el(
    'cac:AccountingSupplierParty',
    {},
    el(
      'cac:Party',
      {},
      val('cbc:EndpointID', s.cvr, { schemeID: '0184' }),
      el('cac:PartyName', {}, val('cbc:Name', s.name)),
      address(s),
      el('cac:PartyTaxScheme', {}, val('cbc:CompanyID', `${s.country}${s.cvr}`), vatScheme()),
      el('cac:PartyLegalEntity', {}, val('cbc:RegistrationName', s.name), val('cbc:CompanyID', s.cvr, { schemeID: '0184' })),
      el('cac:Contact', {}, val('cbc:Name', s.name), val('cbc:Telephone', s.phone), val('cbc:ElectronicMail', s.email)),
    ),
  );
}

/** The buyer's electronic address: the EAN/GLN a public customer receives invoices on, else the CVR number. */
export function buyerEndpoint(b: Pick<Buyer, 'gln' | 'cvr'>): { scheme: '0088' | '0184'; id: string } | null {
  if (b.gln) return { scheme: '0088', id: b.gln };
  if (b.cvr) return { scheme: '0184', id: b.cvr };
  return null;
}

function buyerParty(b: Buyer): string {
  const endpoint = buyerEndpoint(b);
  return el(
    'cac:AccountingCustomerParty',
    {},
    el(
      'cac:Party',
      {},
      endpoint ? val('cbc:EndpointID', endpoint.id, { schemeID: endpoint.scheme }) : '',
      el('cac:PartyIdentification', {}, val('cbc:ID', b.gln, { schemeID: '0088' })),
      el('cac:PartyName', {}, val('cbc:Name', b.name)),
      address(b),
      el('cac:PartyLegalEntity', {}, val('cbc:RegistrationName', b.name), val('cbc:CompanyID', b.cvr, { schemeID: '0184' })),
      el('cac:Contact', {}, val('cbc:Name', b.attention), val('cbc:ElectronicMail', b.email)),
    ),
  );
}

function payment(doc: InvoiceDocument): string {
  const { bank, name } = doc.seller;
  return (
    el(
      'cac:PaymentMeans',
      {},
      val('cbc:PaymentMeansCode', '58', { name: 'SEPA credit transfer' }),
      val('cbc:PaymentID', doc.number),
      el('cac:PayeeFinancialAccount', {}, val('cbc:ID', bank.iban), val('cbc:Name', name), el('cac:FinancialInstitutionBranch', {}, val('cbc:ID', bank.bic))),
    ) + el('cac:PaymentTerms', {}, val('cbc:Note', doc.seller.paymentTerms[doc.locale]))
  );
}

function taxTotal(doc: InvoiceDocument): string {
  const { totals } = doc;
  return el(
    'cac:TaxTotal',
    {},
    amount('cbc:TaxAmount', totals.vatOre),
    el(
      'cac:TaxSubtotal',
      {},
      amount('cbc:TaxableAmount', totals.totalExVatOre),
      amount('cbc:TaxAmount', totals.vatOre),
      el('cac:TaxCategory', {}, val('cbc:ID', 'S'), val('cbc:Percent', doc.vatPercent), vatScheme()),
    ),
  );
}

function monetaryTotal(doc: InvoiceDocument): string {
  const { totals } = doc;
  return el(
    'cac:LegalMonetaryTotal',
    {},
    amount('cbc:LineExtensionAmount', totals.totalExVatOre),
    amount('cbc:TaxExclusiveAmount', totals.totalExVatOre),
    amount('cbc:TaxInclusiveAmount', totals.totalOre),
    amount('cbc:PayableAmount', totals.totalOre),
  );
}

/** The item's name: the case it bills (number and title), or the line's text for a company line. */
export const itemName = (l: Pick<InvoiceLine, 'caseNumber' | 'caseTitle' | 'text'>) =>
  l.caseNumber !== null ? `#${l.caseNumber} ${l.caseTitle ?? ''}`.trim() : l.text;

function invoiceLine(doc: InvoiceDocument, l: InvoiceLine): string {
  const q = l.quantity;
  const [quantity, unit, price, base] =
    q.unit === 'minutes' ? [String(q.minutes), 'MIN', q.hourlyRateOre, '60'] : [String(q.pieces), 'C62', q.unitPriceOre, undefined];
  return el(
    'cac:InvoiceLine',
    {},
    val('cbc:ID', l.lineNo),
    val('cbc:InvoicedQuantity', quantity, { unitCode: unit }),
    amount('cbc:LineExtensionAmount', l.amountOre),
    el(
      'cac:Item',
      {},
      val('cbc:Description', l.text),
      val('cbc:Name', itemName(l)),
      el('cac:SellersItemIdentification', {}, val('cbc:ID', l.kind)),
      el('cac:ClassifiedTaxCategory', {}, val('cbc:ID', 'S'), val('cbc:Percent', doc.vatPercent), vatScheme()),
    ),
    el('cac:Price', {}, amount('cbc:PriceAmount', price), base ? val('cbc:BaseQuantity', base, { unitCode: unit }) : ''),
  );
}

export function invoiceUbl(doc: InvoiceDocument): string {
  const [y, m] = doc.month.split('-');
  const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  const reference = doc.buyer.reference || doc.buyer.slug;
  const body = [
    val('cbc:CustomizationID', CUSTOMIZATION_ID),
    val('cbc:ProfileID', PROFILE_ID),
    val('cbc:ID', doc.number),
    val('cbc:IssueDate', doc.issueDate),
    val('cbc:DueDate', doc.dueDate),
    val('cbc:InvoiceTypeCode', '380'),
    val('cbc:DocumentCurrencyCode', doc.currency),
    val('cbc:BuyerReference', reference),
    el('cac:InvoicePeriod', {}, val('cbc:StartDate', `${doc.month}-01`), val('cbc:EndDate', `${doc.month}-${String(lastDay).padStart(2, '0')}`)),
    el('cac:OrderReference', {}, val('cbc:ID', doc.buyer.reference)),
    sellerParty(doc.seller),
    buyerParty(doc.buyer),
    payment(doc),
    taxTotal(doc),
    monetaryTotal(doc),
    ...doc.lines.map((l) => invoiceLine(doc, l)),
  ].join('\n  ');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ' +
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" ' +
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n  ' +
    body +
    '\n</Invoice>\n'
  );
}
