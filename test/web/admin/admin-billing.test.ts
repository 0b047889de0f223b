// The desk manager's SLA overview and billing export over HTTP against the running product: a
// billed support case driven to closed shows up with its time line, on the page and in the CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { actOnCase } from '../../../services/cases/actions.js';
import { loadTerms } from '../../../config/terms.js';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../../services/context.js';
import type { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { closeTestServices, fileOverdueRequest, fileSupportRequest, rawBytes, signedIn, testServices, unique, until, withinMonths } from './admin-support.js';

let manager: PageClient;
let s: Services;
let agent: Person;

beforeAll(async () => {
  manager = await signedIn('manager@desk.test');
  s = await testServices();
  agent = (await testDatabase().models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
});
afterAll(async () => {
  await closeTestServices();
  await closeTestDatabase();
});

function row(html: string, attr: string, value: string | number): string {
  const m = new RegExp(`<tr[^>]*data-${attr}="${value}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
  return m ? m[1] : '';
}

const readModel = (number: number, ok: (status: string, version: number) => boolean) =>
  until(
    () => testDatabase().models.CaseRecord.findByPk(number),
    (r) => r !== null && ok(r.status, r.version),
  );

describe('SLA overview', () => {
  it('lists a new request among those awaiting their first response, with its due time and the figures', async () => {
    const title = `Ubesvaret ${unique()}`;
    const number = await fileOverdueRequest('kontakt2@udvidet.test', title);
    await readModel(number, (_s, v) => v >= 1);
    const page = await manager.get('/admin/sla');
    expect(page.status).toBe(200);
    const line = row(page.html, 'case', number);
    expect(line, 'the case is listed').toContain(title);
    expect(line).toContain('Udvidet A/S');
    expect(line).toMatch(/over fristen/);
    expect(page.html).toMatch(/<div class="value">\d+<\/div>\s*<div class="label">Åbne sager<\/div>/);
    expect(page.html).toMatch(/<div class="value">[1-9]\d*<\/div>\s*<div class="label">Afventer første respons<\/div>/);
    expect(row(page.html, 'company', 'udvidet')).toMatch(/<td class="num">[1-9]\d*<\/td>/);
    expect(page.html).toContain('<span class="badge s-received">Modtaget</span>');

    // Once acknowledged it leaves the list, and its response time counts.
    await actOnCase(s, agent, number, 'acknowledge', { plan: 'Vi ringer dig op i dag.' });
    await readModel(number, (status) => status === 'acknowledged');
    const after = await manager.get('/admin/sla');
    expect(row(after.html, 'case', number)).toBe('');
    expect(after.html).toMatch(/[1-9]\d* respons(er)? de seneste 30 dage/);
  });
});

describe('billing export', () => {
  const prices = loadTerms().prices;
  let number: number;
  /** The month the case was billed in (the day it closed, in the desk's zone). */
  let month: string;
  const title = `Faktureret hjælp ${unique()}`;

  beforeAll(async () => {
    number = await fileSupportRequest('kontakt1@faktureret.test', title);
    await readModel(number, (_s, v) => v >= 1);
    await actOnCase(s, agent, number, 'acknowledge', { plan: 'Vi viser dig, hvordan man krediterer.' });
    await actOnCase(s, agent, number, 'qualify', {});
    await actOnCase(s, agent, number, 'log-time', { minutes: 45, note: 'Gennemgang over telefon' });
    await actOnCase(s, agent, number, 'resolve', { summary: 'Vist hvordan en kreditnota laves.' });
    await actOnCase(s, agent, number, 'close', {});
    const lines = await until(
      () => testDatabase().models.BillingLineRecord.findAll({ where: { caseNumber: number } }),
      (l) => l.length > 0,
    );
    expect(lines.map((l) => [l.kind, l.minutes, l.amountOre])).toEqual([['time', 45, (45 * prices.hourlyRateOre) / 60]]);
    month = lines[0].billedOn.slice(0, 7);
  });

  it("shows the closed case's time line with its minutes and amount, the subtotal and the total", async () => {
    // Without a month the page shows the current one (the case's, unless the month turned meanwhile).
    const current = await withinMonths(() => manager.get('/admin/billing'));
    expect(current.value.status).toBe(200);
    expect(current.months).toContain(/id="f-month" name="month" value="([^"]*)"/.exec(current.value.html)?.[1]);

    const page = await manager.get(`/admin/billing?month=${month}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`value="${month}"`);
    const line = row(page.html, 'case', number);
    expect(line, 'the case line is listed').toContain(`#${number}`);
    expect(line).toContain(title);
    expect(line).toContain('Forbrugt tid');
    expect(line).toContain('<td class="num">45</td>');
    expect(line).toContain('712,50 kr.');
    expect(page.html).toMatch(/id="company-faktureret"[\s\S]*Subtotal, Faktureret I\/S/);
    expect(page.html).toContain(`href="/admin/billing.csv?month=${month}"`);

    const filtered = await manager.get(`/admin/billing?month=${month}&company=faktureret`);
    expect(row(filtered.html, 'case', number)).toContain('712,50 kr.');
    expect(filtered.html).not.toContain('id="company-udvidet"');

    const earlier = await manager.get('/admin/billing?month=2001-01');
    expect(earlier.status).toBe(200);
    expect(earlier.html).not.toContain(`data-case="${number}"`);
  });

  it('exports the same lines as CSV: BOM, semicolons, decimal comma, attachment', async () => {
    const res = await manager.get(`/admin/billing.csv?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="billing-${month}.csv"`);
    const bytes = await rawBytes(manager, `/admin/billing.csv?month=${month}`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.html.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('company_id;company_name;case_number;case_title;billed_on;kind;minutes;amount_ore;amount_kr;text');
    const caseLine = lines.find((l) => l.split(';')[2] === String(number));
    expect(caseLine).toMatch(
      new RegExp(`^faktureret;Faktureret I/S;${number};${title};${month}-\\d\\d;time;45;71250;712,50;Forbrugt tid \\(min\\. 15 minutter\\)$`),
    );
  });

  it('refuses a bad month or an unknown company with a message (422)', async () => {
    for (const query of ['month=2025-13', 'month=marts', 'month=2025-1']) {
      const page = await manager.get(`/admin/billing?${query}`);
      expect(page.status, query).toBe(422);
      expect(page.html).toMatch(/id="f-month-error"[^>]*>Angiv måneden som ÅÅÅÅ-MM/);
      const csv = await manager.get(`/admin/billing.csv?${query}`);
      expect(csv.status).toBe(422);
      expect(csv.headers.get('content-type')).toMatch(/text\/html/);
    }
    const unknown = await manager.get(`/admin/billing?month=${month}&company=nobody-here`);
    expect(unknown.status).toBe(422);
    expect(unknown.html).toMatch(/id="f-company-error"[^>]*>Virksomheden findes ikke/);
  });

  it('bills the monthly fee for each active support contact beyond the included ones', async () => {
    const id = `tre-kontakter-${unique()}`;
    await manager.get('/admin/companies/new');
    expect((await manager.post('/admin/companies/new', { id, name: 'Tre Kontakter ApS', solutionType: 'standard' })).status).toBe(303);
    for (const n of [1, 2, 3]) {
      const res = await manager.post(`/admin/companies/${id}/contacts`, {
        firstName: `K${n}`,
        lastName: 'Kontakt',
        email: `k${n}-${unique()}@tre.test`,
        billTraining: n === 3 ? 'on' : '',
      });
      expect(res.status).toBe(303);
    }
    // The month the third contact's training was billed in: all three contacts are active then.
    const [{ feeMonth }] = await testDatabase().sequelize.query<{ feeMonth: string }>(
      `SELECT to_char(billed_on, 'YYYY-MM') AS "feeMonth" FROM company_charges WHERE company_id = :id`,
      { type: QueryTypes.SELECT, replacements: { id } },
    );
    const page = await manager.get(`/admin/billing?month=${feeMonth}&company=${id}`);
    expect(page.status).toBe(200);
    // The third contact started this month: theirs is the month's fee (contacts active on any day of it).
    expect(page.html).toContain(`Månedligt gebyr, ekstra supportkontakt: K3 Kontakt (${feeMonth})`);
    expect(page.html).toContain('Supportkontaktundervisning, 2 timer: K3 Kontakt');
    expect(page.html).toContain('3 aktive supportkontakter (2 inkluderet)');
    // 500,00 (monthly fee) + 1.900,00 (2 h training) = 2.400,00
    expect(page.html).toMatch(/id="grand-total">2\.400,00 kr\./);
    const csv = await manager.get(`/admin/billing.csv?month=${feeMonth}&company=${id}`);
    const lines = csv.html
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.filter((l) => l.startsWith(`${id};`)).map((l) => l.split(';').slice(5, 9).join(';'))).toEqual([
      'contact_training;120;190000;1900,00',
      'contact_fee;0;50000;500,00',
    ]);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="billing-${feeMonth}-${id}.csv"`);
  });
});
