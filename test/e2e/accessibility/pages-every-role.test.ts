// Every page of every role — anonymous, support contact, price approver, agent, desk manager — in
// headless Chromium at 1280 and 390 px: axe-core finds no WCAG 2.1 A/AA violation, the page never
// scrolls sideways, and at 1280 px the top menu fits one line. The pages are the product's own GET
// routes (page-list.ts), so a page added later is checked without editing this file; a route that no
// role can open fails the last test by name. A screenshot of each page at each width is saved in
// test-artifacts/screenshots/pages/<role>/.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { baseUrl, closeTestDatabase } from '../../support/servers.js';
import { productRoutes } from '../../../scripts/reliability/routes.js';
import { signIn } from '../journeys.support.js';
import { pageFixtures, LOGINS, type PageFixtures } from './page-fixtures.js';
import { pageList, ROLES, type PageList, type PageVisit, type Role } from './page-list.js';
import { axeViolations, menuOnOneLine, sidewaysScroll, slug } from './page-checks.js';

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** Pages no route yields by itself: the product's error pages. */
const EXTRA: (PageVisit & { status: number })[] = [
  { route: '(404 page)', role: 'anonymous', url: '/no-such-page', status: 404 },
  { route: '(404 page)', role: 'contact', url: '/portal/cases/999999999', status: 404 },
  { route: '(403 page)', role: 'approver', url: '/portal/new', status: 403 },
];

let browser: Browser;
let fixtures: PageFixtures;
let list: PageList;
/** Per route: what each visit gave (a checked page, a redirect, a status). */
const outcomes = new Map<string, string[]>();
const checked = new Set<string>();

beforeAll(async () => {
  browser = await launchBrowser();
  fixtures = await pageFixtures();
  const routes = await productRoutes({ NODE_ENV: 'test', DEMO_DATA: 'on', TEMPORAL_ADDRESS: inject('temporalAddress') }, inject('databaseUrl'));
  list = pageList(routes, fixtures);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

async function checkAtBothWidths(page: Page, visit: PageVisit): Promise<string[]> {
  const problems: string[] = [];
  const dir = path.join(inject('artifactsDir'), 'screenshots', 'pages', visit.role);
  fs.mkdirSync(dir, { recursive: true });
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const at = `${visit.role} ${visit.url} at ${size.width} px`;
    for (const v of await axeViolations(page)) problems.push(`${at}: ${v}`);
    const wide = await sidewaysScroll(page);
    if (wide) problems.push(`${at}: ${wide}`);
    if (size.width >= 1280) {
      const wraps = await menuOnOneLine(page);
      if (wraps) problems.push(`${at}: ${wraps}`);
    }
    await page.screenshot({ path: path.join(dir, `${slug(visit.url)}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDTHS[0]!);
  return problems;
}

async function visitAll(role: Role): Promise<string[]> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'da-DK', viewport: WIDTHS[0] });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  try {
    if (role !== 'anonymous') await signIn(page, LOGINS[role]);
    const visits = [...list.visits.filter((v) => v.role === role), ...EXTRA.filter((v) => v.role === role)];
    for (const visit of visits) {
      const res = await page.goto(visit.url, { waitUntil: 'load' });
      const status = res?.status() ?? 0;
      const landed = new URL(page.url());
      const wanted = new URL(visit.url, baseUrl());
      const record = (what: string) => outcomes.set(visit.route, [...(outcomes.get(visit.route) ?? []), `${role} ${visit.url}: ${what}`]);
      if (landed.pathname !== wanted.pathname) {
        record(`redirected to ${landed.pathname}`);
        continue;
      }
      const expected = 'status' in visit ? (visit as { status: number }).status : 200;
      if (status !== expected) {
        record(`status ${status}`);
        if (expected !== 200) problems.push(`${role} ${visit.url}: status ${status}, expected ${expected}`);
        continue;
      }
      if (!(res?.headers()['content-type'] ?? '').startsWith('text/html')) {
        problems.push(`${role} ${visit.url}: answers ${res?.headers()['content-type']}, not a page — add it to NOT_PAGES in page-list.ts if that is right`);
        continue;
      }
      record('checked');
      checked.add(visit.route);
      problems.push(...(await checkAtBothWidths(page, visit)));
    }
  } finally {
    await context.close();
  }
  return problems;
}

describe('every page of every role at 1280 and 390 px', () => {
  it('knows a value for every route parameter', () => {
    expect(list.unbound, list.unbound.join('\n')).toEqual([]);
  });

  for (const role of ROLES) {
    it(`as ${role}: no axe-core violation, no sideways scroll, the menu on one line`, async () => {
      const problems = await visitAll(role);
      expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
    }, 900_000);
  }

  it('reached every page route as some role (a page checked, or a redirect to one)', () => {
    const routes = [...new Set(list.visits.map((v) => v.route))];
    const redirects = (r: string) => (outcomes.get(r) ?? []).some((o) => /redirected to (?!\/login$)/.test(o));
    const unreachable = routes.filter((r) => !checked.has(r) && !redirects(r));
    const report = unreachable.map((r) => `${r}\n    ${(outcomes.get(r) ?? ['never visited']).join('\n    ')}`);
    expect(unreachable, `pages no role could open:\n${report.join('\n')}`).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(30);
  });
});
