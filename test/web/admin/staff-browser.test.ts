// Staff accounts and search in a real browser (headless Chromium): a desk manager invites an agent,
// the agent chooses a password from the link and signs in; a contact replies with a screenshot, and
// the new agent finds the case by a word from that reply in the desk's search while the contact finds
// it in the portal's; the admin people tables fit a 1280 px window. Screenshots are kept under
// test-artifacts/screenshots/ for people to look at.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase, readModel } from '../../support/servers.js';
import { PNG } from '../portal/portal-support.js';

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

function watch(page: Page): Page {
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), button.click()]);
}

const word = () =>
  `zq${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)}x`;

describe('a new agent', () => {
  const email = `ny-${randomUUID().slice(0, 8)}@desk.test`;
  const password = 'mit-eget-kodeord';

  it('is invited by a desk manager, chooses a password from the shown link and signs in', async () => {
    const manager = watch(await newPage(browser));
    await loginAs(manager, 'manager@desk.test');
    await manager.click('nav.mainnav a[href="/admin/staff"]');
    expect(await manager.locator('h1').textContent()).toContain('Medarbejdere');
    await manager.fill('#f-firstName', 'Nina');
    await manager.fill('#f-lastName', 'Nyansat');
    await manager.fill('#f-email', email);
    await manager.selectOption('#f-role', 'agent');
    await submit(manager, manager.locator('.staff-invite button[type="submit"]'));
    const flash = (await manager.locator('.flash-ok').textContent()) ?? '';
    expect(flash).toContain('Nina Nyansat');
    await screenshot(manager, 'staff-invited');
    const link = /https?:\/\/\S+\/password\/set\/[A-Za-z0-9_-]+/.exec(flash)?.[0];
    expect(link, flash).toBeDefined();

    const agent = watch(await newPage(browser));
    await agent.goto(new URL(link!).pathname);
    expect(await agent.locator('h1').textContent()).toContain('Vælg adgangskode');
    expect(await agent.locator('.whoami').count()).toBe(0);
    await screenshot(agent, 'staff-set-password');
    await agent.fill('#f-password', password);
    await agent.fill('#f-confirm', password);
    await submit(agent, agent.locator('button[type="submit"].primary'));
    expect(new URL(agent.url()).pathname).toBe('/desk');
    expect(await agent.locator('.whoami').textContent()).toContain('Nina Nyansat');
    await agent.click('form[action="/logout"] button');
    await loginAs(agent, email, password);
    expect(new URL(agent.url()).pathname).toBe('/desk');
    expect(problems).toEqual([]);
  });

  it('finds a case by a word from a customer reply, and the contact finds it in the portal', async () => {
    const w = word();
    const contact = watch(await newPage(browser));
    await loginAs(contact, 'kontakt1@hypercare.test');
    await contact.goto('/portal/new/support');
    await contact.fill('[name="title"]', 'Lønkørslen stopper');
    await contact.fill('[name="workflow"]', 'Løn');
    await contact.fill('[name="description"]', 'Lønkørslen stopper ved trin 3.');
    await contact.fill('[name="tried"]', 'Genstart');
    await contact.fill('[name="expected"]', 'At lønnen kører');
    await submit(contact, contact.locator('form button[type="submit"].primary'));
    const number = Number(/\/portal\/cases\/(\d+)$/.exec(contact.url())?.[1]);
    expect(number).toBeGreaterThan(0);
    await readModel(number);
    await contact.reload();
    await contact.fill('#a-reply-message', `Fejlkoden er ${w} – se skærmbilledet.`);
    await contact.setInputFiles('#a-reply-attachments', { name: 'trin3.png', mimeType: 'image/png', buffer: Buffer.from(PNG) });
    await submit(contact, contact.locator('form[action$="/actions/reply"] button[type="submit"]'));
    expect(await contact.locator('.flash-ok').count()).toBe(1);
    expect(await contact.locator('li.k-reply a[href*="/attachments/"]').textContent()).toBe('trin3.png');
    await screenshot(contact, 'portal-reply-with-file');

    const agent = watch(await newPage(browser));
    await loginAs(agent, email, password);
    await agent.fill('.filters input[name="q"]', w);
    await submit(agent, agent.locator('.filters button[type="submit"]'));
    const row = agent.locator(`tr[data-case="${number}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.locator('.snippet mark').textContent()).toBe(w);
    expect(await agent.locator('tr[data-case]').count()).toBe(1);
    await screenshot(agent, 'desk-search-results');
    await submit(agent, row.locator('a.hit-title'));
    expect(await agent.locator('li.k-reply a[href*="/attachments/"]').textContent()).toBe('trin3.png');
    await screenshot(agent, 'desk-case-reply-with-file');
    await agent.goto(`/desk?q=%23${number}`);
    expect(new URL(agent.url()).pathname).toBe(`/desk/cases/${number}`);

    await contact.goto('/portal');
    await contact.fill('.portal-search-box input[name="q"]', w);
    await submit(contact, contact.locator('.portal-search-box button'));
    expect(await contact.locator(`tr[data-case="${number}"] .snippet mark`).textContent()).toBe(w);
    await screenshot(contact, 'portal-search-results');
    expect(problems).toEqual([]);
  });
});

/** What the width check reads of a table in the page (the tests are compiled without the DOM types). */
interface Measured {
  scrollWidth: number;
  closest(selector: string): { clientWidth: number } | null;
  ownerDocument: { documentElement: { scrollWidth: number } };
}

describe('the admin pages at 1280 px', () => {
  it('fit the people tables and the audit log without sideways scrolling', async () => {
    const manager = watch(await newPage(browser));
    await loginAs(manager, 'manager@desk.test');
    // A company whose contacts are still invited (two buttons each) with long names and addresses.
    const id = `bred-${randomUUID().slice(0, 6)}`;
    await manager.goto('/admin/companies/new');
    await manager.fill('#f-id', id);
    await manager.fill('#f-name', 'Meget Lange Navne Rådgivning og Revision ApS');
    await submit(manager, manager.locator('form button[type="submit"].primary'));
    for (const n of [1, 2]) {
      await manager.locator('#add-contact summary').click();
      await manager.fill('#c-firstName', `Karoline-Marie ${n}`);
      await manager.fill('#c-lastName', 'Christiansen-Kristoffersen');
      await manager.fill('#c-email', `karoline-marie.christiansen-kristoffersen.${n}@meget-lange-navne-raadgivning.test`);
      await submit(manager, manager.locator('#add-contact button[type="submit"]'));
    }
    const overflow = (selector: string) =>
      manager.locator(selector).evaluate((table: Measured) => ({
        table: table.scrollWidth,
        wrap: table.closest('.table-wrap')!.clientWidth,
        page: table.ownerDocument.documentElement.scrollWidth,
      }));
    for (const [path, selector, name] of [
      [`/admin/companies/${id}`, '#people-list', 'admin-company-people'],
      ['/admin/staff', '#staff-list', 'admin-staff'],
      ['/admin/audit', '#audit-list', 'admin-audit'],
    ] as const) {
      await manager.goto(path);
      const size = await overflow(selector);
      expect(size.table, `${path}: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.wrap);
      expect(size.page).toBeLessThanOrEqual(1280);
      await screenshot(manager, name);
    }
    expect(problems).toEqual([]);
  });
});
