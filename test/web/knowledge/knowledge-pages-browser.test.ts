// The knowledge pages in a real browser (issue 19): a desk manager announces to one company through the
// desk's form; its contact sees the notice on every portal page, opens the clean print view and marks
// it read; the desk sees who has read it. An agent keeps a canned response and inserts it, filled for
// the case in the contact's language, into the acknowledgement plan with the insert panel's button.
// The help centre, the desk's knowledge room and the knowledge dashboard at 1280 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { newCase } from '../../support/api-cases.js';
import { closeTestDatabase, readModel } from '../../support/servers.js';

let browser: Browser;
const stamp = Date.now().toString(36);

async function page(): Promise<Page> {
  const p = await newPage(browser);
  await p.context().route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  return p;
}

async function both(p: Page, name: string): Promise<void> {
  await screenshot(p, `${name}-1280`);
  await p.setViewportSize({ width: 390, height: 844 });
  await screenshot(p, `${name}-390`);
  await p.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

describe('knowledge pages in the browser', () => {
  it('an announcement: sent from the desk, a notice until read, printed, and the desk sees who read it', async () => {
    const manager = await page();
    await loginAs(manager, 'manager@desk.test');
    await manager.goto('/desk/announcements');
    await manager.fill('#f-title_da', `Ny lønversion ${stamp}`);
    await manager.fill('#f-body_da', 'Fra 1. marts beregnes feriepenge efter den nye ferielov.\nLønkørslen for februar køres som hidtil.');
    await manager.fill('#f-title_en', `New payroll version ${stamp}`);
    await manager.fill('#f-body_en', 'From 1 March holiday pay follows the new Holiday Act.');
    await manager.check('input[name="to"][value="chosen"]');
    await manager.check('input[name="companies"][value="basis"]');
    await manager.check('input[name="important"]');
    await Promise.all([manager.waitForURL(/\/desk\/announcements\/\d+$/), manager.click('form[action="/desk/announcements"] button[type="submit"]')]);
    const id = Number(/announcements\/(\d+)$/.exec(manager.url())![1]);
    expect(await manager.textContent('.flash-ok')).toMatch(/sendt til \d+ personer/);

    const contact = await page();
    await loginAs(contact, 'kontakt1@basis.test');
    await contact.goto('/portal');
    const notice = contact.locator(`.announcement-notice[data-announcement="${id}"]`);
    await notice.waitFor();
    await both(contact, 'knowledge-announcement-notice');
    await contact.goto(`/portal/announcements/${id}/print`);
    expect(await contact.textContent('h1')).toBe(`Ny lønversion ${stamp}`);
    await both(contact, 'knowledge-announcement-print');
    await contact.goto('/portal');
    await Promise.all([contact.waitForURL(/\/portal$/), notice.locator('button[type="submit"]').click()]);
    expect(await contact.locator(`.announcement-notice[data-announcement="${id}"]`).count()).toBe(0);

    await manager.goto(`/desk/announcements/${id}`);
    const read = manager.locator('table.recipients tr.read');
    expect(await read.count()).toBe(1);
    expect(await read.textContent()).toContain('kontakt1@basis.test');
    await both(manager, 'knowledge-desk-announcement');
    await manager.context().close();
    await contact.context().close();
  });

  it('a canned response is inserted into the plan, filled for the case in its contact’s language', async () => {
    const c = await newCase('kontakt2@basis.test', 'support', { title: `Rykkere ${stamp}` });
    await readModel(c.number);
    const agent = await page();
    await loginAs(agent, 'agent@desk.test');
    await agent.goto('/desk/canned-responses');
    await agent.fill('#f-name', `Kvittering ${stamp}`);
    await agent.fill(
      '#f-text_da',
      'Hej {{contact.firstName}}, tak for sag #{{case.number}}. Vi vender tilbage senest {{responseDue}}. Mvh {{agent.firstName}}',
    );
    await Promise.all([agent.waitForURL(/\/desk\/canned-responses$/), agent.click('#canned-form button[type="submit"]')]);
    await both(agent, 'knowledge-desk-canned');

    await agent.goto(`/desk/cases/${c.number}`);
    await agent.click('#action-acknowledge summary');
    await agent.focus('#a-acknowledge-plan');
    await agent.click('#insert > details > summary');
    const item = agent.locator(`#insert [data-insert-key] >> text=Kvittering ${stamp}`).locator('xpath=ancestor::li');
    await item.locator('.insert-button').click();
    const plan = await agent.inputValue('#a-acknowledge-plan');
    expect(plan).toMatch(new RegExp(`^Hej Kim, tak for sag #${c.number}\\. Vi vender tilbage senest .+\\. Mvh Anna$`));
    await both(agent, 'knowledge-desk-case-insert');
    await agent.context().close();
  });

  it('the help centre, the desk’s knowledge room and the knowledge dashboard look finished', async () => {
    const contact = await page();
    await loginAs(contact, 'kontakt1@udvidet.test');
    await contact.goto('/portal/help?q=kreditnota');
    expect(await contact.locator('.help-results li').count()).toBeGreaterThan(0);
    await both(contact, 'knowledge-help-search');
    await contact.goto('/portal/help?category=payroll');
    await both(contact, 'knowledge-help-category');
    await contact.context().close();

    const manager = await page();
    await loginAs(manager, 'manager@desk.test');
    await manager.goto('/desk/knowledge');
    await both(manager, 'knowledge-desk-articles');
    await manager.goto('/admin/dashboards/knowledge');
    expect(await manager.locator('#knowledge-deflections').count()).toBeGreaterThan(0);
    await both(manager, 'knowledge-dashboard');
    await manager.context().close();
  });
});
