// The invoice mail (SPEC §7): one mail per invoice to the company's invoice e-mail, with the PDF and the
// Peppol UBL XML attached. It is queued in the outbox in the transaction that writes the invoice, keyed by
// the invoice number, so it exists exactly once; the dispatcher builds the attachments from the invoice as
// issued when it sends. An invoice made while the company had no invoice e-mail is sent when the manager
// asks for it (after adding one) — still once.
import { QueryTypes, type Transaction } from 'sequelize';
import type { InvoiceDocument } from '../../../domain/invoices/document.js';
import { formatOre } from '../../../domain/money.js';
import type { Services } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import { billingDetailsOf } from '../../companies/billing-details.js';
import { invoiceDate, invoiceMonth } from './format.js';
import { issuedInvoicePdf } from './pdf-threads.js';
import { invoiceUbl } from './ubl.js';

export const INVOICE_TEMPLATE = 'invoice';
export const invoiceMailKey = (number: number | string) => `invoice:${number}`;

/** The file names of an invoice's attachments: faktura-10001.pdf / invoice-10001.xml. */
export const invoiceFileName = (doc: Pick<InvoiceDocument, 'number' | 'locale'>, ext: 'pdf' | 'xml') =>
  `${doc.locale === 'da' ? 'faktura' : 'invoice'}-${doc.number}.${ext}`;

function mailParams(doc: InvoiceDocument): Record<string, unknown> {
  return {
    number: doc.number,
    seller: doc.seller.name,
    month: invoiceMonth(doc.month, doc.locale),
    total: formatOre(doc.totals.totalOre, doc.locale),
    dueDate: invoiceDate(doc.dueDate, doc.locale),
    replyTo: doc.seller.email,
  };
}

async function insertMail(s: Services, doc: InvoiceDocument, email: string, transaction?: Transaction): Promise<void> {
  await s.db.sequelize.query(
    `INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params, case_number)
     VALUES (:key, NULL, :email, :locale, :template, CAST(:params AS jsonb), NULL) ON CONFLICT (dedupe_key) DO NOTHING`,
    {
      transaction,
      replacements: { key: invoiceMailKey(doc.number), email, locale: doc.locale, template: INVOICE_TEMPLATE, params: JSON.stringify(mailParams(doc)) },
    },
  );
}

/** Queues the invoice's mail with the invoice (nothing when the company has no invoice e-mail). */
export async function queueInvoiceMail(s: Services, doc: InvoiceDocument, transaction: Transaction): Promise<void> {
  if (doc.buyer.email) await insertMail(s, doc, doc.buyer.email, transaction);
}

/** Sends an invoice that was made without a mail to the company's invoice e-mail as it is now. */
export async function sendUnsentInvoice(s: Services, number: number): Promise<string> {
  const [row] = await s.db.sequelize.query<{ company_id: string; document: InvoiceDocument; queued: boolean }>(
    `SELECT company_id, document, EXISTS (SELECT 1 FROM notifications WHERE dedupe_key = :key) AS queued FROM invoices WHERE number = :number`,
    { type: QueryTypes.SELECT, replacements: { number, key: invoiceMailKey(number) } },
  );
  if (!row) throw notFound();
  if (row.queued) throw conflict('invoices:refusals.already_queued', { number });
  const email = (await billingDetailsOf(s, [row.company_id])).get(row.company_id)!.invoiceEmail;
  if (!email) throw conflict('invoices:refusals.no_invoice_email', { number });
  await insertMail(s, row.document, email);
  return email;
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** The attachments of an outbox row: the invoice's PDF and XML for an invoice mail, none otherwise. */
export async function outboxAttachments(s: Services, row: { template: string; dedupe_key: string }): Promise<MailAttachment[]> {
  if (row.template !== INVOICE_TEMPLATE) return [];
  const number = Number(row.dedupe_key.slice(invoiceMailKey('').length));
  const [invoice] = await s.db.sequelize.query<{ document: InvoiceDocument }>('SELECT document FROM invoices WHERE number = :number', {
    type: QueryTypes.SELECT,
    replacements: { number },
  });
  if (!invoice) throw new Error(`invoice ${number} of outbox mail ${row.dedupe_key} does not exist`);
  const doc = invoice.document;
  return [
    { filename: invoiceFileName(doc, 'pdf'), content: await issuedInvoicePdf(s, doc), contentType: 'application/pdf' },
    { filename: invoiceFileName(doc, 'xml'), content: Buffer.from(invoiceUbl(doc), 'utf8'), contentType: 'application/xml' },
  ];
}
