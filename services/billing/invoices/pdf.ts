// The invoice as a PDF in the company's language (SPEC §7): a logo area with the vendor's name, the
// buyer's billing address (with attention, CVR or EAN number), the vendor's address and CVR number, the
// invoice facts (number, dates, period, customer number, reference), one row per line with its case number
// and title, quantity (hours or pieces), unit price and amount, the subtotal, VAT and total, and how to pay.
// Drawn from the invoice as issued; the same invoice gives the same bytes.
import type { InvoiceDocument, InvoiceLine } from '../../../domain/invoices/document.js';
import { groupedIban } from '../../../domain/invoices/identifiers.js';
import { formatOre, formatOreAmount } from '../../../domain/money.js';
import { translator, type Translate } from '../../../i18n/index.js';
import { COLORS, drawable, newDocument, pdfBytes } from './pdf-kit.js';
import { invoiceDate, invoiceMonth } from './format.js';

const LEFT = 50;
const RIGHT = 545;
const WIDTH = RIGHT - LEFT;
const BOTTOM = 788;
const COLS = { description: { x: LEFT, w: 265 }, quantity: { x: 320, w: 60 }, price: { x: 385, w: 75 }, amount: { x: 465, w: 80 } } as const;

type Doc = PDFKit.PDFDocument;

/** Lets the event loop serve other requests between parts of a page (pdfkit lays text out synchronously). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function write(doc: Doc, text: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions & { size?: number; bold?: boolean; color?: string } = {}) {
  const { size = 9, bold = false, color = COLORS.ink, ...rest } = opts;
  doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(size)
    .fillColor(color)
    .text(drawable(text), x, y, { lineBreak: rest.width !== undefined, ...rest });
  return doc.y;
}

function header(doc: Doc, d: InvoiceDocument, t: Translate): void {
  // Logo area: the vendor's mark and name.
  doc
    .save()
    .translate(LEFT + 12, 62)
    .rotate(45)
    .rect(-9, -9, 18, 18)
    .fill(COLORS.accent)
    .restore();
  write(doc, d.seller.name, LEFT + 32, 53, { size: 15, bold: true, width: 300 });
  write(doc, t('invoices:pdf.title').toUpperCase(), 345, 50, { size: 22, bold: true, color: COLORS.accent, width: RIGHT - 345, align: 'right' });

  // The buyer, placed for a window envelope.
  const b = d.buyer;
  let y = write(doc, t('invoices:pdf.billTo'), LEFT, 112, { size: 8, color: COLORS.muted, width: 250 });
  y = write(doc, b.name, LEFT, y + 2, { size: 11, bold: true, width: 250 });
  const buyerLines = [
    b.attention ? `${t('invoices:pdf.attention')} ${b.attention}` : '',
    b.street,
    [b.postcode, b.city].filter(Boolean).join(' '),
    b.country !== 'DK' ? b.country : '',
    b.cvr ? `${t('invoices:pdf.cvr')} ${b.cvr}` : '',
    b.gln ? `${t('invoices:pdf.gln')} ${b.gln}` : '',
  ].filter(Boolean);
  for (const line of buyerLines) y = write(doc, line, LEFT, y + 1, { size: 9.5, width: 250 });

  // The seller.
  const s = d.seller;
  const sellerLines = [
    s.street,
    `${s.postcode} ${s.city}`,
    `${t('invoices:pdf.cvr')} ${s.cvr}`,
    s.phone ? `${t('invoices:pdf.phone')} ${s.phone}` : '',
    `${t('invoices:pdf.email')} ${s.email}`,
    s.website,
  ].filter(Boolean);
  let sy = write(doc, s.name, 365, 112, { size: 9.5, bold: true, width: RIGHT - 365, align: 'right' });
  for (const line of sellerLines) sy = write(doc, line, 365, sy + 1, { size: 8.5, color: COLORS.muted, width: RIGHT - 365, align: 'right' });
  doc.y = Math.max(y, sy) + 18;
}

function facts(doc: Doc, d: InvoiceDocument, t: Translate): void {
  const items: [string, string][] = [
    [t('invoices:pdf.number'), String(d.number)],
    [t('invoices:pdf.issueDate'), invoiceDate(d.issueDate, d.locale)],
    [t('invoices:pdf.dueDate'), invoiceDate(d.dueDate, d.locale)],
    [t('invoices:pdf.period'), invoiceMonth(d.month, d.locale)],
    [t('invoices:pdf.customerNo'), d.buyer.slug],
  ];
  const top = doc.y;
  const height = d.buyer.reference ? 58 : 42;
  doc.roundedRect(LEFT, top, WIDTH, height, 4).fill(COLORS.band);
  const w = WIDTH / items.length;
  items.forEach(([label, value], i) => {
    write(doc, label, LEFT + 10 + i * w, top + 8, { size: 7.5, color: COLORS.muted, width: w - 12 });
    write(doc, value, LEFT + 10 + i * w, top + 19, { size: 10, bold: true, width: w - 12, ellipsis: true, height: 14 });
  });
  if (d.buyer.reference) write(doc, `${t('invoices:pdf.reference')}: ${d.buyer.reference}`, LEFT + 10, top + 40, { size: 8.5, width: WIDTH - 20 });
  doc.y = top + height + 16;
}

/** A new page when less than `room` points are left above the footer. */
function newPageUnless(doc: Doc, room: number): void {
  if (doc.y + room <= BOTTOM) return;
  doc.addPage();
  doc.y = 60;
}

