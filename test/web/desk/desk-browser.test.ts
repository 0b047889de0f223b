// The desk in a real browser (headless Chromium): an agent registers a phone call, works the case
// through its actions panel (the forms fold out, closing asks for a confirmation) and sees the
// billing; screenshots of each page are kept under test-artifacts/screenshots/ for people to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { readModel, token } from './desk-support.js';

let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

function watch(page: Page): void {
  page.on('console', (m) => {
    // HTTP statuses (the favicon's 404, the intended 422) are not script or policy problems.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
}

/** Clicks a submit button and waits until the next page (after the redirect) has loaded. */
async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), button.click()]);
}

/** Opens an action's form in the actions panel, fills it in and submits it; waits for the page after the redirect. */
async function decide(page: Page, action: string, fields: Record<string, string> = {}): Promise<void> {
  const details = page.locator(`#action-${action}`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  for (const [name, value] of Object.entries(fields)) await details.locator(`[name="${name}"]`).fill(value);
  await submit(page, details.locator('button[type="submit"]'));
  expect(new URL(page.url()).pathname).toMatch(/^\/desk\/cases\/\d+$/);
  if ((await page.locator('.flash-ok').count()) === 0) {
    await screenshot(page, `desk-failed-${action}`);
    const flash = await page.locator('.flash, .error-summary').allTextContents();
    throw new Error(`${action}: no confirmation on ${page.url()}; ${flash.join(' | ')}`);
  }
}

describe('an agent at the desk', () => {
  it('registers a call and works it to a billed close', async () => {
    const word = token();
    const page = await newPage(browser);
    watch(page);
    await loginAs(page, 'agent@desk.test');
    expect(new URL(page.url()).pathname).toBe('/desk');
    expect(await page.locator('h1').textContent()).toContain('Køen');
    await screenshot(page, 'desk-queue');

    await page.click('a.button[href="/desk/intake"]');
    await screenshot(page, 'desk-intake');
    await page.click('a[href="/desk/intake/support"]');
    await page.check('input[name="channel"][value="phone"]');
    await page.fill('#f-lookup', 'karen basis');
    await page.locator('#callers input[value="kontakt1@basis.test"]').check();
    await page.fill('#f-title', `Kreditnota ${word}`);
    await page.fill('#f-workflow', 'Fakturering');
    await page.fill('#f-description', 'Kunden ringede: hvordan krediteres en faktura?');
    await page.fill('#f-tried', 'Menuen Faktura');
    await page.fill('#f-expected', 'En kreditnota');
    await page.setInputFiles('#f-attachments', { name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('Noter fra opkaldet') });
    await screenshot(page, 'desk-intake-form');
    await Promise.all([page.waitForURL(/\/desk\/cases\/\d+$/), page.click('form button[type="submit"].primary')]);
    const number = Number(/(\d+)$/.exec(page.url())![1]);
    expect(await page.locator('.flash-ok').textContent()).toContain(`Sag #${number} er registreret (Telefon)`);
    // The file is listed with the request, and on the timeline with its receipt.
    expect(await page.locator('section[aria-labelledby="request-heading"] a[href*="/attachments/"]').textContent()).toBe('noter.txt');
    expect(await page.locator('li.k-received a[href*="/attachments/"]').textContent()).toBe('noter.txt');
    await screenshot(page, 'desk-case-received');
    await readModel(number, (r) => r.responseDueAt !== null);
    // Other test files leave many cases open; find this one the way an agent would.
    await page.goto(`/desk?q=${number}`);
    expect(await page.locator(`tr[data-case="${number}"] time.due`).count()).toBe(1);
    await screenshot(page, 'desk-queue-cases');
    await page.goto(`/desk/cases/${number}`);

    await page.locator('#action-acknowledge summary').click();
    await submit(page, page.locator('#action-acknowledge button[type="submit"]'));
    await page.locator('#a-acknowledge-plan-error').waitFor();
    await screenshot(page, 'desk-case-invalid');
    await decide(page, 'acknowledge', { plan: 'Vi sender en vejledning i dag.' });
    await decide(page, 'qualify');
    await page.locator('.page-head .badge.s-in_progress').waitFor();
    await decide(page, 'log-time', { minutes: '20', note: 'Vejledning skrevet' });
    await page.check('input[name="visibility"][value="customer"]');
    await page.fill('#f-body', 'Vejledningen er på vej.');
    await submit(page, page.locator('.desk-message button[type="submit"]'));
    expect(await page.locator('.flash-ok').textContent()).toContain('Beskeden er sendt til kunden.');
    await screenshot(page, 'desk-case-in-progress');
    await decide(page, 'resolve', { summary: 'Se vejledningen.' });

    page.once('dialog', (d) => void d.accept());
    await decide(page, 'close');
    await page.locator('.page-head .badge.s-closed').waitFor();
    expect(await page.locator('.desk-billing tbody tr').count()).toBe(1);
    await screenshot(page, 'desk-case-closed');

    const lines = await testDatabase().models.BillingLineRecord.findAll({ where: { caseNumber: number } });
    expect(lines.map((l) => [l.kind, l.minutes])).toEqual([['time', 20]]);
    expect(problems).toEqual([]);
  });
});
