// The desk manager's invoices (SPEC §7): making a locked month's invoices from the billing page, sending
// an invoice made while its company had no invoice e-mail, and reading an invoice as PDF or UBL XML.
// The billing page shows the month's invoices with their status, the totals per month and a chart of them.
import { Router, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { Refusal, notFound } from '../../services/errors.js';
import { makeInvoices } from '../../services/billing/invoices/make.js';
import { findInvoice, invoicedPerMonth, listInvoices, type InvoiceSummary } from '../../services/billing/invoices/list.js';
import { invoiceFileName, sendUnsentInvoice } from '../../services/billing/invoices/mail.js';
import { issuedInvoicePdf } from '../../services/billing/invoices/pdf-threads.js';
import { invoiceUbl } from '../../services/billing/invoices/ubl.js';
import { MONTH } from '../../services/billing/export.js';
import { redirectWithFlash } from '../desk/flash.js';
import { monthName } from './present.js';
import { invoiceChart } from './invoice-chart.js';
import type { Locale } from '../../domain/types.js';

export interface InvoicePanel {
  invoices: InvoiceSummary[];
  totals: { totalExVatOre: number; vatOre: number; totalOre: number };
  chart: ReturnType<typeof invoiceChart>;
}

/** What the billing page shows of a month's invoices, and of the invoiced months. */
export async function invoicePanel(s: Services, month: string, locale: Locale, money: (ore: number) => string): Promise<InvoicePanel> {
  const [invoices, perMonth] = await Promise.all([listInvoices(s, { month }), invoicedPerMonth(s, 12)]);
  const totals = invoices.reduce(
    (t, i) => ({ totalExVatOre: t.totalExVatOre + i.totalExVatOre, vatOre: t.vatOre + i.vatOre, totalOre: t.totalOre + i.totalOre }),
    {
      totalExVatOre: 0,
      vatOre: 0,
      totalOre: 0,
    },
  );
  return { invoices, totals, chart: invoiceChart(perMonth, locale, money) };
}

/** An invoice's PDF or XML, for any reader `findInvoice` lets through. */
export async function sendInvoiceFile(s: Services, res: Response, person: Parameters<typeof findInvoice>[1], file: string): Promise<void> {
  const m = /^([1-9]\d{0,14})\.(xml|pdf)$/.exec(file);
  if (!m) throw notFound();
  const invoice = await findInvoice(s, person, Number(m[1]));
  res.set('Cache-Control', 'no-store');
  if (m[2] === 'xml') {
    res.set('Content-Type', 'application/xml; charset=utf-8').set('Content-Disposition', `attachment; filename="${invoiceFileName(invoice.document, 'xml')}"`);
    return void res.send(invoiceUbl(invoice.document));
  }
  res.set('Content-Type', 'application/pdf').set('Content-Disposition', `inline; filename="${invoiceFileName(invoice.document, 'pdf')}"`);
  res.send(await issuedInvoicePdf(s, invoice.document));
}

export function invoiceRoutes(s: Services): Router {
  const r = Router();

  r.post('/billing/invoices', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const month = typeof body.month === 'string' && MONTH.test(body.month) ? body.month : null;
    const { t, locale } = res.locals;
    if (!month) return redirectWithFlash(req, res, { kind: 'error', text: t('validation.invalid_month') }, '/admin/billing');
    const back = `/admin/billing?month=${month}#invoices`;
    try {
      const run = await makeInvoices(s, req.person!, month);
      const made =
        run.made > 0
          ? t('admin:invoices.made', { count: run.made, month: monthName(month, locale) })
          : run.invoices.length > 0 || run.withheld.length === 0
            ? t('admin:invoices.madeBefore', { month: monthName(month, locale) })
            : '';
      const withheld = run.withheld.length
        ? t('admin:invoices.withheld', { count: run.withheld.length, companies: run.withheld.map((w) => w.companyName).join(', ') })
        : '';
      const text = [made, withheld].filter(Boolean).join(' ');
      redirectWithFlash(req, res, { kind: withheld ? 'error' : 'ok', text }, back);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'conflict') throw err;
      redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, back);
    }
  });

  r.post('/invoices/:invoice/send', async (req, res) => {
    const number = /^[1-9]\d{0,14}$/.test(String(req.params.invoice)) ? Number(req.params.invoice) : 0;
    const invoice = await findInvoice(s, req.person!, number);
    const back = `/admin/billing?month=${invoice.month}#invoices`;
    try {
      const email = await sendUnsentInvoice(s, number);
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('admin:invoices.queued', { number, email }) }, back);
    } catch (err) {
      if (!(err instanceof Refusal) || err.kind !== 'conflict') throw err;
      redirectWithFlash(req, res, { kind: 'error', text: err.text[req.locale] }, back);
    }
  });

  r.get('/invoices/:file', (req, res) => sendInvoiceFile(s, res, req.person!, String(req.params.file)));

  return r;
}
