// The help centre in a real browser (issue 19 acceptance): the desk answers a case, writes an article
// from it ("Write an article" on the case page, the English text added in the editor) and publishes it;
// a week later a contact of another company types the same question on the support form and sees the
// article suggested under the title; "This solved it" ends without a case and counts as a deflection;
// an English-speaking contact sees the English version; opening a suggestion and filing anyway is
// recorded too. Screenshots at 1280 and 390 px in test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { AGENT, MANAGER, act, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';

let browser: Browser;
const stamp = Date.now().toString(36);
const TITLE_DA = `Restferien flyttes ikke til det nye ferieår ${stamp}`;
const TITLE_EN = `Remaining holiday is not carried over to the new holiday year ${stamp}`;
let articleId = 0;

async function page(locale = 'da-DK'): Promise<Page> {
  const p = await newPage(browser, { locale });
  await p.context().route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  return p;
}

const events = (kind: string, article: number) =>
  testDatabase().sequelize.query<{ person_id: number; case_number: number | null; query: string | null }>(
    'SELECT person_id, case_number, query FROM help_events WHERE kind = :kind AND article_id = :article ORDER BY id',
    { type: QueryTypes.SELECT, replacements: { kind, article } },
  );

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await testDatabase().sequelize.query(`UPDATE people SET locale = 'da' WHERE email = 'kontakt2@udvidet.test'`);
  await closeTestDatabase();
});