function tableHeader(doc: Doc, t: Translate): void {
  const y = doc.y;
  write(doc, t('invoices:pdf.description'), COLS.description.x, y, { size: 8, bold: true, color: COLORS.muted, width: COLS.description.w });
  write(doc, t('invoices:pdf.quantity'), COLS.quantity.x, y, { size: 8, bold: true, color: COLORS.muted, width: COLS.quantity.w, align: 'right' });
  write(doc, t('invoices:pdf.unitPrice'), COLS.price.x, y, { size: 8, bold: true, color: COLORS.muted, width: COLS.price.w, align: 'right' });
  write(doc, t('invoices:pdf.amount'), COLS.amount.x, y, { size: 8, bold: true, color: COLORS.muted, width: COLS.amount.w, align: 'right' });
  doc
    .moveTo(LEFT, y + 13)
    .lineTo(RIGHT, y + 13)
    .lineWidth(0.8)
    .strokeColor(COLORS.ink)
    .stroke();
  doc.y = y + 19;
}

/** The row's title (the case, or the line itself for a company line) and its detail, in the invoice's language. */
function describe(l: InvoiceLine, d: InvoiceDocument, t: Translate): { title: string; detail: string } {
  const kind = t(`billingKinds.${l.kind}`, { defaultValue: l.kind });
  if (l.caseNumber !== null) {
    const detail = d.locale === 'da' ? l.text : l.kind === 'correction' ? `${kind} · ${l.text}` : kind;
    return { title: `#${l.caseNumber} ${l.caseTitle ?? ''}`.trim(), detail };
  }
  return d.locale === 'da' ? { title: l.text, detail: '' } : { title: kind, detail: l.text };
}

function quantityCells(l: InvoiceLine, d: InvoiceDocument, t: Translate): [string, string] {
  const q = l.quantity;
  const n = (v: number, digits: number) => {
    const s = v.toFixed(digits);
    return d.locale === 'da' ? s.replace('.', ',') : s;
  };
  if (q.unit === 'minutes')
    return [`${n(q.minutes / 60, 2)} ${t('invoices:pdf.hours')}`, `${formatOreAmount(q.hourlyRateOre, d.locale)}${t('invoices:pdf.perHour')}`];
  return [`${q.pieces} ${t('invoices:pdf.pieces')}`, formatOreAmount(q.unitPriceOre, d.locale)];
}

async function lines(doc: Doc, d: InvoiceDocument, t: Translate): Promise<void> {
  tableHeader(doc, t);
  for (const l of d.lines) {
    await breathe();
    const { title, detail } = describe(l, d, t);
    doc.font('bold').fontSize(9.5);
    const titleHeight = doc.heightOfString(drawable(title), { width: COLS.description.w });
    doc.font('regular').fontSize(8.5);
    const detailHeight = detail ? doc.heightOfString(drawable(detail), { width: COLS.description.w }) + 1 : 0;
    const height = titleHeight + detailHeight + 9;
    if (doc.y + height > BOTTOM) {
      newPageUnless(doc, height);
      tableHeader(doc, t);
    }
    const y = doc.y;
    write(doc, title, COLS.description.x, y, { size: 9.5, bold: true, width: COLS.description.w });
    if (detail) write(doc, detail, COLS.description.x, y + titleHeight + 1, { size: 8.5, color: COLORS.muted, width: COLS.description.w });
    const [quantity, price] = quantityCells(l, d, t);
    write(doc, quantity, COLS.quantity.x, y, { size: 9.5, width: COLS.quantity.w, align: 'right' });
    write(doc, price, COLS.price.x, y, { size: 9.5, width: COLS.price.w, align: 'right' });
    write(doc, formatOreAmount(l.amountOre, d.locale), COLS.amount.x, y, { size: 9.5, width: COLS.amount.w, align: 'right' });
    doc
      .moveTo(LEFT, y + height - 4)
      .lineTo(RIGHT, y + height - 4)
      .lineWidth(0.5)
      .strokeColor(COLORS.line)
      .stroke();
    doc.y = y + height;
  }
}

