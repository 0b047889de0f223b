// The managers' dashboards (issue 13 item 4): each chart's aggregate equals a hand-counted fixture of
// one company (read with a fixed clock: Wednesday 18 June 2025, so no week or month depends on the day
// the test runs), and the pages draw inline SVG charts with their tables and CSV links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import type { Services } from '../../../services/context.js';
import { slaWeeks } from '../../../services/insight/dashboards/sla-weeks.js';
import { openCasesByAge } from '../../../services/insight/dashboards/open-cases.js';
import { billableMonths } from '../../../services/insight/dashboards/billable.js';
import { awaitingAcceptance } from '../../../services/insight/dashboards/awaiting.js';
import { ordersByType } from '../../../services/insight/dashboards/orders.js';
import { parseCompanyFilter } from '../../../services/insight/dashboards/filter.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { closeTestServices, rawBytes, signedIn, testServices, unique } from '../admin/admin-support.js';

const NOW = Date.parse('2025-06-18T10:00:00Z');
const TODAY = '2025-06-18';
let s: Services;
let companyId: string;
const numbers: Record<string, number> = {};

interface Spec {
  name: string;
  type?: string;
  status?: string;
  received: string;
  responded?: string;
  breached?: boolean;
  waitingOn?: string | null;
  view?: object;
  events?: [string, string][];
  lines?: [billedOn: string, minutes: number, amountOre: number][];
}

const CASES: Spec[] = [
  // Week of Monday 16 June: two answered in time, one breached, one still open.
  { name: 'w25-met1', received: '2025-06-16T08:00:00Z', responded: '2025-06-16T09:00:00Z', status: 'closed', lines: [['2025-06-17', 60, 95_000]] },
  // 00:30 on Monday 16 June in Copenhagen (CEST) — still Sunday in UTC.
  { name: 'w25-met2', received: '2025-06-15T22:30:00Z', responded: '2025-06-16T07:00:00Z', status: 'in_progress' },
  { name: 'w25-breach', received: '2025-06-16T10:00:00Z', responded: '2025-06-17T12:00:00Z', breached: true, status: 'resolved' },
  { name: 'w25-open', received: '2025-06-18T09:00:00Z', status: 'received' },
  // Week of 9 June: one in time; 23:30 on Sunday 15 June in Copenhagen belongs to it.
  { name: 'w24-met', received: '2025-06-15T21:30:00Z', responded: '2025-06-16T08:00:00Z', status: 'closed', lines: [['2025-05-30', 15, 23_750]] },
  // Before the 26 weeks (which begin Monday 23 December 2024).
  { name: 'old', received: '2024-12-22T12:00:00Z', responded: '2024-12-23T08:00:00Z', breached: true, status: 'closed', lines: [['2024-06-28', 600, 950_000]] },
  // Change requests: one quote waiting on the approver, sent Friday 13 June (3 working days ago).
  {
    name: 'quote',
    type: 'change_request',
    received: '2025-04-02T09:00:00Z',
    responded: '2025-04-02T10:00:00Z',
    status: 'awaiting_acceptance',
    waitingOn: 'approver',
    view: { quote: { priceOre: 1_250_000 } },
    events: [
      ['quote', '2025-06-12T09:00:00Z'],
      ['release-quote', '2025-06-13T09:00:00Z'],
    ],
  },
  {
    name: 'cr-may',
    type: 'change_request',
    received: '2025-05-20T09:00:00Z',
    responded: '2025-05-20T10:00:00Z',
    status: 'closed',
    lines: [
      ['2025-06-02', 120, 190_000],
      ['2025-06-02', -60, -95_000],
    ],
  },
  // A training offer sent today waits on the approver: age 0.
  {
    name: 'training',
    received: '2025-06-10T09:00:00Z',
    responded: '2025-06-10T10:00:00Z',
    status: 'waiting_on_customer',
    waitingOn: 'approver',
    view: { training: { priceOre: 190_000 } },
    events: [['offer-training', '2025-06-18T08:00:00Z']],
  },
  { name: 'course', type: 'course_booking', received: '2025-06-03T09:00:00Z', responded: '2025-06-03T10:00:00Z', status: 'in_progress' },
];

