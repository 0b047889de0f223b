// Issue 11's acceptance in a browser: a fresh production install (NODE_ENV=production, no demo data, no
// mail server) is put into use from nothing. The first desk manager comes from the command line
// (`npm run -s admin -- create-manager`); they choose a password, sign in, create a company with an
// agreement and a support contact, and invite an agent — each link is shown to them, as there is no
// SMTP. The contact files a request and later replies with a distinctive word; the agent takes the
// case, assigns it to the manager, and finds it by that word in the desk queue's search.
//
// The product runs on its own fresh database (an embedded PostgreSQL cluster of this test) and, on the
// suite's Temporal dev server, in a namespace of its own, so its cases never meet the shared product's.
// Screenshots under test-artifacts/screenshots/install-*.png.
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { defaultDataDir, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../platform/postgres/embedded-postgres.js';
import { getFreePort } from '../../platform/free-port.js';
import { startProductProcess, type ProductProcess } from '../../platform/supervision/product-process.js';
import { PageWatch, caseNumberOf, clickAndLoad, clickTo, fillRequest, pathOf, requestValues, signIn, signOut, text, token } from './journeys.support.js';

const run = promisify(execFile);
const PASSWORD = 'Første-rigtige-kode-2026';

let browser: Browser;
let pg: EmbeddedPostgresServer | undefined;
let product: ProductProcess | undefined;
let env: Record<string, string>;
const watches: PageWatch[] = [];

/** A namespace of this install's own on the shared dev server (registered, then usable once the server's namespace cache knows it). */
async function freshNamespace(address: string): Promise<string> {
  const namespace = `install-${token()}`;
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return namespace;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await connection.close();
  }
}

beforeAll(async () => {
  const address = inject('temporalAddress');
  const [server, namespace, port] = await Promise.all([
    startEmbeddedPostgres({ dataDir: defaultDataDir('test'), persistent: false, log: () => {} }),
    freshNamespace(address),
    getFreePort(),
  ]);
  pg = server;
  const baseUrl = `http://127.0.0.1:${port}`;
  env = {
    NODE_ENV: 'production',
    DATABASE_URL: pg.url,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: namespace,
    WORKFLOW_BUNDLE: inject('workflowBundlePath'),
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-install-')),
    DEMO_DATA: 'off',
    SESSION_SECRET: `install-${token()}-${token()}-${token()}-${token()}`,
    PAYLOAD_KEYS: `install1:${randomBytes(32).toString('base64')}`,
    COOKIE_SECURE: 'off',
    MAIL_DISPATCH: 'off',
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    // This journey is about putting the desk into use; the second factor production asks of staff is test/e2e/sign-in/.
    REQUIRE_2FA: 'off',
  };
  product = await startProductProcess({ port, logFile: path.join(inject('artifactsDir'), `product-install-${process.pid}.log`), env });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await pg?.stop();
  if (env?.DATA_DIR) fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
});

/** A fresh browser (own cookies) on the install, watched; a failing test leaves a screenshot of where it was. */
async function open(who: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: env.PUBLIC_URL, locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  watches.push(new PageWatch(page, who));
  onTestFailed(async () => {
    if (!page.isClosed()) await screenshot(page, `install-failure-${who}`).catch(() => undefined);
  });
  return page;
}

const shoot = (page: Page, name: string) => screenshot(page, `install-${name}`);

/** The one-time password link in a text (the command's output, or a flash shown to the manager). */
function passwordLink(said: string): string {
  const link = new RegExp(`${env.PUBLIC_URL.replace(/[.]/g, '\\.')}/password/set/[A-Za-z0-9_-]+`).exec(said)?.[0];
  expect(link, `a password link in: ${said}`).toBeDefined();
  return link!;
}

