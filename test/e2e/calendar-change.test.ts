// Issue 11's acceptance in a browser: adding a closed day on the day a running case's response is due
// moves that due time, and the desk queue and the case's timeline show it. Against the suite's shared
// product, on the real clock: the first response takes 8 working hours, more than one working day, so a
// request filed now is always due on a later working day — the one the desk manager closes here, in
// /admin/calendar. Removing the day again moves the due time back. Screenshots under
// test-artifacts/screenshots/calendar-*.png.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from '../support/browser.js';
import { closeTestDatabase, readModel, testDatabase } from '../support/servers.js';
import { deskCalendar } from '../support/desk-time.js';
import { createCalendar } from '../../domain/calendar/index.js';
import { loadCalendarConfig } from '../../config/calendar.js';
import { loadTerms } from '../../config/terms.js';
import { deskCalendarChanges } from '../../services/calendar/desk-calendar.js';
import type { Services } from '../../services/context.js';
import { formatters } from '../../web/format.js';
import { PageWatch, caseNumberOf, clickAndLoad, clickTo, fillRequest, requestValues, signIn, text, token } from './journeys.support.js';

let browser: Browser;
const watches: PageWatch[] = [];
/** The closed day this test added, until it is removed again. */
let added: string | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  // A failed run must not leave the shared product's calendar closed on a working day.
  if (added) await testDatabase().sequelize.query('DELETE FROM calendar_closed_days WHERE date = $1', { bind: [added] });
  await browser?.close();
  await closeTestDatabase();
});

async function open(who: string): Promise<Page> {
  const page = await newPage(browser);
  watches.push(new PageWatch(page, who));
  onTestFailed(async () => {
    if (!page.isClosed()) await screenshot(page, `calendar-failure-${who}`).catch(() => undefined);
  });
  return page;
}

/** The response due time the product's calendar gives a request received at `receivedAt` (the file's hours and holidays plus the desk's own changes). */
async function expectedDue(receivedAt: Date): Promise<number> {
  const changes = await deskCalendarChanges({ db: testDatabase() } as Pick<Services, 'db'> as Services);
  const base = loadCalendarConfig();
  const calendar = createCalendar({
    ...base,
    extraClosedDays: [...base.extraClosedDays, ...changes.closedDays],
    hoursChanges: [...(base.hoursChanges ?? []), ...changes.hoursChanges],
  });
  return calendar.addWorkingTime(receivedAt.getTime(), loadTerms().timers.firstResponseMinutes);
}

const dueOf = async (number: number) => (await readModel(number)).responseDueAt?.getTime() ?? null;

/** The due time the desk queue shows for the case: its `datetime` and the date in its title. */
async function queueDue(page: Page, number: number): Promise<{ iso: string | null; title: string | null }> {
  await page.goto(`/desk?q=${number}`);
  const due = page.locator(`tr[data-case="${number}"] time.due`);
  return { iso: await due.getAttribute('datetime'), title: await due.getAttribute('title') };
}

/** How wide the page is laid out (wider than the window: it scrolls sideways); the tests are compiled without the DOM types. */
const pageWidth = (page: Page) => page.locator('html').evaluate((html: { scrollWidth: number }) => html.scrollWidth);

