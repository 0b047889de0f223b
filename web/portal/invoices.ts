// The company's invoices in the portal (SPEC §7): price approvers and support contacts holding the
// approval right see their company's invoices, open one to see its lines and the case behind each, and
// download its PDF and its UBL XML. Anyone else — and another company's invoice — is not found.
import { Router, type Request } from 'express';
import type { Services } from '../../services/context.js';
import { notFound } from '../../services/errors.js';
import { companyRef } from '../../services/companies/companies.js';
import { findInvoice, listInvoices, mayReadInvoicesOf } from '../../services/billing/invoices/list.js';
import { sendInvoiceFile } from '../admin/invoices.js';
import { monthName } from '../admin/present.js';

function companyOf(req: Request): string {
  const person = req.person!;
  if (!person.companyId || !mayReadInvoicesOf(person, person.companyId)) throw notFound();
  return person.companyId;
}

export function invoiceRoutes(s: Services): Router {
  const r = Router();

  r.get('/', async (req, res) => {
    const companyId = companyOf(req);
    const [invoices, company] = await Promise.all([listInvoices(s, { companyId }), companyRef(s, companyId)]);
    res.render('portal/invoices', {
      title: res.locals.t('invoices:portal.title'),
      invoices: invoices.reverse(),
      companyName: company?.name ?? '',
      monthName: (m: string) => monthName(m, res.locals.locale),
    });
  });

  r.get('/:file', async (req, res) => {
    companyOf(req);
    const file = String(req.params.file);
    if (/^\d+\.(pdf|xml)$/.test(file)) return sendInvoiceFile(s, res, req.person!, file);
    if (!/^[1-9]\d{0,14}$/.test(file)) throw notFound();
    const invoice = await findInvoice(s, req.person!, Number(file));
    res.render('portal/invoice', {
      title: res.locals.t('invoices:portal.invoiceTitle', { number: invoice.number }),
      invoice,
      doc: invoice.document,
      monthName: (m: string) => monthName(m, res.locals.locale),
    });
  });

  return r;
}