/** Opens a password link, chooses the password and lands where the person belongs, signed in. */
async function choosePassword(page: Page, link: string, home: RegExp): Promise<void> {
  await page.goto(link);
  expect(await page.locator('header form[action="/logout"]').count(), 'nobody is signed in on the invitation page').toBe(0);
  await page.fill('#f-password', PASSWORD);
  await page.fill('#f-confirm', PASSWORD);
  await clickTo(page, page.locator(`form[action^="/password/set/"] button[type="submit"]`), home);
  expect(await text(page.locator('.flash-ok'))).not.toBe('');
}

/** Runs an action on the desk case page (the actions panel), choosing `to` from its list when it asks for one. */
async function deskAction(page: Page, action: string, choose?: { field: string; label: string }): Promise<void> {
  const details = page.locator(`#action-${action}`);
  await details.locator('summary').click();
  if (choose) await details.locator(`select[name="${choose.field}"]`).selectOption({ label: choose.label });
  await clickAndLoad(page, details.locator('button[type="submit"]'));
  expect(pathOf(page)).toMatch(/^\/desk\/cases\/\d+$/);
  expect(await page.locator('.flash-ok').count(), `${action}: ${await page.locator('.flash, .error-summary, p.error').allTextContents()}`).toBe(1);
}

const owner = (page: Page) => text(page.locator('dl.facts dt:text-is("Ansvarlig") + dd'));

