// The invoice PDF as a person sees it (issue 21): the demo companies' invoices — Danish, and English for
// the company that has English invoices — rendered to PNG with pdftoppm (poppler-utils) into
// test-artifacts/screenshots/ to be looked at, and their text read back with pdftotext: the vendor with
// its CVR number, the buyer's address and EAN number, case numbers on the lines, VAT, the total, how to pay.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, tokenFor } from '../../support/api-client.js';
import { MANAGER } from '../../support/api-cases.js';
import { closeTestDatabase } from '../../support/servers.js';
import { DEMO_COMPANIES } from '../../../db/demo-data.js';
import { frozenMonth, makeInvoices, type ApiInvoice } from './invoices-support.js';

const MONTH = '2019-07';
const dir = path.join(inject('artifactsDir'), 'screenshots');
let invoices: ApiInvoice[];

beforeAll(async () => {
  for (const c of DEMO_COMPANIES)
    await frozenMonth(c.id, MONTH, [
      { kind: 'time', minutes: 45, amountOre: 71_250, text: 'Forbrugt tid (min. 15 minutter)', caseNumber: 4711 },
      { kind: 'order_price', minutes: 0, amountOre: 1_100_000, text: 'Kursus ifølge accepteret tilbud', caseNumber: 4712 },
      { kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr, ekstra supportkontakt: Kim Kontakt (${MONTH})` },
      { kind: 'correction', minutes: -15, amountOre: -23_750, text: 'Korrektion af "Forbrugt tid (min. 15 minutter)" (2019-06)', caseNumber: 4700 },
    ]);
  invoices = (await makeInvoices(MONTH)).invoices.filter((i) => DEMO_COMPANIES.some((c) => c.id === i.company));
});
afterAll(async () => closeTestDatabase());

async function pdfOf(invoice: ApiInvoice, name: string): Promise<{ text: string; pages: string[] }> {
  const res = await fetch(`${inject('baseUrl')}/api/v1/invoices/${invoice.number}.pdf`, { headers: { authorization: `Bearer ${await tokenFor(MANAGER)}` } });
  expect(res.status).toBe(200);
  const file = path.join(dir, `${name}.pdf`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  execFileSync('pdftoppm', ['-png', '-r', '80', file, path.join(dir, name)]);
  const pages = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  return { text: execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8'), pages };
}

describe('the invoice PDF', () => {
  it('reads as a Danish invoice', async () => {
    const invoice = invoices.find((i) => i.company === 'udvidet')!;
    const { text, pages } = await pdfOf(invoice, 'invoice-pdf-da');
    expect(pages.length).toBeGreaterThan(0);
    for (const expected of [
      'FAKTURA',
      'Nordlys Service Desk ApS',
      'CVR-nr. 37121002',
      'Udvidet A/S',
      'Industrivej 40',
      '7100 Vejle',
      'EAN-nr. 5798000428409',
      `Fakturanr.`,
      String(invoice.number),
      '#4711',
      '#4712',
      'Moms 25 %',
      '11.975,00', // 712,50 + 11.000,00 + 500,00 − 237,50
      '2.993,75',
      '14.968,75 kr.',
      'IBAN DK50 0040 0440 1162 43',
      'reg.nr. 0040',
      'Netto 14 dage',
    ])
      expect(text, expected).toContain(expected);
    expect(invoice).toMatchObject({ totalExVatOre: 1_197_500, vatOre: 299_375, totalOre: 1_496_875 });
  });

  it('reads as an English invoice for a company with English invoices', async () => {
    const invoice = invoices.find((i) => i.company === 'basis')!;
    const { text } = await pdfOf(invoice, 'invoice-pdf-en');
    for (const expected of [
      'INVOICE',
      'Bill to',
      'Basis ApS',
      'Attn. Accounts payable',
      'Your reference: PO-2025-17',
      'VAT 25 %',
      'DKK 14,968.75',
      'Net 14 days',
      '#4711',
    ])
      expect(text, expected).toContain(expected);
  });

  it('is served the same, byte for byte, every time', async () => {
    const token = await tokenFor(MANAGER);
    const a = await api('GET', `/invoices/${invoices[0]!.number}.pdf`, { token });
    const b = await api('GET', `/invoices/${invoices[0]!.number}.pdf`, { token });
    expect(a.body).toBe(b.body);
  });
});
