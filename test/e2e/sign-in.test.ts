// Signing in as people do it, in Chromium (issue 25): a desk manager sets up an authenticator app on
// the account page (the code computed here from the secret the page shows) and signs in with it; an
// agent adds a passkey through Chromium's virtual authenticator (CDP WebAuthn) and signs in with it;
// an invited agent signs in with single sign-on at a real OpenID provider this test starts
// (oidc-provider, authorization code flow with PKCE); a contact without a second factor still signs in
// with the password alone. Screenshots at 1280 and 390 px in test-artifacts/screenshots/.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { closeTestDatabase, testDatabase } from '../support/servers.js';
import { PASSWORD, codeFor, freshPerson, nextCodeFor } from '../web/sign-in/people.support.js';

let browser: Browser;
/** The product by the name PUBLIC_URL gives it: passkeys need a host name (not an address), and SSO returns there. */
const origin = () => `http://localhost:${new URL(inject('baseUrl')).port}`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

async function open(width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin(), locale: 'da-DK', viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

async function passwordStep(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('form[action="/login"] button[type="submit"]')]);
}

async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForURL(/\/login$/), page.click('header form[action="/logout"] button')]);
}

async function shootBoth(page: Page, name: string): Promise<void> {
  await screenshot(page, `sign-in-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `sign-in-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('signing in with a second factor, in Chromium', () => {
  it('a desk manager sets up an authenticator app from the QR page and signs in with a code', async () => {
    const { email } = await freshPerson('manager', 'leder');
    const page = await open();
    await passwordStep(page, email);
    expect(new URL(page.url()).pathname).toBe('/desk');
    await page.goto('/account/security');
    await Promise.all([page.waitForLoadState('load'), page.click('#start-totp')]);
    expect(await page.locator('.qr svg').count()).toBe(1);
    await shootBoth(page, 'totp-enrolment');
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.fill('#f-code', await codeFor(secret));
    await Promise.all([page.waitForLoadState('load'), page.click('form[action="/account/security/totp/confirm"] button[type="submit"]')]);
    expect(await page.locator('#recovery-codes li').count()).toBe(10);
    await shootBoth(page, 'recovery-codes');

    await signOut(page);
    await passwordStep(page, email);
    expect(new URL(page.url()).pathname).toBe('/login/second-factor');
    await shootBoth(page, 'second-step');
    await page.fill('#f-code', await nextCodeFor(secret));
    await Promise.all([page.waitForURL(/\/desk$/), page.click('form[action="/login/second-factor"] button[type="submit"]')]);
    await page.goto('/account/sessions');
    expect(await page.locator('#session-list').innerText()).toContain('kode fra app');
    await shootBoth(page, 'sessions');
    await page.context().close();
  });

  it("an agent adds a passkey (Chromium's virtual authenticator) and signs in with it", async () => {
    const { email } = await freshPerson('agent', 'noegle');
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await passwordStep(page, email);
    await page.goto('/account/security');
    await page.fill('#f-label', 'Arbejdscomputer');
    await Promise.all([page.waitForURL(/\/account\/security/), page.waitForSelector('#recovery-codes'), page.click('#add-passkey')]);
    await page.goto('/account/security');
    expect(await page.locator('#passkey-list').innerText()).toContain('Arbejdscomputer');
    await shootBoth(page, 'passkey-added');

    await signOut(page);
    await passwordStep(page, email);
    expect(new URL(page.url()).pathname).toBe('/login/second-factor');
    await Promise.all([page.waitForURL(/\/desk$/), page.click('#use-passkey')]);
    await page.context().close();
  });

  it('a contact without a second factor signs in with the password alone', async () => {
    const page = await open(390);
    await passwordStep(page, 'kontakt1@hypercare.test', 'demo1234');
    expect(new URL(page.url()).pathname).toBe('/portal');
    await page.context().close();
  });
});

describe('single sign-on for staff, against a real OpenID provider', () => {
  let server: Server;

  beforeAll(async () => {
    const port = inject('oidcPort');
    const provider = new Provider(`http://localhost:${port}`, {
      clients: [
        {
          client_id: 'service-desk-test',
          client_secret: inject('oidcClientSecret'),
          redirect_uris: [`${origin()}/login/sso/callback`],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      // Any login name signs in at this test provider (its development login page); the name is the e-mail.
      findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, email: id, email_verified: true }) }),
      features: { devInteractions: { enabled: true } },
      cookies: { keys: [randomUUID()] },
    });
    server = provider.listen(port);
    await new Promise((r) => server.once('listening', r));
  });
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it('an invited agent signs in with their company account, matched by verified e-mail', async () => {
    const email = `sso-${randomUUID().slice(0, 8)}@desk.test`;
    await testDatabase().models.Person.create({
      email,
      firstName: 'Sif',
      lastName: 'Single',
      role: 'agent',
      companyId: null,
      passwordHash: null,
      lastLoginAt: null,
    });
    const page = await open();
    await page.goto('/login');
    await shootBoth(page, 'login-with-sso');
    await Promise.all([page.waitForURL((u) => u.port === String(inject('oidcPort'))), page.click('#sso-login')]);
    await page.fill('input[name="login"]', email);
    await page.fill('input[name="password"]', 'anything');
    await page.click('button[type="submit"]');
    // The provider asks for consent once.
    await page.waitForURL((u) => u.port !== String(inject('oidcPort')) || u.pathname.includes('interaction'));
    if (new URL(page.url()).port === String(inject('oidcPort'))) await page.click('button[type="submit"]');
    await page.waitForURL(/\/desk$/);
    expect(await page.locator('.whoami').innerText()).toContain('Sif Single');
    await page.context().close();
  });

  /** Goes through the provider's own sign-in page as `email`; the browser ends on the desk's page it returns to. */
  async function throughProvider(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await Promise.all([page.waitForURL((u) => u.port === String(inject('oidcPort'))), page.click('#sso-login')]);
    await page.fill('input[name="login"]', email);
    await page.fill('input[name="password"]', 'anything');
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => u.port !== String(inject('oidcPort')) || u.pathname.includes('interaction'));
    if (new URL(page.url()).port === String(inject('oidcPort'))) await page.click('button[type="submit"]');
    await page.waitForURL((u) => u.port !== String(inject('oidcPort')));
  }

  it("a customer's contact only when their company allows single sign-on for the address's domain", async () => {
    const { email } = await freshPerson('contact', 'sso-kunde');
    const page = await open();
    await throughProvider(page, email);
    await page.waitForURL(/\/login\?sso=not_allowed$/);
    const manager = await open();
    await passwordStep(manager, 'manager@desk.test', 'demo1234');
    await manager.goto('/admin/companies/basis');
    await manager.fill('#sso-domains', 'basis.test');
    await Promise.all([manager.waitForLoadState('load'), manager.click('form[action="/admin/companies/basis/sso"] button[type="submit"]')]);
    expect(await manager.locator('.flash-ok').innerText()).toContain('basis.test');
    // A fresh browser: the provider would otherwise remember the first sign-in and skip its page.
    const again = await open();
    try {
      await throughProvider(again, email);
      await again.waitForURL(/\/portal$/);
    } finally {
      await again.context().close();
      await manager.goto('/admin/companies/basis');
      await manager.fill('#sso-domains', '');
      await Promise.all([manager.waitForLoadState('load'), manager.click('form[action="/admin/companies/basis/sso"] button[type="submit"]')]);
      await manager.context().close();
      await page.context().close();
    }
  });

  it('someone the desk does not know is told so, and is not signed in', async () => {
    const page = await open();
    await page.goto('/login');
    await Promise.all([page.waitForURL((u) => u.port === String(inject('oidcPort'))), page.click('#sso-login')]);
    await page.fill('input[name="login"]', `ukendt-${randomUUID().slice(0, 8)}@nowhere.test`);
    await page.fill('input[name="password"]', 'anything');
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => u.port !== String(inject('oidcPort')) || u.pathname.includes('interaction'));
    if (new URL(page.url()).port === String(inject('oidcPort'))) await page.click('button[type="submit"]');
    await page.waitForURL(/\/login\?sso=unknown$/);
    expect(await page.locator('.error-summary').innerText()).toContain('Ingen aktiv person');
    await page.context().close();
  });
});
