// Invoice numbers are gapless and never reused (SPEC §7): eight invoice runs at once — the same months
// made by several managers' requests at the same time, over companies and months of this test's own —
// give one invoice per company and month, and the numbers of all invoices ever made form one unbroken
// series from the configured first number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { api, tokenFor } from '../../support/api-client.js';
import { MANAGER } from '../../support/api-cases.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { loadBillingIdentity } from '../../../config/billing-identity.js';
import { frozenMonth } from './invoices-support.js';

const MONTHS = ['2019-01', '2019-02', '2019-03', '2019-04'];
const companies: string[] = [];

beforeAll(async () => {
  const db = testDatabase();
  for (let i = 0; i < 3; i++) {
    const id = `numbering-${randomUUID().slice(0, 8)}`;
    await db.models.Company.create({ id, name: `Nummerserie ${i} ApS`, solutionType: 'standard', firstTrainingDay: null });
    companies.push(id);
    await db.sequelize.query(
      `INSERT INTO company_billing (company_id, street, postcode, city, cvr, invoice_email) VALUES (:id, 'Talvej 3', '6000', 'Kolding', '37121002', :email)`,
      { replacements: { id, email: `faktura@${id}.test` } },
    );
    for (const month of MONTHS)
      await frozenMonth(id, month, [{ kind: 'contact_fee', minutes: 0, amountOre: 50_000 + i * 100, text: `Månedligt gebyr (${month})` }]);
  }
});
afterAll(async () => closeTestDatabase());

describe('the invoice number series', () => {
  it('stays gapless under 8 concurrent invoice runs, one invoice per company and month', async () => {
    const token = await tokenFor(MANAGER);
    // Eight runs at once: each month twice.
    const runs = await Promise.all([...MONTHS, ...MONTHS].map((month) => api('POST', `/billing/${month}/invoices`, { token })));
    for (const r of runs) expect([200, 201], JSON.stringify(r.body)).toContain(r.status);
    const rows = await testDatabase().sequelize.query<{ number: string; company_id: string; month: string }>(
      'SELECT number, company_id, month FROM invoices WHERE company_id IN (:companies) ORDER BY number',
      { type: QueryTypes.SELECT, replacements: { companies } },
    );
    expect(rows).toHaveLength(companies.length * MONTHS.length);
    expect(new Set(rows.map((r) => `${r.company_id}/${r.month}`)).size).toBe(rows.length);
    // Both runs of a month answer the month's same invoices.
    for (const month of MONTHS) {
      const answers = runs
        .filter((_r, i) => [...MONTHS, ...MONTHS][i] === month)
        .map((r) => r.body.invoices.filter((x: { company: string }) => companies.includes(x.company)));
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toHaveLength(companies.length);
    }

    const all = await testDatabase().sequelize.query<{ number: string }>('SELECT number FROM invoices ORDER BY number', { type: QueryTypes.SELECT });
    const numbers = all.map((r) => Number(r.number));
    const first = loadBillingIdentity().firstInvoiceNumber;
    expect(numbers[0]).toBe(first);
    expect(numbers).toEqual(numbers.map((_n, i) => first + i));
    const [series] = await testDatabase().sequelize.query<{ next_number: string }>("SELECT next_number FROM invoice_series WHERE series = 'invoices'", {
      type: QueryTypes.SELECT,
    });
    expect(Number(series!.next_number)).toBe(first + numbers.length);
  });
});