describe('the help centre in the browser', () => {
  it('the desk turns last week’s answer into a published article from the case page', async () => {
    const c = await newCase('kontakt1@hypercare.test', 'support', {
      title: TITLE_DA,
      description: 'Hej, jeg er Karen. Når jeg lukker ferieåret, bliver medarbejdernes restferie ikke flyttet med. Ring på 12 34 56 78.',
    });
    await readModel(c.number);
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på ferieårsskiftet i dag.' });
    await act(AGENT, c.number, 'qualify');
    await act(AGENT, c.number, 'resolve', {
      summary: 'Restferie flyttes, når ferieåret lukkes under Løn → Ferie → Luk ferieår og afkrydsningen “Overfør restferie” er sat.',
    });
    await readModel(c.number, (r) => r.status === 'resolved');

    const desk = await page();
    await loginAs(desk, 'agent@desk.test');
    await desk.goto(`/desk/cases/${c.number}`);
    await Promise.all([desk.waitForURL(/\/desk\/knowledge\/articles\/\d+\/edit$/), desk.click('.case-articles button[type="submit"]')]);
    articleId = Number(/articles\/(\d+)\/edit/.exec(desk.url())![1]);
    expect(await desk.inputValue('#f-title_da')).toBe(TITLE_DA);
    const drafted = await desk.inputValue('#f-body_da');
    expect(drafted).toContain('Overfør restferie');
    expect(drafted).not.toContain('Karen');
    expect(drafted).not.toContain('12 34 56 78');
    await desk.fill('#f-title_en', TITLE_EN);
    await desk.fill(
      '#f-body_en',
      '## Answer\n\nRemaining holiday is carried over when you close the holiday year under *Payroll → Holiday → Close holiday year* with **Carry over remaining holiday** ticked.',
    );
    await desk.fill('#f-category', 'payroll');
    await Promise.all([desk.waitForURL(new RegExp(`/desk/knowledge/articles/${articleId}$`)), desk.click('form button[type="submit"].primary')]);
    await screenshot(desk, 'knowledge-desk-article-1280');
    await desk.goto(`/desk/cases/${c.number}`);
    expect(await desk.textContent('#timeline')).toContain(TITLE_DA);
    await desk.context().close();

    const published = await checkedApi('POST', `/articles/${articleId}/publish`, { token: await tokenFor(MANAGER) });
    expect(published.body.status).toBe('published');
  });

  it('a contact of another company sees it suggested while typing; “This solved it” files nothing and counts as a deflection', async () => {
    const contact = await page();
    await loginAs(contact, 'kontakt1@udvidet.test');
    const [{ before }] = await testDatabase().sequelize.query<{ before: number }>(`SELECT count(*)::int AS before FROM cases WHERE company_id = 'udvidet'`, {
      type: QueryTypes.SELECT,
    });
    await contact.goto('/portal/new/support');
    await contact.locator('#f-title').pressSequentially('restferien bliver ikke flyttet til nyt ferieår', { delay: 15 });
    const suggestion = contact.locator(`.help-suggestions li[data-article="${articleId}"]`);
    await suggestion.waitFor();
    expect(await contact.locator('.help-suggestions li').count()).toBeLessThanOrEqual(3);
    expect(await suggestion.locator('.suggestion-title').textContent()).toBe(TITLE_DA);
    await screenshot(contact, 'knowledge-suggest-1280');
    await contact.setViewportSize({ width: 390, height: 844 });
    await screenshot(contact, 'knowledge-suggest-390');
    await contact.setViewportSize({ width: 1280, height: 900 });

    await Promise.all([contact.waitForURL(new RegExp(`/portal/help/articles/${articleId}$`)), suggestion.locator('button').click()]);
    expect(await contact.textContent('.flash-ok')).toContain('ikke oprettet nogen henvendelse');
    await screenshot(contact, 'knowledge-article-1280');
    await contact.setViewportSize({ width: 390, height: 844 });
    await screenshot(contact, 'knowledge-article-390');
    const [{ after }] = await testDatabase().sequelize.query<{ after: number }>(`SELECT count(*)::int AS after FROM cases WHERE company_id = 'udvidet'`, {
      type: QueryTypes.SELECT,
    });
    expect(after).toBe(before);
    const deflected = await events('deflected', articleId);
    expect(deflected.map((e) => e.query)).toEqual(['restferien bliver ikke flyttet til nyt ferieår']);

    const stats = await checkedApi('GET', '/help/stats', { token: await tokenFor(MANAGER) });
    expect(stats.body.deflected).toBeGreaterThanOrEqual(1);
    await contact.context().close();
  });

  it('an English-speaking contact sees the English version; opening it and filing anyway is recorded', async () => {
    await testDatabase().sequelize.query(`UPDATE people SET locale = 'en' WHERE email = 'kontakt2@udvidet.test'`);
    const english = await page('en-GB');
    await loginAs(english, 'kontakt2@udvidet.test');
    await english.goto('/portal/new/support');
    await english.locator('#f-title').pressSequentially('remaining holiday not carried over to new holiday year', { delay: 15 });
    const suggestion = english.locator(`.help-suggestions li[data-article="${articleId}"]`);
    await suggestion.waitFor();
    expect(await suggestion.locator('.suggestion-title').textContent()).toBe(TITLE_EN);
    expect(await english.textContent('.help-suggestions')).toContain('This solved it');
    await english.setViewportSize({ width: 390, height: 844 });
    await screenshot(english, 'knowledge-suggest-en-390');
    await english.setViewportSize({ width: 1280, height: 900 });

    const [tab] = await Promise.all([english.context().waitForEvent('page'), suggestion.locator('a').click()]);
    await tab.waitForLoadState();
    expect(await tab.textContent('h1')).toBe(TITLE_EN);
    await screenshot(tab, 'knowledge-article-en-1280');
    await tab.close();

    await english.fill('#f-workflow', 'Ferie');
    await english.fill('#f-description', 'The article did not cover our own holiday year.');
    await english.fill('#f-tried', 'The article');
    await english.fill('#f-expected', 'Carry over');
    await Promise.all([english.waitForURL(/\/portal\/cases\/\d+$/), english.click('form[data-suggest] button[type="submit"].primary')]);
    const number = Number(/cases\/(\d+)$/.exec(english.url())![1]);
    const filed = await events('filed_anyway', articleId);
    expect(filed.map((e) => e.case_number)).toContain(number);
    await english.context().close();
  });
});
