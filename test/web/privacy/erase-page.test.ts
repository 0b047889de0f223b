// The erase page in Chromium, as a desk manager uses it: from the company page's person row to the
// confirmation, which names the person's open case and offers to move it to a colleague; unconfirmed
// it is refused, confirmed it moves the case, erases the person and says so. Screenshots at 1280 and
// 390 px (test-artifacts/screenshots/privacy-erase-*.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { api, tokenFor } from '../../support/api-client.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { ownCompany, type OwnCompany } from '../orders/orders-support.js';

let browser: Browser;
let company: OwnCompany;
beforeAll(async () => {
  [browser, company] = await Promise.all([launchBrowser(), ownCompany('erasepage')]);
});
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

describe('the erase page', () => {
  it('moves the open case to a colleague and erases the person, after a confirmation', async () => {
    const person = (await testDatabase().models.Person.findOne({ where: { email: company.contactA } }))!;
    const colleague = (await testDatabase().models.Person.findOne({ where: { email: company.contactB } }))!;
    const filed = await api('POST', '/cases', {
      token: await tokenFor(company.contactA),
      body: { type: 'product_idea', title: 'Idé om rapporter', description: 'Et forslag.', fields: { value: 'Tid' } },
    });
    await readModel(filed.body.number);

    const page = await newPage(browser);
    await loginAs(page, 'manager@desk.test');
    await page.goto(`/admin/companies/${company.id}`);
    await page.locator(`tr[data-person="${person.id}"] a[href$="/erase"]`).click();
    await page.waitForURL(`**/people/${person.id}/erase`);
    expect(await page.locator('#open-cases').textContent()).toContain(`#${filed.body.number}`);
    await screenshot(page, 'privacy-erase-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'privacy-erase-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Not confirmed: refused, nothing changes.
    await page.selectOption('select[name="moveOpenCasesTo"]', String(colleague.id));
    await page.click('button[type="submit"].danger');
    await page.locator('.error-summary, [aria-invalid="true"]').first().waitFor();
    expect((await testDatabase().models.Person.findByPk(person.id))!.erasedAt).toBeNull();

    await page.check('input[name="confirm"]');
    await page.selectOption('select[name="moveOpenCasesTo"]', String(colleague.id));
    await Promise.all([page.waitForURL(`**/admin/companies/${company.id}**`), page.click('button[type="submit"].danger')]);
    expect(await page.locator('.flash-ok').textContent()).toContain(`Slettet person #${person.id}`);
    await screenshot(page, 'privacy-erased-company-page');
    expect((await testDatabase().models.Person.findByPk(person.id))!.erasedAt).not.toBeNull();
    expect((await readModel(filed.body.number)).contactId).toBe(colleague.id);
  });
});
