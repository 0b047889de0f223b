// The dashboards and the competence pages in a real browser (headless Chromium): a desk manager
// narrows the SLA charts to a company and moves between the dashboards by their tabs; an agent finds a
// company's competence figures for a period and sends a recommendation, which the contact then sees
// in the portal. Screenshots land in test-artifacts/screenshots/ for people to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { unique } from '../admin/admin-support.js';
import { seedHistory } from './dashboard-seed.js';
import { PERIOD, writeFixture, type Fixture } from './competence-fixture.js';

let browser: Browser;
let shop: string;
let fixture: Fixture;

beforeAll(async () => {
  browser = await launchBrowser();
  shop = `skaerm-${unique()}`;
  await seedHistory(testDatabase().sequelize, shop, 'Skærmbillede A/S', 360);
  await seedHistory(testDatabase().sequelize, `skaerm-b-${unique()}`, 'Billede og Søn ApS', 200, 2);
  fixture = await writeFixture(testDatabase().sequelize);
});

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

/** The chart is drawn: its SVG has a size on the page and holds bars or points. */
async function drawn(page: Page, id: string): Promise<number> {
  const svg = page.locator(`svg#${id}`);
  const box = await svg.boundingBox();
  expect(box?.width ?? 0, id).toBeGreaterThan(300);
  expect(box?.height ?? 0, id).toBeGreaterThan(150);
  return svg.locator('rect.bar, circle.point').count();
}

describe('dashboards in the browser', () => {
  it('draws the SLA, money and order charts for one company and for all', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'manager@desk.test');
    await page.getByRole('link', { name: 'SLA-overblik' }).click();
    await page.waitForURL('**/admin/sla');
    await page.getByLabel('Virksomhed', { exact: true }).selectOption(shop);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(`**/admin/sla?company=${shop}`);
    expect(await drawn(page, 'sla-share-svg')).toBeGreaterThan(20);
    expect(await drawn(page, 'sla-breaches-svg')).toBeGreaterThan(3);
    expect(await drawn(page, 'open-cases-svg')).toBeGreaterThan(3);
    // The table beside the chart holds the same weeks.
    expect(await page.locator('#sla-share-table tbody tr').count()).toBe(26);
    await screenshot(page, 'dashboard-sla');

    await page.getByRole('link', { name: 'Fakturérbart' }).click();
    await page.waitForURL(`**/admin/dashboards/money?company=${shop}`);
    expect(await drawn(page, 'billable-amounts-svg')).toBeGreaterThan(3);
    await page.getByLabel('Virksomhed', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL('**/admin/dashboards/money?company=');
    expect(await drawn(page, 'billable-hours-svg')).toBeGreaterThan(5);
    expect(await page.locator('#billable-amounts .legend li').count()).toBeGreaterThan(1);
    await screenshot(page, 'dashboard-money');

    await page.goto(`/admin/dashboards/orders?company=${shop}`);
    expect(await drawn(page, 'awaiting-svg')).toBeGreaterThan(0);
    expect(await drawn(page, 'orders-svg')).toBeGreaterThan(5);
    expect(await page.locator('#awaiting-list tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, 'dashboard-orders');

    const download = page.waitForEvent('download');
    await page.locator('#orders .csv-link').click();
    expect((await download).suggestedFilename()).toBe(`orders-${shop}.csv`);
    await page.context().close();
  });
});

describe('competence in the browser', () => {
  it("shows a company's figures for a period, sends a recommendation, and the contact sees it in the portal", async () => {
    const page = await newPage(browser);
    await loginAs(page, 'agent@desk.test');
    await page.getByRole('link', { name: 'Kompetence' }).click();
    await page.waitForURL('**/desk/competence');
    await page.getByLabel('Fra og med').fill(PERIOD.from);
    await page.getByLabel('Til og med').fill(PERIOD.to);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByRole('link', { name: `Kompetence ${fixture.companyId}` }).click();
    await page.waitForURL(`**/desk/companies/${fixture.companyId}/competence?from=${PERIOD.from}&to=${PERIOD.to}`);
    const anna = page.locator(`tr[data-contact="${fixture.people.anna}"]`);
    expect(await anna.locator('[data-figure="returnedQuestions"]').textContent()).toBe('2');
    expect(await anna.locator('td.concern').count()).toBe(3);

    await page.getByRole('combobox', { name: 'Anbefaling', exact: true }).selectOption('upskilling');
    await page.getByRole('combobox', { name: 'Supportkontakt', exact: true }).selectOption(String(fixture.people.anna));
    await page.getByLabel('Begrundelse til virksomheden').fill('Anna har i marts returneret spørgsmål uden kvalificering; et kursus i rollen vil hjælpe.');
    await page.getByRole('button', { name: 'Send anbefalingen' }).click();
    await page.waitForSelector('.flash-ok');
    expect(await page.textContent('.flash-ok')).toContain('Anbefalingen (Opkvalificering) er sendt til 4 personer');
    expect(await page.locator('#recommendations .recommendation').first().textContent()).toContain('Opkvalificering: Anna Andersen');
    await screenshot(page, 'competence-company');

    await anna.getByRole('link', { name: 'Anna Andersen' }).click();
    await page.waitForURL(`**/contacts/${fixture.people.anna}/competence?**`);
    expect(await page.locator('#competence-events tbody tr').count()).toBe(6);
    await screenshot(page, 'competence-contact');
    await page.context().close();

    const portal = await newPage(browser);
    await loginAs(portal, fixture.emails.anna);
    const notice = portal.locator('.recommendation-notice').first();
    expect(await notice.textContent()).toContain('Servicedesken anbefaler opkvalificering af Anna Andersen');
    await screenshot(portal, 'portal-recommendation');
    await notice.getByRole('button', { name: 'Markér som læst' }).click();
    await portal.waitForURL('**/portal');
    expect(await portal.locator('.recommendation-notice').count()).toBe(0);
    await portal.context().close();
  });
});