describe('a closed day in the desk calendar', () => {
  it('moves the due time of a running case due that day, in the desk queue and on its timeline, and back when removed', async () => {
    const fmt = formatters('da');

    // A support contact files a request now.
    const contact = await open('contact');
    await signIn(contact, 'kontakt1@udvidet.test');
    await contact.goto('/portal/new/support');
    const title = `Rapport mangler efter lukkedag ${token()}`;
    await fillRequest(contact, 'support', requestValues('support', title));
    await clickTo(contact, contact.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);
    const number = caseNumberOf(contact);
    const row = await readModel(number, (r) => r.responseDueAt !== null);
    const firstDue = row.responseDueAt!.getTime();
    expect(firstDue, 'due as the calendar says').toBe(await expectedDue(row.receivedAt));
    const dueDay = deskCalendar.localDate(firstDue);
    expect(dueDay > deskCalendar.localDate(Date.now()), 'eight working hours end on a later day than today').toBe(true);

    const agent = await open('agent');
    await signIn(agent, 'agent@desk.test');
    expect(await queueDue(agent, number)).toEqual({ iso: new Date(firstDue).toISOString(), title: `Respons senest: ${fmt.dateTime(firstDue)}` });
    await screenshot(agent, 'calendar-queue-before');

    // The desk manager closes the day the response is due.
    const manager = await open('manager');
    await signIn(manager, 'manager@desk.test');
    await manager.goto('/admin/calendar');
    const dayName = `Flyttedag ${token()}`;
    await manager.fill('#f-date', dueDay);
    await manager.fill('#f-name', dayName);
    await clickAndLoad(manager, manager.locator('form[action="/admin/calendar/closed-days"] button[type="submit"]'));
    added = dueDay;
    expect(await text(manager.locator('.flash-ok'))).toContain(fmt.date(`${dueDay}T12:00:00Z`));
    const listed = manager.locator(`#closed-days tr.own[data-date="${dueDay}"]`);
    expect(await text(listed)).toContain(dayName);
    expect(await pageWidth(manager), 'the calendar page fits 1280 px').toBeLessThanOrEqual(1280);
    await screenshot(manager, 'calendar-admin-added');

    // The running case follows within seconds: a due time on a later working day, as the new calendar says.
    await expect.poll(() => dueOf(number), { timeout: 20_000 }).not.toBe(firstDue);
    const movedDue = (await dueOf(number))!;
    expect(movedDue).toBe(await expectedDue(row.receivedAt));
    expect(deskCalendar.localDate(movedDue) > dueDay, 'due after the closed day').toBe(true);

    expect(await queueDue(agent, number)).toEqual({ iso: new Date(movedDue).toISOString(), title: `Respons senest: ${fmt.dateTime(movedDue)}` });
    await screenshot(agent, 'calendar-queue-moved');

    await agent.goto(`/desk/cases/${number}`);
    const entry = agent.locator('#timeline li.k-deadline_moved');
    expect(await entry.count()).toBe(1);
    const said = await text(entry);
    expect(said).toContain('Frist flyttet');
    expect(said).toContain(`fordi ${fmt.date(`${dueDay}T12:00:00Z`)} nu er lukkedag: ${dayName}`);
    expect(said).toContain(`Respons senest nu ${fmt.dateTime(movedDue)}`);
    await screenshot(agent, 'calendar-case-timeline');

    // The contact reads the same reason on their own timeline.
    await contact.reload();
    expect(await text(contact.locator('ol.timeline'))).toContain(`nu er lukkedag: ${dayName}`);

    // Removing the day again moves the due time back.
    await manager.goto('/admin/calendar');
    manager.once('dialog', (d) => void d.accept());
    await clickAndLoad(manager, listed.locator('button[type="submit"]'));
    expect(await manager.locator(`#closed-days tr[data-date="${dueDay}"].own`).count()).toBe(0);
    added = null;
    await expect.poll(() => dueOf(number), { timeout: 20_000 }).toBe(firstDue);
    expect(await queueDue(agent, number)).toEqual({ iso: new Date(firstDue).toISOString(), title: `Respons senest: ${fmt.dateTime(firstDue)}` });
    await agent.goto(`/desk/cases/${number}`);
    expect(await agent.locator('#timeline li.k-deadline_moved').count()).toBe(2);
    expect(await text(agent.locator('#timeline li.k-deadline_moved').last())).toContain(`lukkedagen ${dayName}`);
    await screenshot(agent, 'calendar-case-timeline-back');

    const problems = watches.flatMap((w) => w.problems);
    expect(problems, 'script errors, CSP violations or failed requests').toEqual([]);
  });
});
