// Inside the PDF thread: draws each invoice it is sent and posts the bytes back (or the error's message).
import { parentPort } from 'node:worker_threads';
import type { InvoiceDocument } from '../../../domain/invoices/document.js';
import { invoicePdf } from './pdf.js';

parentPort!.on('message', (m: { id: number; doc: InvoiceDocument }) => {
  invoicePdf(m.doc).then(
    (pdf) => parentPort!.postMessage({ id: m.id, pdf }),
    (err: unknown) => parentPort!.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
