// REQUIRE_2FA=staff as in production (issue 25 item 1), on a web app of its own (same database): an
// agent without a second factor signs in into a session that opens only the enrolment page, gets no
// API token, and is let through once an authenticator app is set up; a contact is not asked. And the
// absolute session lifetime: 12 hours after signing in the session is over, however busy.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { startWeb, type RunningWeb } from '../../../web/server.js';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, devServerClient, testDatabase } from '../../support/servers.js';
import { PASSWORD, codeFor, freshPerson } from './people.support.js';

let web: RunningWeb;
let closeTemporal: () => Promise<void>;
let clockOffset = 0;

beforeAll(async () => {
  const temporal = await devServerClient();
  closeTemporal = () => temporal.connection.close();
  const env = readEnv({
    ...process.env,
    NODE_ENV: 'test',
    REQUIRE_2FA: 'staff',
    LOG_LEVEL: 'silent',
    OIDC_ISSUER: '',
    OIDC_CLIENT_ID: '',
    OIDC_CLIENT_SECRET: '',
  });
  const s = createServices({ db: testDatabase(), temporal, env, log: pino({ level: 'silent' }), now: () => Date.now() + clockOffset });
  web = await startWeb(s, { port: 0, host: '127.0.0.1', sessionSecret: 'required-test-secret-required-test-secret' });
});
afterAll(async () => {
  await web?.close();
  await closeTemporal?.();
  await closeTestDatabase();
});

async function post(url: string, body: unknown) {
  return fetch(`${web.url}/api/v1${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('REQUIRE_2FA=staff', () => {
  it('an agent without a second factor may only set one up; then the desk opens', async () => {
    const { email } = await freshPerson('agent', 'kraevet');
    expect((await post('/tokens', { email, password: PASSWORD })).status).toBe(403);
    const page = new PageClient(web.url);
    await page.get('/login');
    const signedIn = await page.post('/login', { email, password: PASSWORD });
    expect(signedIn.location).toBe('/desk');
    expect((await page.get('/desk')).location).toBe('/account/security');
    const security = await page.get('/account/security');
    expect(security.status).toBe(200);
    expect(security.html).toContain('id="must-enrol"');
    expect((await page.post('/desk/intake/support', {})).status).toBe(403);

    const started = await page.post('/account/security/totp', {});
    const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(started.html)![1]!.replace(/\s/g, '');
    const confirmed = await page.post('/account/security/totp/confirm', { code: await codeFor(secret) });
    expect(confirmed.status).toBe(200);
    expect([...confirmed.html.matchAll(/<li><code>/g)]).toHaveLength(10);
    expect((await page.get('/desk')).status).toBe(200);
    expect((await post('/tokens', { email, password: PASSWORD })).status).toBe(401);
  });

  it('a contact is not asked for a second factor', async () => {
    const { email } = await freshPerson('contact', 'ikke-kraevet');
    expect((await post('/tokens', { email, password: PASSWORD })).status).toBe(201);
    const page = await new PageClient(web.url).login(email, PASSWORD);
    expect((await page.get('/portal')).status).toBe(200);
  });
});

describe('the absolute session lifetime', () => {
  it('a session in use is still signed in after 11 hours and signed out after 12', async () => {
    const { email } = await freshPerson('contact', 'levetid');
    const page = await new PageClient(web.url).login(email, PASSWORD);
    try {
      clockOffset = 11 * 3600_000;
      expect((await page.get('/portal')).status).toBe(200);
      clockOffset = 12 * 3600_000 + 60_000;
      expect((await page.get('/portal')).location).toMatch(/^\/login/);
    } finally {
      clockOffset = 0;
    }
  });
});
