// Invoices in a real browser (headless Chromium), at 1280 and 390 px: the desk manager makes a locked
// month's invoices on the billing page (status, totals, the chart of invoiced months) and keeps a company's
// invoicing details on its page; the company's price approver finds the invoices in the portal, opens one,
// downloads its PDF and opens the case behind a line. Screenshots land in test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase } from '../../support/servers.js';
import { ownCompany, type OwnCompany } from '../orders/orders-support.js';
import { billSomeWork, billedCompany, currentMonth, frozenMonth, lockCompanyMonth, makeInvoices, thirdContact } from './invoices-support.js';

let browser: Browser;
let co: OwnCompany;
let cases: Awaited<ReturnType<typeof billSomeWork>>;
const FROZEN = '2019-11';

beforeAll(async () => {
  browser = await launchBrowser();
  co = await billedCompany('invoice-web');
  await thirdContact(co);
  cases = await billSomeWork(co);
  await lockCompanyMonth(co.id, currentMonth());
  await makeInvoices(currentMonth());
  await frozenMonth(co.id, FROZEN, [
    { kind: 'time', minutes: 90, amountOre: 142_500, text: 'Forbrugt tid (min. 15 minutter)', caseNumber: cases.support },
    { kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr, ekstra supportkontakt: Carl Tredje (${FROZEN})` },
  ]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

async function both(page: Page, name: string, mine: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  // Nothing of this page's invoice parts is wider than the phone: what is wider scrolls inside its own box.
  const wide = await page.evaluate<string[]>(`[...document.querySelectorAll('${mine.replace(/,/g, ' *,')} *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap'))
      .slice(0, 8)
      .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' -> ' + Math.round(e.getBoundingClientRect().right))`);
  expect(wide, `${name} at 390 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The desk manager on the billing page of `month` for one company, after "Make invoices" (confirmed). */
async function makeInvoicesOnBillingPage(month: string, companyId: string) {
  const page = await newPage(browser);
  page.on('dialog', (d) => void d.accept());
  await loginAs(page, 'manager@desk.test');
  await page.goto(`/admin/billing?month=${month}&company=${companyId}`);
  await page.locator('#make-invoices').click();
  await page.waitForURL(`**/admin/billing?month=${month}*`);
  return page;
}

describe('invoices in the browser', () => {
  it('the manager makes a locked month’s invoices on the billing page and sees status, totals and the chart', async () => {
    const page = await makeInvoicesOnBillingPage(FROZEN, co.id);
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/1 faktura lavet/);
    const row = page.locator(`#invoices tr[data-company="${co.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('1.925,00 kr.'); // 1.425,00 + 500,00 = 1.925,00, VAT 481,25, total 2.406,25
    expect(await row.textContent()).toContain('2.406,25 kr.');
    expect(await row.locator('.invoice-made').count()).toBe(1);
    expect(await page.locator('#invoiced-months-table tr[data-month]').count()).toBeGreaterThan(0);
    expect(await page.locator('#invoiced-chart rect.bar').count()).toBeGreaterThan(0);
    await both(page, 'invoices-admin-billing', '#invoices, #invoiced-months');
    await page.context().close();
  });

  it('tells the manager which company got no invoice for lack of a CVR or EAN number', async () => {
    const bare = await ownCompany('invoice-web-bare');
    const month = '2017-08'; // a month no other test reaches
    await frozenMonth(bare.id, month, [{ kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr (${month})` }]);
    const page = await makeInvoicesOnBillingPage(month, bare.id);
    const flash = await page.locator('.flash').textContent();
    expect(flash).toContain(`Ikke lavet for ${bare.name}: virksomheden har hverken CVR- eller EAN-nummer`);
    expect(flash).not.toMatch(/allerede lavet/);
    expect(await page.locator(`#invoices tr[data-company="${bare.id}"]`).count()).toBe(0);
    await page.context().close();
  });

  it('keeps a company’s invoicing details on its page, with a message next to a wrong CVR number', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'manager@desk.test');
    await page.goto(`/admin/companies/${co.id}`);
    await page.locator('#b-cvr').fill('12345678');
    await page.locator('#b-gln').fill('5798000428409');
    await page.locator('#billing button[type="submit"]').click();
    await expect.poll(() => page.locator('#b-cvr-error').textContent()).toMatch(/CVR-nummer er 8 cifre/);
    expect(await page.locator('#b-gln').inputValue()).toBe('5798000428409');
    await page.locator('#b-cvr').fill('10291003');
    await page.locator('#billing button[type="submit"]').click();
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/Faktureringsoplysningerne er gemt/);
    expect(await page.locator('#b-gln').inputValue()).toBe('5798000428409');
    await page.locator('#billing').scrollIntoViewIfNeeded();
    await both(page, 'invoices-admin-company', '#billing');
    await page.context().close();
  });

  it('shows the price approver the company’s invoices: lines with their cases, the PDF, and the case behind a line', async () => {
    const page = await newPage(browser);
    await loginAs(page, co.approver);
    await page.getByRole('link', { name: 'Fakturaer' }).click();
    await page.waitForURL('**/portal/invoices');
    expect(await page.locator('.portal-invoices tr[data-invoice]').count()).toBe(2);
    await both(page, 'invoices-portal-list', 'main');
    await page.locator('.portal-invoices tr[data-invoice] a.invoice-open').last().click();
    await page.waitForURL(/\/portal\/invoices\/\d+$/);
    expect(await page.locator(`.invoice-lines tr[data-case="${cases.reopened}"]`).count()).toBeGreaterThan(0);
    await both(page, 'invoices-portal-invoice', 'main');
    const pdf = await page.request.get(String(await page.locator('#invoice-pdf').getAttribute('href')));
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.locator(`.invoice-lines tr[data-case="${cases.support}"] a`).first().click();
    await page.waitForURL(`**/portal/cases/${cases.support}`);
    expect(await page.locator('h1').textContent()).toContain(`#${cases.support}`);
    await page.context().close();
  });

  it('does not show the invoices to a contact without the approval right', async () => {
    const page = await newPage(browser);
    await loginAs(page, co.contactB);
    expect(await page.getByRole('link', { name: 'Fakturaer' }).count()).toBe(0);
    expect((await page.goto('/portal/invoices'))?.status()).toBe(404);
    await page.context().close();
  });
});
