// Keyboard only, in headless Chromium: a support contact signs in and files a request, a price approver
// accepts a quote, an agent acknowledges a case — with Tab, Shift+Tab, typing, Enter and Space, never a
// mouse click. At every stop the element with focus must show a visible outline (at least 2 px), at
// 1280 px and, for the request, at 390 px too (where the menu is opened from its button).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { baseUrl, closeTestDatabase, readModel } from '../../support/servers.js';
import { AGENT, act, approver, contact1, newCase } from '../../support/api-cases.js';
import { pathOf, token } from '../journeys.support.js';
import { focusVisible } from './page-checks.js';
import { screenshot } from '../../support/browser.js';

// Browser globals of the code that runs in Chromium through page.evaluate() (the project compiles without the DOM library).
declare const document: any;
type HTMLElement = any;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

interface Keys {
  page: Page;
  /** Every focus stop that had no visible outline. */
  unseen: string[];
}

async function open(width = 1280): Promise<Keys> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'da-DK', viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { page, unseen: [] };
}

const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
  });

/** Presses Tab until the focused element matches `selector` (at most `max` presses), checking the outline at every stop. */
async function tabTo(k: Keys, selector: string, max = 120): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await k.page.keyboard.press('Tab');
    const problem = await focusVisible(k.page);
    const where = await describeFocus(k.page);
    stops.push(where);
    if (problem) k.unseen.push(`${pathOf(k.page)}: ${problem}`);
    if (await k.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${max} presses of Tab on ${pathOf(k.page)} never reached ${selector}; focus went: ${stops.slice(0, 40).join(' → ')}`);
}

/** Presses a key that leads to another page, and waits for it. */
async function pressTo(k: Keys, key: string, path: RegExp): Promise<void> {
  await Promise.all([k.page.waitForURL((u) => path.test(u.pathname), { waitUntil: 'load' }), k.page.keyboard.press(key)]);
}

async function signIn(k: Keys, email: string, home: RegExp): Promise<void> {
  await k.page.goto('/login');
  await tabTo(k, 'input[name="email"]');
  await k.page.keyboard.type(email);
  await tabTo(k, 'input[name="password"]');
  await k.page.keyboard.type('demo1234');
  await tabTo(k, 'form[action="/login"] button[type="submit"]');
  await pressTo(k, 'Enter', home);
}

describe('keyboard-only journeys with a visible focus', () => {
  it('a support contact files a support request, at 1280 px and at 390 px', async () => {
    for (const width of [1280, 390]) {
      const k = await open(width);
      const title = `Tastatur ${width} ${token()}: kreditnota på bogført faktura`;
      await signIn(k, contact1('basis'), /^\/portal$/);
      if (width < 761) {
        // On a phone the menu is folded behind its button: open it with the keyboard.
        await tabTo(k, 'summary.menu-button');
        await k.page.keyboard.press('Enter');
        expect(await k.page.locator('details.menu').getAttribute('open')).not.toBeNull();
      }
      await tabTo(k, 'nav.mainnav a[href="/portal/new"]');
      await pressTo(k, 'Enter', /^\/portal\/new$/);
      await tabTo(k, 'a[href="/portal/new/support"]');
      await pressTo(k, 'Enter', /^\/portal\/new\/support$/);
      const values: [string, string][] = [
        ['title', title],
        ['workflow', 'Fakturering – kreditnotaer'],
        ['description', 'Hvordan udsteder jeg en kreditnota på en bogført faktura?'],
        ['tried', 'Menuen Faktura → Kreditér; knappen er grå.'],
        ['expected', 'At kunne kreditere fakturaen.'],
      ];
      for (const [name, value] of values) {
        await tabTo(k, `form [name="${name}"]`);
        await k.page.keyboard.type(value);
      }
      await tabTo(k, 'form button[type="submit"].primary');
      await screenshot(k.page, `keyboard-request-submit-${width}`);
      await pressTo(k, 'Enter', /^\/portal\/cases\/\d+$/);
      expect(await k.page.locator('h1').innerText()).toContain(title);
      expect(await k.page.locator('.flash-ok').innerText()).toContain('Din henvendelse er modtaget');
      expect(k.unseen, k.unseen.join('\n')).toEqual([]);
      await k.page.context().close();
    }
  });

  it('a price approver accepts a quote', async () => {
    const quote = await newCase(contact1('basis'), 'change_request', {
      title: `Tastatur-tilbud ${token()}: felt til PO-nummer`,
      fields: { businessReason: 'Kunderne kræver det', priceMatters: 'no' },
    });
    await act(AGENT, quote.number, 'acknowledge', { plan: 'Vi estimerer.' });
    await act(AGENT, quote.number, 'qualify', {});
    await act(AGENT, quote.number, 'quote', { estimationMinutes: 30, hours: 4, priceOre: 380_000 });
    await readModel(quote.number, (r) => r.status === 'awaiting_acceptance');

    const k = await open();
    await signIn(k, approver('basis'), /^\/portal\/approvals$/);
    await tabTo(k, `main a[href="/portal/cases/${quote.number}"]`);
    await pressTo(k, 'Enter', new RegExp(`^/portal/cases/${quote.number}$`));
    // The acceptance asks to confirm the price; a keyboard user answers the dialog with Enter.
    k.page.once('dialog', (d) => void d.accept());
    await tabTo(k, 'form[action$="/actions/accept-quote"] button[type="submit"]');
    await screenshot(k.page, 'keyboard-accept-quote');
    await Promise.all([k.page.waitForEvent('load'), k.page.keyboard.press('Enter')]);
    expect(pathOf(k.page)).toBe(`/portal/cases/${quote.number}`);
    expect(await k.page.locator('.page-head .badge').first().innerText()).toBe('Tilbud accepteret');
    expect(k.unseen, k.unseen.join('\n')).toEqual([]);
    await k.page.context().close();
  });

  it('an agent finds a case by its number and acknowledges it with a plan', async () => {
    const filed = await newCase(contact1('basis'), 'support', { title: `Tastatur-kvittering ${token()}` });
    await readModel(filed.number);
    const k = await open();
    await signIn(k, AGENT, /^\/desk$/);
    await tabTo(k, 'form[role="search"] input[name="q"]');
    await k.page.keyboard.type(`#${filed.number}`);
    await pressTo(k, 'Enter', new RegExp(`^/desk/cases/${filed.number}$`));
    await tabTo(k, '#action-acknowledge > summary');
    await k.page.keyboard.press('Enter');
    await tabTo(k, '#action-acknowledge textarea[name="plan"]');
    await k.page.keyboard.type('Vi ser på kreditnotaen i dag og vender tilbage inden kl. 14.');
    await tabTo(k, '#action-acknowledge button[type="submit"]');
    await screenshot(k.page, 'keyboard-acknowledge');
    await Promise.all([k.page.waitForEvent('load'), k.page.keyboard.press('Space')]);
    expect(pathOf(k.page)).toBe(`/desk/cases/${filed.number}`);
    expect(await k.page.locator('.page-head .badge').first().innerText()).toBe('Kvitteret');
    expect(k.unseen, k.unseen.join('\n')).toEqual([]);
    await k.page.context().close();
  });
});
