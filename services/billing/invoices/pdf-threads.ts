// Invoice PDFs are drawn off the event loop: pdfkit lays out text and subsets fonts synchronously, which
// on a busy machine takes long enough to stall every other request of the web process (and its health
// probe). One worker thread, started on first use, draws them one after another; if it cannot start or
// dies, the PDF is drawn in the process itself. Each invoice's PDF is drawn once and kept with the
// invoice (invoices.pdf): the PDF downloaded or mailed later is the one first issued, byte for byte.
import { Worker } from 'node:worker_threads';
import { QueryTypes } from 'sequelize';
import type { InvoiceDocument } from '../../../domain/invoices/document.js';
import type { Services } from '../../context.js';
import { invoicePdf } from './pdf.js';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (err: Error) => void }>();

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./pdf-thread.mjs', import.meta.url));
  w.unref();
  w.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (!p) return;
    if (m.pdf) p.resolve(Buffer.from(m.pdf));
    else p.reject(new Error(m.error ?? 'the PDF thread failed'));
  });
  const fail = (err: Error) => {
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(err);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the PDF thread ended (${code})`)));
  worker = w;
  return w;
}

/** The invoice's PDF, drawn in the PDF thread (in this process when the thread fails). */
export async function drawInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  try {
    const id = nextId++;
    return await new Promise<Buffer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      thread().postMessage({ id, doc });
    });
  } catch {
    return invoicePdf(doc);
  }
}

/** The invoice's PDF as issued: kept with the invoice after it is first drawn. */
export async function issuedInvoicePdf(s: Pick<Services, 'db'>, doc: InvoiceDocument): Promise<Buffer> {
  const [row] = await s.db.sequelize.query<{ pdf: Buffer | null }>('SELECT pdf FROM invoices WHERE number = :number', {
    type: QueryTypes.SELECT,
    replacements: { number: doc.number },
  });
  if (row?.pdf) return row.pdf;
  const pdf = await drawInvoicePdf(doc);
  const [kept] = await s.db.sequelize.query<{ pdf: Buffer }>(`UPDATE invoices SET pdf = COALESCE(pdf, :pdf) WHERE number = :number RETURNING pdf`, {
    type: QueryTypes.SELECT,
    replacements: { number: doc.number, pdf },
  });
  return kept?.pdf ?? pdf;
}
