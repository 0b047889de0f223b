// Helpers for the main user journeys in headless Chromium (test/e2e/journeys.test.ts): watching a page
// for script errors, policy violations and failed requests, submitting forms and waiting for the next
// page, the desk's actions panel, the portal's request forms, and people of the test's own.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { REQUEST_FORMS } from '../../domain/request-forms.js';
import type { CaseType } from '../../domain/types.js';
import { hashPassword } from '../../services/people/passwords.js';
import { testDatabase } from '../support/servers.js';
import { screenshot } from '../support/browser.js';
export { readModel } from '../support/servers.js';

/** A word no other test uses, to tell this run's cases apart. */
export const token = () => randomUUID().replaceAll('-', '').slice(0, 8);

/** A valid 1×1 PNG (a transparent pixel): a "screenshot" for the incident form. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** What a browser page did wrong: script errors, CSP violations and responses of 400 or more that the test did not expect. */
export class PageWatch {
  readonly problems: string[] = [];
  private readonly allowed: { status: number; path: string }[] = [];

  constructor(
    readonly page: Page,
    readonly who: string,
  ) {
    page.on('console', (m) => {
      // An HTTP status (the deliberate 422 of a form with errors) is logged as "Failed to load resource";
      // the response listener below judges those. Everything else at error level is a script or policy problem.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) this.problems.push(`${who} console: ${m.text()} (${page.url()})`);
      if (/Content.Security.Policy/i.test(m.text()) && m.type() !== 'error') this.problems.push(`${who} CSP: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`${who} script error: ${e.message} (${page.url()})`));
    page.on('response', (r) => {
      if (r.status() < 400) return;
      const url = new URL(r.url());
      const i = this.allowed.findIndex((a) => a.status === r.status() && url.pathname === a.path);
      if (i >= 0) this.allowed.splice(i, 1);
      else this.problems.push(`${who} ${r.request().method()} ${url.pathname} → ${r.status()}`);
    });
  }

  /** The next response of `status` for `path` is intended (e.g. a form sent back with errors). */
  allow(status: number, path: string): void {
    this.allowed.push({ status, path });
  }
}

/** Clicks something that submits a form or follows a link, and waits until the next page has loaded. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}

/** Clicks, and waits until the browser is at a page whose path matches. */
export async function clickTo(page: Page, target: Locator, path: RegExp): Promise<void> {
  await Promise.all([page.waitForURL((u) => path.test(u.pathname), { waitUntil: 'load' }), target.click()]);
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;
export const caseNumberOf = (page: Page) => Number(/\/(\d+)$/.exec(pathOf(page))![1]);
export const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Signs in through the login page; returns where the product sent the person. */
export async function signIn(page: Page, email: string, password = 'demo1234'): Promise<string> {
  if (pathOf(page) !== '/login') await page.goto('/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await clickTo(page, page.locator('form[action="/login"] button[type="submit"]'), /^\/(?!login)/);
  return pathOf(page);
}

export async function signOut(page: Page): Promise<void> {
  await clickTo(page, page.locator('form[action="/logout"] button[type="submit"]'), /^\/login$/);
}

/** Presses a language button in the top bar and waits for the same page in that language. */
export async function switchLanguage(page: Page, locale: 'da' | 'en'): Promise<void> {
  const before = pathOf(page);
  await clickAndLoad(page, page.locator(`form.langform button[value="${locale}"]`));
  expect(pathOf(page), 'the language switch returns to the same page').toBe(before);
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  expect(await page.getAttribute(`form.langform button[value="${locale}"]`, 'aria-pressed')).toBe('true');
}

/** Fills in a portal or desk request form with `values` (checkbox, select or text by the field's kind). */
export async function fillRequest(page: Page, type: CaseType, values: Record<string, string>): Promise<void> {
  for (const f of REQUEST_FORMS[type]) {
    const value = values[f.name];
    if (value === undefined) continue;
    const field = page.locator(`#f-${f.name}`);
    if (f.kind === 'confirm') await field.setChecked(value === 'on');
    else if (f.kind === 'choice' || f.kind === 'boolean' || f.kind === 'course' || (await field.evaluate((el) => el.tagName === 'SELECT')))
      await field.selectOption(value);
    else await field.fill(value);
  }
}

/** The request types' form values, as a support contact would type them. */
export function requestValues(type: CaseType, title: string): Record<string, string> {
  switch (type) {
    case 'support':
      return {
        title,
        workflow: 'Fakturering – kreditnotaer',
        description: 'Hvordan udsteder jeg en kreditnota på en bogført faktura?',
        tried: 'Menuen Faktura → Kreditér; knappen er grå.',
        expected: 'At kunne kreditere fakturaen.',
      };
    case 'incident':
      return {
        title,
        since: '2025-03-04T09:15',
        description: 'Send-knappen på fakturaen giver en fejl for alle i bogholderiet.',
        steps: 'Åbn en faktura, klik »Send«.',
        expected: 'Fakturaen sendes til kunden.',
        actual: 'Fejlbeskeden »Der opstod en fejl (500)«.',
        affectedUsers: '4',
        trained: 'on',
      };
    case 'change_request':
      return {
        title,
        description: 'Ordren skal have et felt til kundens PO-nummer, som vises på fakturaen.',
        businessReason: 'Tre store kunder kræver PO-nummer på fakturaen.',
        priceMatters: 'no',
        wishedDate: '2026-09-01',
      };
    case 'product_idea':
      return { title, description: 'Listen over ordrer bør kunne sorteres efter kunde.', value: 'Hurtigere overblik for salgsafdelingen.' };
    case 'course_booking':
      return {
        title,
        course: 'grundkursus',
        description: 'Tre nye medarbejdere i bogholderiet skal kunne de daglige arbejdsgange.',
        participants: 'Anna Holm, anna.holm@kunde.test\nBo Berg <bo.berg@kunde.test>\nCarla Dahl, carla.dahl@kunde.test',
        period: 'Uge 10–12',
        onSite: 'true',
      };
    case 'consultancy':
      return {
        title,
        description: 'Årsafslutningen skal sættes op, så periodelukning og afskrivninger kører automatisk.',
        goal: 'At vi selv kan lukke regnskabsåret uden hjælp.',
        period: 'November',
        expectedHours: '10',
      };
    case 'contact_order':
      return {
        title,
        action: 'add',
        firstName: 'Dorte',
        lastName: 'Dahl',
        email: `dorte-${token()}@kunde.test`,
        description: 'Dorte kan deltage i undervisningen tirsdage og torsdage.',
        qualified: 'on',
      };
  }
}

/** Opens an action in the desk case page's actions panel, fills it in and submits it; expects the confirmation. */
export async function decide(page: Page, action: string, fields: Record<string, string> = {}): Promise<void> {
  const details = page.locator(`#action-${action}`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  for (const [name, value] of Object.entries(fields)) await details.locator(`[name="${name}"]`).fill(value);
  await clickAndLoad(page, details.locator('button[type="submit"]'));
  expect(pathOf(page)).toMatch(/^\/desk\/cases\/\d+$/);
  if ((await page.locator('.flash-ok').count()) === 0) {
    await screenshot(page, `journey-failed-${action}`);
    const said = await page.locator('.flash, .error-summary, p.error').allTextContents();
    throw new Error(`${action}: no confirmation on ${page.url()}; ${said.join(' | ')}`);
  }
}

/** A person of the test's own (so a language choice never touches the demo logins); returns the e-mail address. */
export async function newPerson(role: 'contact' | 'agent', companyId: string | null, password: string): Promise<string> {
  const email = `journey-${token()}@${companyId ?? 'desk'}.test`;
  await testDatabase().models.Person.create({
    email,
    firstName: role === 'agent' ? 'Rejse' : 'Jane',
    lastName: role === 'agent' ? 'Agent' : 'Journey',
    role,
    companyId,
    canApprove: false,
    passwordHash: await hashPassword(password),
    lastLoginAt: null,
  });
  return email;
}

/** The dates of the page's <time> elements: their text, or for the queue's time-left ("3 h 5 min left") the date in the title ("Due: …"). */
export async function timeTexts(page: Page): Promise<string[]> {
  const shown = await page
    .locator('main time')
    .evaluateAll((ts) => ts.map((t) => (t.getAttribute('title') ? t.getAttribute('title')!.replace(/^[^:]*:\s*/, '') : (t.textContent ?? ''))));
  return shown.map((s) => s.trim()).filter(Boolean);
}

/** en-GB medium: "4 Mar 2025, 09:15" / "4 Sept 2025". */
export const ENGLISH_DATE = /^\d{1,2} [A-Z][a-z]{2,3} \d{4}(, \d{2}:\d{2})?$/;
/** da-DK medium: "4. mar. 2025, 09.15" / "4. maj 2025". */
export const DANISH_DATE = /^\d{1,2}\. [a-zæøå]{3,4}\.? \d{4}(, \d{2}\.\d{2})?$/;

const checked = new Set<string>();

/**
 * Follows every link on the page within the product (GET, with the page's cookies) and returns the
 * ones that answer 400 or more. Links that differ only in numbers are checked once per run.
 */
export async function brokenLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const shape = href.split('#')[0]!.replace(/\d+/g, 'N');
    if (!shape || checked.has(shape)) continue;
    checked.add(shape);
    const res = await page.request.get(href, { maxRedirects: 5 });
    if (res.status() >= 400) broken.push(`${pathOf(page)}: ${href} → ${res.status()}`);
  }
  return broken;
}
