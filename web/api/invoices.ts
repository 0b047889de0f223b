// Invoices through the JSON API (SPEC §7): a desk manager makes a locked month's invoices (one per
// company; again gives the same ones) and lists them; the UBL XML and the PDF of an invoice are read by
// desk managers and by the company's approvers (anyone else: 404). A company's billing details are read
// and changed by desk managers.
import { Router, type RequestHandler, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { forbidden, invalid, notFound } from '../../services/errors.js';
import type { Person } from '../../services/people/people.js';
import { actorOf } from '../../services/people/people.js';
import { makeInvoices } from '../../services/billing/invoices/make.js';
import { findInvoice, listInvoices, type InvoiceSummary } from '../../services/billing/invoices/list.js';
import { invoiceFileName } from '../../services/billing/invoices/mail.js';
import { issuedInvoicePdf } from '../../services/billing/invoices/pdf-threads.js';
import { invoiceUbl } from '../../services/billing/invoices/ubl.js';
import { MONTH } from '../../services/billing/export.js';
import { companyBillingDetails, patchBillingDetails, type BillingDetails } from '../../services/companies/billing-details.js';
import { bodyObject, requireJsonBody } from './input.js';

export function invoiceDocument(i: InvoiceSummary, base: string) {
  return {
    number: i.number,
    company: i.companyId,
    companyName: i.companyName,
    month: i.month,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    totalExVatOre: i.totalExVatOre,
    vatOre: i.vatOre,
    totalOre: i.totalOre,
    status: i.status,
    sentAt: i.sentAt?.toISOString() ?? null,
    xml: `${base}/invoices/${i.number}.xml`,
    pdf: `${base}/invoices/${i.number}.pdf`,
  };
}

const billingDocument = (slug: string, d: BillingDetails) => ({ company: slug, ...d });

const managerOnly = (person: Person | undefined) => {
  if (person?.role !== 'manager') throw forbidden();
};

/** `YYYY-MM` in the path; anything else is no billing month (404). */
function monthParam(raw: unknown): string {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}$/.test(raw)) throw notFound();
  return raw;
}

function send(res: Response, type: string, name: string, body: Buffer | string): void {
  res.set('Content-Type', type).set('Content-Disposition', `inline; filename="${name}"`).send(body);
}

export function invoiceRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.post('/billing/:month/invoices', bearer, async (req, res) => {
    managerOnly(req.person);
    const run = await makeInvoices(s, req.person!, monthParam(req.params.month));
    res.status(run.made > 0 ? 201 : 200).json({ invoices: run.invoices.map((i) => invoiceDocument(i, req.baseUrl)), withheld: run.withheld });
  });

  r.get('/invoices', bearer, async (req, res) => {
    const person = req.person!;
    const given = req.query.month;
    if (given !== undefined && typeof given !== 'string') throw invalid({ month: 'invalid_month' });
    const month = given ?? '';
    if (month && !MONTH.test(month)) throw invalid({ month: 'invalid_month' });
    let companyId: string | undefined;
    if (person.role !== 'manager') {
      if (!person.companyId || !actorOf(person).canApprove) throw forbidden();
      companyId = person.companyId;
    }
    const list = await listInvoices(s, { month: month || undefined, companyId });
    res.json({ invoices: list.map((i) => invoiceDocument(i, req.baseUrl)) });
  });

  r.get('/invoices/:file', bearer, async (req, res) => {
    const m = /^([1-9]\d{0,14})\.(xml|pdf)$/.exec(String(req.params.file));
    if (!m) throw notFound();
    const invoice = await findInvoice(s, req.person!, Number(m[1]));
    if (m[2] === 'xml') return send(res, 'application/xml; charset=utf-8', invoiceFileName(invoice.document, 'xml'), invoiceUbl(invoice.document));
    send(res, 'application/pdf', invoiceFileName(invoice.document, 'pdf'), await issuedInvoicePdf(s, invoice.document));
  });

  r.get('/companies/:slug/billing', bearer, async (req, res) => {
    managerOnly(req.person);
    const slug = String(req.params.slug);
    res.json(billingDocument(slug, await companyBillingDetails(s, slug)));
  });

  const managers: RequestHandler = (req, _res, next) => {
    managerOnly(req.person);
    next();
  };
  r.patch('/companies/:slug/billing', bearer, managers, requireJsonBody, async (req, res) => {
    const slug = String(req.params.slug);
    res.json(billingDocument(slug, await patchBillingDetails(s, req.person!, slug, bodyObject(req))));
  });

  return r;
}
