// The case pages with a long timeline (issue 24), in Chromium with scripts switched off: the desk and the
// portal show the newest 100 entries, say how many there are, and "Show earlier entries" is a plain
// link to the entries before them — on to the first — with a way back to the newest. Screenshots at
// 1280 and 390 px wide in test-artifacts/screenshots/long-timeline-*.png.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { baseUrl } from '../support/servers.js';
import { api, tokenFor } from '../support/api-client.js';
import { AGENT, approver, contact1 } from '../support/api-cases.js';
import { checkedApi } from '../support/openapi-check.js';

const CONTACT = contact1('udvidet');
/** Messages to the customer on the case: with its receipt and acknowledgement, more than two pages of 100. */
const MESSAGES = 230;

let browser: Browser;
let number: number;

beforeAll(async () => {
  browser = await launchBrowser();
  const [agent, contact] = await Promise.all([tokenFor(AGENT), tokenFor(CONTACT)]);
  const created = await api('POST', '/cases', {
    token: contact,
    body: { type: 'support', title: 'A long conversation', description: 'Many messages.', fields: { workflow: 'Løn', tried: 'Alt', expected: 'Svar' } },
  });
  number = created.body.number;
  expect((await api('POST', `/cases/${number}/actions/acknowledge`, { token: agent, body: { plan: 'Vi skriver løbende.' } })).status).toBe(200);
  for (let i = 1; i <= MESSAGES; i++) {
    const r = await api('POST', `/cases/${number}/messages`, { token: agent, body: { body: `Besked nummer ${i}`, internal: false } });
    expect(r.status).toBe(201);
  }
}, 300_000);

afterAll(async () => browser?.close());

/** A page with scripts off: the links must work as links. */
async function signedIn(email: string, width: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'da-DK', viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto('/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'demo1234');
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type="submit"].primary')]);
  return page;
}

/** The screen around `selector` (the whole page is thousands of pixels long), for people to look at. */
async function around(page: Page, selector: string, name: string): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(inject('artifactsDir'), 'screenshots', `${name}.png`) });
}

const entries = (page: Page) => page.locator('#timeline ol.timeline > li');
const texts = async (page: Page) => (await page.locator('#timeline ol.timeline > li .entry').allTextContents()).map((t) => t.trim());

describe('a case page with a long timeline', () => {
  for (const [who, email, path] of [
    ['desk', AGENT, '/desk/cases'],
    ['portal', CONTACT, '/portal/cases'],
  ] as const) {
    it(`${who}: the newest 100 entries, then the earlier ones by link, without scripts`, async () => {
      const total = MESSAGES + 2; // the receipt, the acknowledgement and the messages
      for (const width of [1280, 390]) {
        const page = await signedIn(email, width);
        await page.goto(`${path}/${number}`);
        await expect.poll(() => entries(page).count()).toBe(100);
        const paging = page.locator('#timeline .timeline-paging').first();
        expect(await paging.textContent()).toContain(`Viser 100 af ${total} poster`);
        expect((await texts(page)).at(-1)).toBe(`Besked nummer ${MESSAGES}`);
        await screenshot(page, `long-timeline-${who}-${width}`);
        await around(page, '#timeline .timeline-paging', `long-timeline-${who}-${width}-top`);

        await page.click('text=Vis tidligere poster');
        expect(new URL(page.url()).searchParams.get('before')).toBeTruthy();
        expect(await entries(page).count()).toBe(100);
        expect((await texts(page)).at(-1)).toBe(`Besked nummer ${MESSAGES - 100}`);
        await page.click('text=Vis tidligere poster');
        expect(await entries(page).count()).toBe(total - 200);
        expect(await page.locator('text=Vis tidligere poster').count()).toBe(0);
        expect((await page.locator('#timeline ol.timeline > li strong').first().textContent())?.trim()).toMatch(/Modtaget|Oprettet|received/i);
        await around(page, '#timeline .timeline-paging >> nth=-1', `long-timeline-${who}-earliest-${width}-bottom`);
        await page.click('text=Vis de nyeste poster');
        expect((await texts(page)).at(-1)).toBe(`Besked nummer ${MESSAGES}`);
        await page.context().close();
      }
    });
  }

  it('GET /cases/{n}/timeline: who may see the case, pages back to the first entry; bad parameters named', async () => {
    const path = `/cases/${number}/timeline`;
    for (const other of [contact1('basis'), approver('udvidet')]) expect((await api('GET', path, { token: await tokenFor(other) })).status).toBe(404);
    const first = await checkedApi('GET', `${path}?limit=200`, { token: await tokenFor(CONTACT) });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(200);
    expect(first.body.items[0].text).toBe(`Besked nummer ${MESSAGES}`);
    const rest = await checkedApi('GET', `${path}?limit=200&before=${encodeURIComponent(first.body.next)}`, { token: await tokenFor(CONTACT) });
    expect(rest.body).toMatchObject({ next: null });
    expect(rest.body.items.at(-1).kind).toBe('received');
    expect(first.body.items.length + rest.body.items.length).toBe(
      (await api('GET', `/cases/${number}`, { token: await tokenFor(CONTACT) })).body.timelineTotal,
    );
    const bad = await checkedApi('GET', `${path}?limit=501&before=xyz`, { token: await tokenFor(CONTACT) });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['before', 'limit']);
  });
});