function totals(doc: Doc, d: InvoiceDocument, t: Translate): void {
  newPageUnless(doc, 72);
  const x = 320;
  let y = doc.y + 6;
  const row = (label: string, ore: number, strong = false) => {
    write(doc, label, x, y, { size: strong ? 11 : 9.5, bold: strong, width: 140 });
    write(doc, strong ? formatOre(ore, d.locale) : formatOreAmount(ore, d.locale), 455, y, {
      size: strong ? 11 : 9.5,
      bold: strong,
      width: RIGHT - 455,
      align: 'right',
    });
    y += strong ? 20 : 16;
  };
  row(t('invoices:pdf.subtotal'), d.totals.totalExVatOre);
  row(t('invoices:pdf.vat', { percent: d.vatPercent }), d.totals.vatOre);
  doc.moveTo(x, y).lineTo(RIGHT, y).lineWidth(0.8).strokeColor(COLORS.ink).stroke();
  y += 6;
  row(t('invoices:pdf.total'), d.totals.totalOre, true);
  doc.y = y + 14;
}

function payment(doc: Doc, d: InvoiceDocument, t: Translate): void {
  const { bank } = d.seller;
  newPageUnless(doc, 96);
  const top = doc.y;
  doc.roundedRect(LEFT, top, WIDTH, 80, 4).lineWidth(0.8).strokeColor(COLORS.line).stroke();
  write(doc, t('invoices:pdf.payment'), LEFT + 12, top + 9, { size: 9.5, bold: true, width: WIDTH - 24 });
  let y = write(doc, t('invoices:pdf.paymentTerms', { terms: d.seller.paymentTerms[d.locale], date: invoiceDate(d.dueDate, d.locale) }), LEFT + 12, top + 24, {
    size: 8.5,
    width: WIDTH - 24,
  });
  y = write(doc, t('invoices:pdf.bankAccount', { bank: bank.name, reg: bank.regNo, account: bank.accountNo }), LEFT + 12, y + 1, {
    size: 8.5,
    width: WIDTH - 24,
  });
  y = write(doc, t('invoices:pdf.iban', { iban: groupedIban(bank.iban), bic: bank.bic }), LEFT + 12, y + 1, { size: 8.5, width: WIDTH - 24 });
  write(doc, t('invoices:pdf.payWith', { number: d.number }), LEFT + 12, y + 1, { size: 8.5, bold: true, width: WIDTH - 24 });
  doc.y = top + 92;
  if (d.lines.some((l) => l.caseNumber !== null)) write(doc, t('invoices:pdf.lineCases'), LEFT, doc.y, { size: 8, color: COLORS.muted, width: WIDTH });
}

function footers(doc: Doc, d: InvoiceDocument, t: Translate): void {
  const { seller } = d;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin
    doc.moveTo(LEFT, 800).lineTo(RIGHT, 800).lineWidth(0.5).strokeColor(COLORS.line).stroke();
    const text = `${seller.name} · ${seller.street} · ${seller.postcode} ${seller.city} · ${t('invoices:pdf.cvr')} ${seller.cvr}`;
    write(doc, text, LEFT, 806, { size: 7.5, color: COLORS.muted, width: 380 });
    write(doc, t('invoices:pdf.page', { page: i + 1, pages: range.count }), 430, 806, { size: 7.5, color: COLORS.muted, width: RIGHT - 430, align: 'right' });
  }
}

export async function invoicePdf(d: InvoiceDocument): Promise<Buffer> {
  const t = translator(d.locale);
  const doc = newDocument({
    title: `${t('invoices:pdf.title')} ${d.number}`,
    author: d.seller.name,
    subject: `${d.buyer.name} · ${invoiceMonth(d.month, d.locale)}`,
    created: new Date(`${d.issueDate}T12:00:00Z`),
  });
  header(doc, d, t);
  await breathe();
  facts(doc, d, t);
  await lines(doc, d, t);
  await breathe();
  totals(doc, d, t);
  payment(doc, d, t);
  await breathe();
  footers(doc, d, t);
  await breathe();
  return pdfBytes(doc);
}
