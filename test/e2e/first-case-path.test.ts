// The first complete path, in a real browser (headless Chromium): a support contact submits a
// support request on the portal; the case appears in the desk queue with its first-response due
// time; an agent acknowledges it with a plan; the contact sees the status and the plan; the agent
// resolves and closes it. The case is findable in Temporal by CaseNumber, CaseStatus and CompanyId.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../support/browser.js';
import { devServerClient, testDatabase, closeTestDatabase } from '../support/servers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

/** Opens an action in the desk's actions panel, fills it in and submits it. */
async function decide(page: Page, action: string, fields: Record<string, string> = {}): Promise<void> {
  const details = page.locator(`#action-${action}`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  for (const [name, value] of Object.entries(fields)) await details.locator(`[name="${name}"]`).fill(value);
  await Promise.all([page.waitForEvent('load'), details.locator('button[type="submit"]').click()]);
  expect(await page.locator('.flash-ok').count(), `${action} confirmed`).toBe(1);
}

async function readModel(number: number, ok: (status: string, version: number) => boolean): Promise<void> {
  const { CaseRecord } = testDatabase().models;
  for (let i = 0; i < 60; i++) {
    const row = await CaseRecord.findByPk(number);
    if (row && ok(row.status, row.version)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`case ${number} did not reach the expected state`);
}

describe('the first complete case path', () => {
  it('runs from the portal form to a closed case', async () => {
    const title = `Ordrelisten er tom ${Date.now()}`;
    const contact = await newPage(browser);
    await loginAs(contact, 'kontakt1@faktureret.test');
    await contact.goto('/portal/new');
    await submit(contact, 'a[href="/portal/new/support"]');
    await contact.fill('#f-title', title);
    await contact.fill('#f-workflow', 'Ordrer');
    await contact.fill('#f-description', 'Listen over ordrer viser ingen ordrer siden i morges.');
    await contact.fill('#f-tried', 'Genindlæst siden og logget ud og ind.');
    await contact.fill('#f-expected', 'At se dagens ordrer.');
    await screenshot(contact, 'path-1-portal-form');
    await Promise.all([contact.waitForURL(/\/portal\/cases\/\d+$/), contact.click('form button[type="submit"].primary')]);
    const number = Number(/(\d+)$/.exec(contact.url())![1]);
    expect(await contact.locator('h1').textContent()).toContain(title);
    await screenshot(contact, 'path-2-portal-case-received');
    await readModel(number, (_s, v) => v >= 1);

    const agent = await newPage(browser);
    agent.on('dialog', (d) => void d.accept()); // "close the case?" confirmations
    await loginAs(agent, 'agent@desk.test');
    await agent.goto(`/desk?q=${number}`);
    const row = agent.locator(`tr[data-case="${number}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.locator('time.due').count()).toBe(1); // the first-response due time, with the time left
    await screenshot(agent, 'path-3-desk-queue');
    await submit(agent, `tr[data-case="${number}"] a[href="/desk/cases/${number}"]`);
    const plan = 'Vi undersøger ordrelisten i dag og vender tilbage inden kl. 15.';
    await decide(agent, 'acknowledge', { plan });
    await screenshot(agent, 'path-4-desk-acknowledged');

    await contact.reload();
    expect(await contact.locator('.badge.s-acknowledged').count()).toBeGreaterThan(0);
    expect(await contact.locator('body').textContent()).toContain(plan);
    await screenshot(contact, 'path-5-portal-plan');

    await decide(agent, 'qualify');
    await decide(agent, 'resolve', { summary: 'Filteret på forsiden var sat til i går; det er nulstillet.' });
    await decide(agent, 'close');
    await readModel(number, (s) => s === 'closed');
    await screenshot(agent, 'path-6-desk-closed');
    await contact.reload();
    expect(await contact.locator('.badge.s-closed').count()).toBeGreaterThan(0);

    // Ops find the case in Temporal by its search attributes.
    const client = await devServerClient();
    const found = async (query: string) => {
      for (let i = 0; i < 40; i++) {
        const ids: string[] = [];
        for await (const wf of client.workflow.list({ query })) ids.push(wf.workflowId);
        if (ids.includes(`case-${number}`)) return true;
        await new Promise((r) => setTimeout(r, 250));
      }
      return false;
    };
    expect(await found(`CaseNumber = ${number}`)).toBe(true);
    expect(await found(`CaseStatus = "closed" AND CompanyId = "faktureret" AND CaseNumber = ${number}`)).toBe(true);
    await client.connection.close();
  });
});