describe('a fresh production install', () => {
  it('is put into use from the command line and the browser: manager, company, contact, agent, a case taken, assigned and found by a word of a reply', async () => {
    const word = 'Kvartalsafstemningen'; // a fresh install: no other case has it
    const managerEmail = `leder-${token()}@firma.test`;
    const agentEmail = `supporter-${token()}@firma.test`;
    const contactEmail = `kontakt-${token()}@kunde.test`;

    // 1. The first desk manager, from the command line against the fresh database.
    const cli = await run('npm', ['run', '-s', 'admin', '--', 'create-manager', '--email', managerEmail, '--first', 'Lene', '--last', 'Leder'], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
    });
    expect(cli.stdout).toContain(`Desk manager Lene Leder <${managerEmail}> created`);
    const managerLink = passwordLink(cli.stdout);

    // 2. The manager chooses a password, signs out and in again.
    const manager = await open('manager');
    await manager.goto(managerLink);
    await shoot(manager, 'set-password');
    await choosePassword(manager, managerLink, /^\/(desk|admin)/);
    await signOut(manager);
    expect(await signIn(manager, managerEmail, PASSWORD)).toMatch(/^\/(desk|admin)/);
    await shoot(manager, 'manager-home');

    // 3. A company with an agreement and a support contact; the contact's invitation link is shown.
    const companyId = `kunde-${token()}`;
    await manager.goto('/admin/companies/new');
    await manager.fill('#f-id', companyId);
    await manager.fill('#f-name', 'Kunde og Søn ApS');
    await clickTo(manager, manager.locator('form[action="/admin/companies/new"] button[type="submit"]'), new RegExp(`^/admin/companies/${companyId}$`));
    await manager.locator('#add-agreement summary').click();
    await manager.locator('#add-agreement select[name="kind"]').selectOption('udvidet');
    await clickAndLoad(manager, manager.locator('#add-agreement button[type="submit"]'));
    expect(await text(manager.locator('#agreement-today'))).toContain('Udvidet');
    await manager.locator('#add-contact summary').click();
    await manager.fill('#c-firstName', 'Karen');
    await manager.fill('#c-lastName', 'Kunde');
    await manager.fill('#c-email', contactEmail);
    await clickAndLoad(manager, manager.locator('#add-contact button[type="submit"]'));
    const added = await text(manager.locator('.flash-ok'));
    expect(added).toMatch(/^Karen Kunde er tilføjet som supportkontakt\. .*Der er ingen mailserver sat op, så ingen mail blev sendt\./);
    expect(added, 'no claim that a mail went out').not.toContain('er sendt til');
    const contactLink = passwordLink(added);
    await shoot(manager, 'company');

    // 4. An agent, invited at /admin/staff; the link is shown.
    await manager.goto('/admin/staff');
    await manager.fill('#invite #f-firstName', 'Sune');
    await manager.fill('#invite #f-lastName', 'Supporter');
    await manager.fill('#invite #f-email', agentEmail);
    await manager.locator('#invite select[name="role"]').selectOption('agent');
    await clickAndLoad(manager, manager.locator('#invite button[type="submit"]'));
    const agentLink = passwordLink(await text(manager.locator('.flash-ok')));
    expect(await text(manager.locator(`#staff-list tr[data-email="${agentEmail}"]`))).toContain('Inviteret');
    await shoot(manager, 'staff');

    // 5. The contact chooses a password and files a support request.
    const contact = await open('contact');
    await choosePassword(contact, contactLink, /^\/portal$/);
    await contact.goto('/portal/new/support');
    const title = `Momsrapporten stemmer ikke ${token()}`;
    await fillRequest(contact, 'support', requestValues('support', title));
    await clickTo(contact, contact.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);
    const number = caseNumberOf(contact);
    await shoot(contact, 'portal-case');

    // 6. The agent chooses a password, finds the case unassigned and takes it.
    const agent = await open('agent');
    await choosePassword(agent, agentLink, /^\/desk$/);
    await agent.goto('/desk?unassigned=on');
    expect(await agent.locator(`tr[data-case="${number}"]`).count(), 'the new case waits without an owner').toBe(1);
    await shoot(agent, 'desk-queue-unassigned');
    await clickTo(agent, agent.locator(`tr[data-case="${number}"] a[href="/desk/cases/${number}"]`).first(), new RegExp(`^/desk/cases/${number}$`));
    expect(await owner(agent)).toBe('Ingen endnu');
    await deskAction(agent, 'take');
    expect(await owner(agent)).toContain('Sune Supporter');
    await shoot(agent, 'desk-case-taken');

    // 7. …and assigns it to the manager, picked from the list of colleagues.
    await deskAction(agent, 'assign', { field: 'to', label: 'Lene Leder' });
    expect(await owner(agent)).toContain('Lene Leder');
    const timeline = await text(agent.locator('#timeline ol.timeline'));
    expect(timeline).toContain('Taget');
    expect(timeline).toContain('Tildelt');
    await shoot(agent, 'desk-case-assigned');

    // 8. The contact replies later with a distinctive word.
    await contact.reload();
    await contact.fill('#a-reply-message', `Tallene i ${word} passer stadig ikke med bogføringen.`);
    await clickAndLoad(contact, contact.getByRole('button', { name: 'Send svar' }));
    expect(await text(contact.locator('.flash-ok'))).toBe('Dit svar er sendt til servicedesken.');
    await shoot(contact, 'portal-replied');

    // 9. The agent searches the word in the desk queue's search box and finds the case, the word marked in the reply's snippet.
    await agent.goto('/desk');
    await agent.fill('form.filters input[name="q"]', word);
    await clickAndLoad(agent, agent.locator('form.filters button[type="submit"]'));
    const hit = agent.locator(`tr[data-case="${number}"]`);
    await expect.poll(async () => (await hit.count()) === 1 || (await agent.reload(), false), { timeout: 15_000 }).toBe(true);
    expect(await agent.locator('tbody tr[data-case]').count(), 'only the case with the word').toBe(1);
    expect(await text(hit.locator('.hit-title'))).toBe(title);
    expect(await text(hit.locator('.snippet mark'))).toBe(word);
    expect(await text(hit.locator('td.owner'))).toBe('Lene Leder');
    await shoot(agent, 'desk-search');

    // The manager finds the case among their own.
    await manager.goto('/desk?mine=on');
    expect(await manager.locator(`tr[data-case="${number}"]`).count()).toBe(1);
    await shoot(manager, 'desk-mine');

    expect(
      watches.flatMap((w) => w.problems),
      'script errors, CSP violations or failed requests',
    ).toEqual([]);
  });
});
