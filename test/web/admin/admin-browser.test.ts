// The desk manager's pages in a real browser (headless Chromium): a support contact is added by
// label and button, the billing month is chosen with the month field. Screenshots of every manager
// page land in test-artifacts/screenshots/ for people to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { QueryTypes } from 'sequelize';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { closeTestServices, fileOverdueRequest, unique, until, withinMonths } from './admin-support.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTestServices();
  await closeTestDatabase();
});

describe('manager pages in the browser', () => {
  it('shows the SLA overview with a waiting request', async () => {
    const number = await fileOverdueRequest('kontakt1@basis.test', `Skærmbillede ${unique()}`);
    await until(
      () => testDatabase().models.CaseRecord.findByPk(number),
      (r) => (r?.version ?? 0) >= 1,
    );
    const page = await newPage(browser);
    await loginAs(page, 'manager@desk.test');
    await page.getByRole('link', { name: 'SLA-overblik' }).click();
    await page.waitForURL('**/admin/sla');
    expect(await page.locator(`#unanswered tr[data-case="${number}"]`).count()).toBe(1);
    await screenshot(page, 'admin-sla');
    await page.context().close();
  });

  it('adds a support contact on the company page and shows the billing month', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'manager@desk.test');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/admin/companies');
    await screenshot(page, 'admin-companies');
    await page.getByRole('link', { name: 'Ny virksomhed' }).click();
    const id = `browser-${unique()}`;
    await page.getByLabel('Id (kort navn)').fill(id);
    await page.locator('#f-name').fill('Browser Bygning ApS');
    await page.getByLabel('Løsningstype').selectOption('enterprise');
    await screenshot(page, 'admin-company-new');
    await page.getByRole('button', { name: 'Opret virksomhed' }).click();
    await page.waitForURL(`**/admin/companies/${id}`);
    await page.locator('#add-contact summary').click();
    await screenshot(page, 'admin-company');
    const email = `bente-${unique()}@browser.test`;
    await page.getByLabel('Fornavn').first().fill('Bente');
    await page.getByLabel('Efternavn').first().fill('Browser');
    await page.locator('#c-email').fill(email);
    await page.getByRole('button', { name: 'Tilføj supportkontakt' }).click();
    await page.waitForSelector('.flash-ok');
    const flash = (await page.textContent('.flash-ok')) ?? '';
    expect(flash).toMatch(/^\s*Bente Browser er tilføjet som supportkontakt\. .*Der er ingen mailserver sat op, så ingen mail blev sendt\./);
    expect(flash, 'no claim that a mail went out').not.toContain(`er sendt til ${email}`);
    expect(await page.locator(`tr[data-email="${email}"]`).textContent()).toContain('Inviteret');

    // The billing page opens on the current month; the training is billed in the month it was added.
    const opened = await withinMonths(async () => {
      await page.getByRole('link', { name: 'Fakturering', exact: true }).click();
      await page.waitForURL('**/admin/billing');
      return page.inputValue('#f-month');
    });
    expect(opened.months).toContain(opened.value);
    const [{ month }] = await testDatabase().sequelize.query<{ month: string }>(
      `SELECT to_char(billed_on, 'YYYY-MM') AS month FROM company_charges WHERE company_id = :id`,
      { type: QueryTypes.SELECT, replacements: { id } },
    );
    await page.locator('#f-month').fill(month);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(`**/admin/billing?month=${month}*`);
    expect(await page.inputValue('#f-month')).toBe(month);
    expect(await page.locator(`#company-${id}`).textContent()).toContain('Supportkontaktundervisning, 4 timer: Bente Browser');
    await screenshot(page, 'admin-billing');
    await page.context().close();
  });
});
