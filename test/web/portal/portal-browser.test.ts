// The portal in a real browser (headless Chromium): a price approver accepts a quote in two clicks
// from the approvals list, and a contact files a request with the keyboard-visible error handling.
// Screenshots land in test-artifacts/screenshots/ for people to look at.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase } from '../../support/servers.js';
import { VALID, asAgent, closeTemporal, contact, fileRequest, readModel, unique } from './portal-support.js';

let browser: Browser;

/**
 * A page whose browser does not ask for /favicon.ico: that request passes the session middleware
 * with the pre-login cookie and (rolling sessions) can hand the old session id back after login.
 * When a test fails, the page's requests and cookies are printed, to tell a slow machine from a lost session.
 */
async function portalPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.context().route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${new Date().toISOString()} > ${r.method()} ${r.url()} cookie=${r.headers()['cookie'] ?? ''}`));
  // A response still arriving as its test closes the page has no headers to read any more: traced without.
  page.on('response', async (r) => {
    const headers: Record<string, string> = await r.allHeaders().catch(() => ({}));
    seen.push(`${new Date().toISOString()} < ${r.status()} ${r.url()} set-cookie=${headers['set-cookie'] ?? ''} location=${r.headers()['location'] ?? ''}`);
  });
  onTestFailed(async () => {
    if (page.isClosed()) return;
    await screenshot(page, 'portal-browser-failure').catch(() => undefined);
    console.log(`browser trace (now at ${page.url()}):\n${seen.join('\n')}`);
  });
  return page;
}

const flashOk = (page: Page) => page.waitForSelector('.flash-ok');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTemporal();
  await closeTestDatabase();
});

describe('portal in the browser', () => {
  it('lets a price approver accept a quote in two clicks', async () => {
    const filer = await contact('kontakt1@udvidet.test');
    const title = unique('Ny eksport til lønsystem');
    const { number } = await fileRequest(filer, 'change_request', { ...VALID.change_request, title });
    await readModel(number);
    await asAgent(number, 'acknowledge', { plan: 'Vi estimerer ændringen og vender tilbage.' });
    await asAgent(number, 'qualify', {});
    await asAgent(number, 'quote', { estimationMinutes: 90, hours: 12.5, priceOre: 1_187_500 });
    await readModel(number, (r) => r.status === 'awaiting_acceptance');

    const page = await portalPage();
    await loginAs(page, 'godkender@udvidet.test');
    expect(new URL(page.url()).pathname).toBe('/portal/approvals');
    await screenshot(page, 'portal-approvals');

    page.on('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: `#${number} ${title}` }).click(); // click 1
    await page.waitForURL(`**/portal/cases/${number}`);
    await screenshot(page, 'portal-approver-quote');
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/portal/cases/${number}/actions/accept-quote`));
    await page.getByRole('button', { name: 'Acceptér tilbud' }).click(); // click 2 (and the confirm dialog)
    expect((await posted).status()).toBe(302);
    await flashOk(page);
    expect(await page.textContent('.flash-ok')).toContain('Tilbuddet er accepteret');
    expect((await readModel(number, (r) => r.status === 'accepted')).status).toBe('accepted');
    await page.context().close();
  });

  it('moves focus to the first field in error and keeps what was typed', async () => {
    const page = await portalPage();
    await loginAs(page, 'kontakt2@udvidet.test');
    await screenshot(page, 'portal-ongoing');
    await page.getByRole('link', { name: 'Ny henvendelse' }).first().click();
    await screenshot(page, 'portal-new');
    await page.getByRole('link', { name: /Noget er holdt op med at virke/ }).click();
    const title = unique('Lager opdateres ikke');
    await page.getByLabel('Hvad er holdt op med at virke?').fill(title);
    await page.getByRole('button', { name: 'Send henvendelsen' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator(':focus').getAttribute('name')).toBe('since');
    expect(await page.inputValue('#f-title')).toBe(title);
    await screenshot(page, 'portal-form-errors');

    await page.fill('#f-since', '2025-03-04T09:15');
    for (const name of ['description', 'steps', 'expected', 'actual']) await page.fill(`#f-${name}`, VALID.incident[name]);
    await page.fill('#f-affectedUsers', '3');
    await page.check('#f-trained');
    await page.getByRole('button', { name: 'Send henvendelsen' }).click();
    await flashOk(page);
    expect(await page.textContent('h1')).toContain(title);
    await screenshot(page, 'portal-case');
    await page.context().close();
  });
});