async function writeFixture(): Promise<void> {
  const sql = testDatabase().sequelize;
  companyId = `dash-${unique()}`;
  await sql.query(`INSERT INTO companies (id, name, solution_type) VALUES (:id, :name, 'standard')`, {
    replacements: { id: companyId, name: `Dash ${companyId}` },
  });
  const [{ id: contactId }] = await sql.query<{ id: number }>(
    `INSERT INTO people (email, first_name, last_name, role, company_id) VALUES (:email, 'Dina', 'Dash', 'contact', :companyId) RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { email: `dina-${companyId}@dash.test`, companyId } },
  );
  for (const c of CASES) {
    const [{ number }] = await sql.query<{ number: number }>(`SELECT nextval('case_number_seq')::int AS number`, { type: QueryTypes.SELECT });
    numbers[c.name] = number;
    await sql.query(
      `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, received_at, responded_at, sla_breached, waiting_on, view, version)
       VALUES (:number, :wf, :type, :status, 'portal', :companyId, :contactId, :title, :received, :responded, :breached, :waitingOn, CAST(:view AS jsonb), 5)`,
      {
        replacements: {
          number,
          wf: `dash-${number}`,
          type: c.type ?? 'support',
          status: c.status ?? 'received',
          companyId,
          contactId,
          title: `Dash ${c.name}`,
          received: c.received,
          responded: c.responded ?? null,
          breached: c.breached ?? false,
          waitingOn: c.waitingOn ?? null,
          view: JSON.stringify(c.view ?? {}),
        },
      },
    );
    for (const [seq, [kind, at]] of (c.events ?? []).entries())
      await sql.query(
        `INSERT INTO case_events (workflow_id, seq, case_number, kind, visibility, occurred_at) VALUES (:wf, :seq, :number, :kind, 'customer', :at)`,
        {
          replacements: { wf: `dash-${number}`, seq: seq + 1, number, kind, at },
        },
      );
    for (const [i, [billedOn, minutes, amountOre]] of (c.lines ?? []).entries())
      await sql.query(
        `INSERT INTO billing_lines (case_number, line_no, company_id, kind, minutes, amount_ore, text, billed_on) VALUES (:number, :i, :companyId, 'time', :minutes, :amountOre, 'Tid', :billedOn)`,
        { replacements: { number, i: i + 1, companyId, minutes, amountOre, billedOn } },
      );
  }
  await sql.query(
    `INSERT INTO company_charges (company_id, kind, minutes, amount_ore, text, billed_on) VALUES (:companyId, 'contact_training', 120, 190000, 'Supportkontaktundervisning', '2025-06-05')`,
    { replacements: { companyId } },
  );
}

beforeAll(async () => {
  const live = await testServices();
  s = { ...live, now: () => NOW };
  await writeFixture();
});

afterAll(async () => {
  await closeTestServices();
  await closeTestDatabase();
});

describe('dashboard aggregates of one company', () => {
  it('first responses per week: met, breached and not yet judged, and the share met', async () => {
    const weeks = await slaWeeks(s, companyId, TODAY);
    expect(weeks).toHaveLength(26);
    expect(weeks[0].week).toBe('2024-12-23');
    expect(weeks.at(-1)).toEqual({ week: '2025-06-16', received: 4, met: 2, breached: 1, open: 1, share: 2 / 3 });
    expect(weeks.at(-2)).toEqual({ week: '2025-06-09', received: 2, met: 2, breached: 0, open: 0, share: 1 }); // w24-met and the training case
    const earlier = weeks.slice(0, -2).filter((w) => w.received > 0);
    expect(earlier.map((w) => [w.week, w.received])).toEqual([
      ['2025-03-31', 1], // the quote, received Wednesday 2 April
      ['2025-05-19', 1],
      ['2025-06-02', 1],
    ]);
    expect(earlier.every((w) => w.share === 1)).toBe(true);
  });

  it('open cases by state and age (days since receipt)', async () => {
    const rows = await openCasesByAge(s, companyId);
    expect(rows.map((r) => [r.status, r.byAge])).toEqual([
      ['received', [1, 0, 0, 0, 0, 0]], // 1 hour
      ['in_progress', [0, 1, 0, 0, 1, 0]], // w25-met2 (2.5 days), the course booking (15 days)
      ['waiting_on_customer', [0, 0, 0, 1, 0, 0]], // 8 days
      ['awaiting_acceptance', [0, 0, 0, 0, 0, 1]], // 77 days
      ['resolved', [0, 1, 0, 0, 0, 0]],
    ]);
  });

  it('billable hours and amounts per month, company charges included, the last twelve months only', async () => {
    const money = await billableMonths(s, companyId, TODAY);
    expect(money.months).toEqual([
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(money.companies).toHaveLength(1);
    const [c] = money.companies;
    expect(c.minutes.slice(-2)).toEqual([15, 60 + 120 - 60 + 120]);
    expect(c.amountOre.slice(-2)).toEqual([23_750, 95_000 + 190_000 - 95_000 + 190_000]);
    expect(c.minutes.slice(0, -2).every((m) => m === 0)).toBe(true);
    expect(c.totalOre).toBe(403_750);
  });

  it('offers awaiting acceptance with their amount and age in working days', async () => {
    const items = await awaitingAcceptance(s, companyId);
    expect(items.map((x) => [x.number, x.kind, x.amountOre, x.ageWorkingDays])).toEqual([
      [numbers.quote, 'quote', 1_250_000, 3], // sent Friday 13 June: Mon 16, Tue 17, Wed 18
      [numbers.training, 'training_offer', 190_000, 0],
    ]);
    expect(items[0].sentAt?.toISOString()).toBe('2025-06-13T09:00:00.000Z');
  });

  it('orders by type per month', async () => {
    const orders = await ordersByType(s, companyId, TODAY);
    const counts = Object.fromEntries(orders.types.map((t) => [t.type, t.counts.slice(-3)]));
    expect(counts).toEqual({ change_request: [1, 1, 0], course_booking: [0, 0, 1], consultancy: [0, 0, 0], contact_order: [0, 0, 0] });
  });

  it('knows the companies it may be narrowed to', async () => {
    expect(await parseCompanyFilter(s, { company: companyId })).toBe(companyId);
    expect(await parseCompanyFilter(s, { company: '' })).toBeNull();
    await expect(parseCompanyFilter(s, { company: 'no-such-company' })).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { company: 'unknown_company' } });
  });
});

describe('dashboard pages', () => {
  const svgIds = (html: string) => [...html.matchAll(/<svg class="chart chart-\w+" id="([\w-]+)"/g)].map((m) => m[1]);

  it('draw every chart as inline SVG with its table and CSV link, for one company or all', async () => {
    const manager = await signedIn('manager@desk.test');
    const sla = await manager.get(`/admin/sla?company=${companyId}`);
    expect(sla.status).toBe(200);
    expect(svgIds(sla.html)).toEqual(['sla-share-svg', 'sla-breaches-svg', 'open-cases-svg']);
    expect(sla.html).toContain(`href="/admin/dashboards/open-cases.csv?company=${companyId}"`);
    expect(sla.html).toMatch(/<table class="list" id="open-cases-table">/);
    expect(sla.html).toContain('id="unanswered"'); // the overview is still there
    expect(svgIds((await manager.get('/admin/sla')).html)).toHaveLength(3);

    const money = await manager.get(`/admin/dashboards/money?company=${companyId}`);
    expect(svgIds(money.html)).toEqual(['billable-amounts-svg', 'billable-hours-svg']);
    const orders = await manager.get(`/admin/dashboards/orders?company=${companyId}`);
    expect(svgIds(orders.html)).toEqual(['awaiting-svg', 'orders-svg']);
    expect(orders.html).toContain(`<tr data-case="${numbers.quote}">`);

    const bad = await manager.get('/admin/dashboards/money?company=no-such-company');
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-company-error"');
    expect((await (await signedIn('agent@desk.test')).get('/admin/dashboards/money')).status).toBe(403);
  });

  it('offer each chart as CSV', async () => {
    const manager = await signedIn('manager@desk.test');
    const bytes = await rawBytes(manager, `/admin/dashboards/awaiting.csv?company=${companyId}`);
    const csv = new TextDecoder().decode(bytes);
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const lines = csv.split('\r\n'); // TextDecoder drops the byte-order mark
    expect(lines[0]).toBe('Sag;Titel;Virksomhed;Art;Beløb;Sendt;Alder (arbejdsdage)');
    expect(lines[1]).toMatch(new RegExp(`^#${numbers.quote};Dash quote;Dash ${companyId};Tilbud på ændringsønske;12500,00;`));
    // The pages count by the real clock: a charge billed today is in this month's line.
    const today = (await testServices()).calendar.localDate(Date.now());
    await testDatabase().sequelize.query(
      `INSERT INTO company_charges (company_id, kind, minutes, amount_ore, text, billed_on) VALUES (:companyId, 'contact_training', 30, 47500, 'I dag', :today)`,
      { replacements: { companyId, today } },
    );
    const money = new TextDecoder().decode(await rawBytes(manager, `/admin/dashboards/billable-hours.csv?company=${companyId}`));
    expect(money.split('\r\n')).toEqual(['Måned;Virksomheds-id;Virksomhed;Timer;Beløb', `${today.slice(0, 7)};${companyId};Dash ${companyId};0,50;475,00`, '']);
    expect((await manager.get('/admin/dashboards/no-such-chart.csv')).status).toBe(404);
  });
});
