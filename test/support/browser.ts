// Headless Chromium from Debian's package, driven by playwright-core (no browser download).
// Screenshots of the main pages are saved under test-artifacts/screenshots/ for people to look at.
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl } from './servers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh browser context (own cookies) with a page on the product. */
export async function newPage(browser: Browser, opts: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: opts.locale ?? 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

export async function loginAs(page: Page, email: string, password = 'demo1234'): Promise<void> {
  await page.goto('/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type="submit"].primary')]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(inject('artifactsDir'), 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
