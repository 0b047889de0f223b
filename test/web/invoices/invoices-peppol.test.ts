// Every invoice validated with the official rules (issue 21): the UBL 2.1 schema, the EN 16931 rules and
// the Peppol BIS Billing 3.0 rules, as OpenPeppol publishes them (phive-rules-peppol from Maven Central, run
// by Saxon-HE: scripts/peppol/validator.ts). The demo companies' invoices (one on an EAN/GLN number, one in
// English) over every kind of billing line, an invoice of real billing (time, an order, a contact fee, a
// correction), and every invoice the tests before this one made: no schema error, no fatal assertion. A
// deliberately wrong total is caught.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { QueryTypes } from 'sequelize';
import { api, tokenFor } from '../../support/api-client.js';
import { MANAGER } from '../../support/api-cases.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { DEMO_COMPANIES } from '../../../db/demo-data.js';
import { fatalOf, validateUbl, validateUblFiles } from '../../../scripts/peppol/validator.js';
import { billSomeWork, billedCompany, currentMonth, frozenMonth, lockCompanyMonth, makeInvoices, thirdContact } from './invoices-support.js';

const DEMO_MONTH = '2019-06';
const say = (line: string) => process.stderr.write(`[peppol] ${line}\n`);
const dir = path.join(inject('artifactsDir'), 'invoices');

/** One of every kind of billing line, as a locked month holds them. */
const EVERY_KIND = [
  { kind: 'time', minutes: 45, amountOre: 71_250, text: 'Forbrugt tid (min. 15 minutter)', caseNumber: 101 },
  { kind: 'time', minutes: 7, amountOre: 11_083, text: 'Forbrugt tid (min. 15 minutter)', caseNumber: 102 },
  { kind: 'estimation_fee', minutes: 90, amountOre: 142_500, text: 'Decideret estimering og tilbud', caseNumber: 103 },
  { kind: 'estimation_credit', minutes: -90, amountOre: -142_500, text: 'Estimering fratrukket købsprisen', caseNumber: 103 },
  { kind: 'quote_price', minutes: 600, amountOre: 1_200_000, text: 'Ændring ifølge accepteret tilbud', caseNumber: 103 },
  { kind: 'training', minutes: 120, amountOre: 190_000, text: 'Undervisning, 2 timer', caseNumber: 104 },
  { kind: 'order_price', minutes: 0, amountOre: 1_100_000, text: 'Kursus ifølge accepteret tilbud', caseNumber: 105 },
  { kind: 'contact_training', minutes: 240, amountOre: 380_000, text: 'Supportkontaktundervisning, 4 timer: Kim Kontakt' },
  { kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr, ekstra supportkontakt: Kim Kontakt (${DEMO_MONTH})` },
  { kind: 'correction', minutes: -30, amountOre: -47_500, text: 'Korrektion af "Forbrugt tid (min. 15 minutter)" (2019-05)', caseNumber: 99 },
  { kind: 'correction', minutes: 0, amountOre: -50_000, text: 'Korrektion af månedligt gebyr for ekstra supportkontakter 2019-05: 3 → 2 ekstra kontakter' },
];

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  for (const c of DEMO_COMPANIES) await frozenMonth(c.id, DEMO_MONTH, EVERY_KIND);
  await makeInvoices(DEMO_MONTH, 201);
  const co = await billedCompany('invoice-peppol');
  await thirdContact(co);
  await billSomeWork(co);
  await lockCompanyMonth(co.id, currentMonth());
  await makeInvoices(currentMonth());
}, 300_000);
afterAll(async () => closeTestDatabase());

async function everyInvoice(): Promise<{ number: number; company: string; xml: string }[]> {
  const rows = await testDatabase().sequelize.query<{ number: string; company_id: string }>('SELECT number, company_id FROM invoices ORDER BY number', {
    type: QueryTypes.SELECT,
  });
  const token = await tokenFor(MANAGER);
  const out = [];
  for (const r of rows) {
    const res = await api('GET', `/invoices/${r.number}.xml`, { token });
    expect(res.status).toBe(200);
    out.push({ number: Number(r.number), company: r.company_id, xml: res.body as string });
  }
  return out;
}

describe('Peppol BIS Billing 3.0 validation', () => {
  it('passes the UBL 2.1 schema and the EN 16931 and Peppol rules for every invoice made: 0 fatal assertions', { timeout: 900_000 }, async () => {
    const invoices = await everyInvoice();
    const demo = invoices.filter((i) => DEMO_COMPANIES.some((c) => c.id === i.company) && i.xml.includes(`<cbc:StartDate>${DEMO_MONTH}-01`));
    expect(demo).toHaveLength(DEMO_COMPANIES.length);
    expect(demo.some((i) => i.xml.includes('<cbc:EndpointID schemeID="0088">5798000428409</cbc:EndpointID>'))).toBe(true);
    const files = invoices.map((i) => {
      const file = path.join(dir, `invoice-${i.number}-${i.company}.xml`);
      fs.writeFileSync(file, i.xml);
      return file;
    });
    const started = Date.now();
    const results = await validateUblFiles(files, say);
    say(`${results.length} invoices validated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(results).toHaveLength(invoices.length);
    for (const r of results) {
      expect(r.xsd, `${r.file}: UBL 2.1 schema`).toEqual([]);
      expect(fatalOf(r), `${r.file}: fatal assertions`).toEqual([]);
    }
    fs.writeFileSync(path.join(dir, 'validation.json'), JSON.stringify(results, null, 2));
  });

  it('fails an invoice whose total is wrong', { timeout: 600_000 }, async () => {
    const [invoice] = await everyInvoice();
    const wrongTotal = invoice!.xml.replace(/<cbc:PayableAmount currencyID="DKK">[^<]+</, '<cbc:PayableAmount currencyID="DKK">1.00<');
    const wrongLine = invoice!.xml.replace(/(<cac:InvoiceLine>[\s\S]*?<cbc:LineExtensionAmount currencyID="DKK">)[^<]+</, '$10.01<');
    expect(wrongTotal).not.toBe(invoice!.xml);
    const [total, line] = await validateUbl([
      { name: 'wrong-total', xml: wrongTotal },
      { name: 'wrong-line', xml: wrongLine },
    ]);
    expect(fatalOf(total!).map((f) => f.id)).toContain('BR-CO-16');
    expect(fatalOf(line!).length).toBeGreaterThan(0);
  });
});
