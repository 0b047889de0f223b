// Defects found when the desk was tried as a new user would (issue 11 item 9, the ones in this
// branch): an unknown company in the queue filter is refused like a bad type; a fixed price shows no
// minutes; the queue and the SLA overview show the same working-time "time left". (The invitation
// page and the people table are covered in staff.test.ts and staff-browser.test.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { checkedApi } from '../../support/openapi-check.js';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, act, approver, contact1, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { loadCalendarConfig } from '../../../config/calendar.js';
import { createCalendar } from '../../../domain/calendar/index.js';
import { currentMonth, rawBytes, signedIn } from '../admin/admin-support.js';
import { queueNumbers, token } from './desk-support.js';

afterAll(closeTestDatabase);

describe('the queue filter', () => {
  it('answers an unknown company with 422 naming the field, on the page and in the API, like a bad type', async () => {
    const agent = await signedIn(AGENT);
    const page = await agent.get('/desk?company=findes-ikke');
    expect(page.status).toBe(422);
    expect(page.html).toContain('id="f-company-error"');
    expect(page.html).toContain('Virksomheden findes ikke.');
    expect(queueNumbers(page.html)).toEqual([]);
    expect((await agent.get('/desk?company=basis')).status).toBe(200);

    const api = await checkedApi('GET', '/cases?company=findes-ikke', { token: await tokenFor(AGENT) });
    expect(api).toMatchObject({ status: 422, body: { errors: { company: 'There is no such company.' } } });
    const badType = await checkedApi('GET', '/cases?type=nonsense', { token: await tokenFor(AGENT) });
    expect(badType.status).toBe(422);
    // A customer's company filter is ignored (they see their own company only), so it is never refused.
    expect((await checkedApi('GET', '/cases?company=findes-ikke', { token: await tokenFor(contact1('basis')) })).status).toBe(200);
  });
});

describe('a fixed price', () => {
  it('shows the accepted quote price without minutes on the desk, in the portal, on the billing page and in the CSV', async () => {
    const c = await newCase(contact1('faktureret'), 'change_request', { title: `Fastpris ${token()}` });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi vurderer ønsket.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'rough-estimate', { hours: 8, text: 'En dags arbejde.' });
    await act(contact1('faktureret'), c.number, 'request-quote', {});
    await act(AGENT, c.number, 'quote', { estimationMinutes: 60, hours: 10, priceOre: 1_000_000 });
    await act(approver('faktureret'), c.number, 'accept-quote');
    await act(AGENT, c.number, 'start-work');
    await act(AGENT, c.number, 'deliver', { summary: 'Leveret.' });
    const closed = await act(AGENT, c.number, 'close');
    expect(closed.body.billingLines.find((l: { kind: string }) => l.kind === 'quote_price')).toMatchObject({ minutes: 600, amountOre: 1_000_000 });

    const desk = (await (await signedIn(AGENT)).get(`/desk/cases/${c.number}`)).html;
    const row = /<tr class="line-quote_price">([\s\S]*?)<\/tr>/.exec(desk)?.[1] ?? '';
    expect(row).toContain('Tilbudspris');
    expect(row).toMatch(/<td class="num"><\/td>/);
    expect(desk).toMatch(/<tr class="line-estimation_fee"><td>[^<]*<\/td><td class="num">1 t<\/td>/);

    const portal = (await (await signedIn(contact1('faktureret'))).get(`/portal/cases/${c.number}`)).html;
    expect(portal).toMatch(/<tr><td>Tilbudspris<\/td>/);
    expect(portal).not.toContain('Tilbudspris <span class="muted small">');

    const manager = await signedIn(MANAGER);
    const billing = (await manager.get(`/admin/billing?month=${currentMonth()}&company=faktureret`)).html;
    const cells = new RegExp(`<tr class="kind-quote_price" data-case="${c.number}">([\\s\\S]*?)</tr>`).exec(billing)?.[1] ?? '';
    expect(cells).toMatch(/<td class="num"><\/td>\s*<td class="num">10\.000,00 kr\.<\/td>/);
    expect(billing).toMatch(new RegExp(`<tr class="kind-estimation_fee" data-case="${c.number}">[\\s\\S]*?<td class="num">60</td>`));
    const csv = new TextDecoder().decode(await rawBytes(manager, `/admin/billing.csv?month=${currentMonth()}&company=faktureret`));
    const quoteLine = csv.split('\r\n').find((l) => l.includes(`;${c.number};`) && l.includes(';quote_price;'));
    expect(quoteLine).toMatch(/;quote_price;;1000000;10000,00;/);
  });
});

describe('time left to the first response', () => {
  /** A duration as the pages write it ("3 d 4 t 5 min") in minutes. */
  function minutesOf(text: string): number {
    const part = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    return part(/(\d+) d/) * 1440 + part(/(\d+) t/) * 60 + part(/(\d+) min/);
  }

  it('is the same working time on the queue and on the SLA overview, not wall-clock time', async () => {
    const word = token();
    const c = await newCase(contact1('udvidet'), 'support', { title: `Frist ${word}` });
    await readModel(c.number, (r) => r.responseDueAt !== null);
    // Overdue for 40 days, so it heads the SLA overview's list whatever other tests left open.
    const due = new Date(Date.now() - 40 * 86_400_000);
    await testDatabase().models.CaseRecord.update({ responseDueAt: due }, { where: { number: c.number } });

    const queue = (await (await signedIn(AGENT)).get(`/desk?q=${word}`)).html;
    const inQueue = new RegExp(`data-case="${c.number}"[\\s\\S]*?class="due u-overdue"[^>]*>([^<]*) over fristen<`).exec(queue)?.[1];
    const sla = (await (await signedIn(MANAGER)).get('/admin/sla')).html;
    const onSla = new RegExp(`data-case="${c.number}"[\\s\\S]*?class="due u-overdue">([^<]*) over fristen<`).exec(sla)?.[1];
    expect(inQueue, 'queue').toBeDefined();
    expect(onSla, 'SLA overview').toBeDefined();

    const calendar = createCalendar(loadCalendarConfig());
    const working = calendar.workingTimeBetween(due.getTime(), Date.now());
    // The two pages were read moments apart: at most a minute of open time between them.
    expect(Math.abs(minutesOf(inQueue!) - minutesOf(onSla!))).toBeLessThanOrEqual(1);
    expect(Math.abs(minutesOf(inQueue!) - Math.round(working))).toBeLessThanOrEqual(1);
    expect(minutesOf(inQueue!)).toBeLessThan(40 * 1440 - 60); // far from the 40 calendar days
  });
});
