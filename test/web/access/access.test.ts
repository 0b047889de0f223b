// Access hardening (issue 14 item 6): login rate limits keyed by the normalised e-mail and the client
// address, shared by the login form and POST /api/v1/tokens, not fooled by a spoofed X-Forwarded-For;
// TRUST_PROXY for a real proxy (login over plain HTTP behind it, secure cookies behind HTTPS); API
// tokens hashed at rest, expiring, listed and revoked by their owner and by desk managers; and no
// signed-in page kept in a cache.
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../../config/env.js';
import { hashPassword } from '../../../services/people/passwords.js';
import { createServices } from '../../../services/index.js';
import { startWeb, type RunningWeb } from '../../../web/server.js';
import { LOGIN_LIMITS } from '../../../web/auth/login-limits.js';
import { api, tokenFor } from '../../support/api-client.js';
import { MANAGER, contact1 } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { PageClient } from '../../support/page-client.js';
import { baseUrl, closeTestDatabase, devServerClient, testDatabase } from '../../support/servers.js';

const PASSWORD = 'rigtig-kode-1';

/** A support contact of its own (a blocked address must not be a demo login other tests use). */
async function freshContact(): Promise<string> {
  const email = `adgang-${randomUUID().slice(0, 8)}@basis.test`;
  await testDatabase().models.Person.create({
    email,
    firstName: 'Ada',
    lastName: 'Adgang',
    role: 'contact',
    companyId: 'basis',
    passwordHash: await hashPassword(PASSWORD),
    lastLoginAt: null,
  });
  return email;
}

/** `address` spelled the way a careless user types it: upper case and spaces around. */
const sloppy = (email: string) => `  ${email.toUpperCase()} `;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** An HTTP request from a chosen loopback source address (127.x.y.z), with any headers. */
function request(base: string, method: string, path: string, opts: { from?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: opts.headers, localAddress: opts.from, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const tokenRequest = (email: string, password: string, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ email, password }),
});

afterAll(() => closeTestDatabase());

describe('login rate limits', () => {
  it('the login form: 10 wrong passwords (each from a "different" X-Forwarded-For), then the right one with spaces around the e-mail → 429', async () => {
    const email = await freshContact();
    const page = new PageClient();
    await page.get('/login');
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const res = await page.post('/login', { email: i % 2 ? sloppy(email) : email, password: `forkert-${i}` });
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const spoofed = await page.postRaw('/login', new URLSearchParams({ _csrf: page.csrf!, email: sloppy(email), password: PASSWORD }).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '203.0.113.99',
    });
    expect(spoofed.status).toBe(429);
    const blocked = await page.post('/login', { email: sloppy(email), password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.html).toContain('For mange forsøg');
    expect(blocked.html).toContain('<form method="post" action="/login"');
  });

  it('POST /api/v1/tokens alike, and the two count together for one address', async () => {
    const email = await freshContact();
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) {
      const res = await checkedApi('POST', '/tokens', {
        body: { email: i % 2 ? sloppy(email) : email, password: `forkert-${i}` },
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const blocked = await checkedApi('POST', '/tokens', { body: { email: sloppy(email), password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('ratelimit-policy')).toMatch(/^"?\w/);

    const shared = await freshContact();
    const page = new PageClient();
    for (let i = 0; i < LOGIN_LIMITS.perEmail / 2; i++) expect((await page.post('/login', { email: shared, password: `forkert-${i}` })).status).toBe(401);
    for (let i = 0; i < LOGIN_LIMITS.perEmail / 2; i++)
      expect((await checkedApi('POST', '/tokens', { body: { email: shared, password: 'nej' } })).status).toBe(401);
    expect((await checkedApi('POST', '/tokens', { body: { email: shared, password: PASSWORD } })).status).toBe(429);
    expect((await page.post('/login', { email: shared, password: PASSWORD })).status).toBe(429);
  });

  it('a right password does not count, and the limit is per e-mail: someone else still signs in', async () => {
    const email = await freshContact();
    for (let i = 0; i < 2 * LOGIN_LIMITS.perEmail; i++) expect((await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD } })).status).toBe(201);
    const other = await freshContact();
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) await checkedApi('POST', '/tokens', { body: { email: other, password: 'forkert' } });
    expect((await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD } })).status).toBe(201);
  });

  it('per client address: 50 wrong passwords for 50 addresses from one client, spoofed X-Forwarded-For or not → 429 for that client only', async () => {
    // A loopback address of this test's own, so the limit it reaches touches no other test.
    const from = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      const res = await request(baseUrl(), 'POST', '/api/v1/tokens', {
        from,
        ...tokenRequest(`ukendt-${randomUUID()}@basis.test`, 'gæt', { 'x-forwarded-for': `192.0.2.${i}` }),
      });
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const email = await freshContact();
    const blocked = await request(baseUrl(), 'POST', '/api/v1/tokens', { from, ...tokenRequest(email, PASSWORD, { 'x-forwarded-for': '192.0.2.200' }) });
    expect(blocked.status).toBe(429);
    const elsewhere = await request(baseUrl(), 'POST', '/api/v1/tokens', tokenRequest(email, PASSWORD));
    expect(elsewhere.status).toBe(201);
  });
});

describe('behind a trusted proxy (TRUST_PROXY, COOKIE_SECURE=auto)', () => {
  let web: RunningWeb;
  let closeTemporal: () => Promise<void>;

  beforeAll(async () => {
    const temporal = await devServerClient();
    closeTemporal = () => temporal.connection.close();
    const env = readEnv({ ...process.env, NODE_ENV: 'test', TRUST_PROXY: 'loopback', COOKIE_SECURE: 'auto', LOG_LEVEL: 'silent' });
    const s = createServices({ db: testDatabase(), temporal, env, log: pino({ level: 'silent' }) });
    web = await startWeb(s, { port: 0, host: '127.0.0.1', sessionSecret: 'access-test-secret-access-test-secret' });
  });
  afterAll(async () => {
    await web?.close();
    await closeTemporal?.();
  });

  /** Loads the login page and signs in through the proxy headers given; returns the answers. */
  async function loginVia(headers: Record<string, string>) {
    const email = await freshContact();
    const form = await request(web.url, 'GET', '/login', { headers });
    const cookie = String(form.headers['set-cookie']?.[0] ?? '').split(';')[0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1];
    const login = await request(web.url, 'POST', '/login', {
      headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email, password: PASSWORD }).toString(),
    });
    return { form, login, session: String(login.headers['set-cookie']?.[0] ?? '') };
  }

  it('over plain HTTP behind the proxy, login works: the session cookie is not marked Secure, and no HSTS', async () => {
    const { form, login, session } = await loginVia({ 'x-forwarded-for': '198.51.100.20', 'x-forwarded-proto': 'http' });
    expect(form.headers['strict-transport-security']).toBeUndefined();
    expect(login.status, login.body.slice(0, 300)).toBe(302);
    expect(login.headers.location).toBe('/portal');
    expect(session).not.toMatch(/;\s*Secure/i);
    const portal = await request(web.url, 'GET', '/portal', { headers: { cookie: session.split(';')[0], 'x-forwarded-proto': 'http' } });
    expect(portal.status).toBe(200);
    expect(portal.headers['cache-control']).toBe('no-store');
  });

  it('behind HTTPS the cookie is Secure and HSTS is sent', async () => {
    const { form, login, session } = await loginVia({ 'x-forwarded-for': '198.51.100.21', 'x-forwarded-proto': 'https' });
    expect(form.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(login.status).toBe(302);
    expect(session).toMatch(/;\s*Secure/i);
  });

  it('counts the forwarded client address: one client is blocked, another behind the same proxy is not', async () => {
    const client = `198.51.100.${50 + Math.floor(Math.random() * 150)}`;
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      const res = await request(web.url, 'POST', '/api/v1/tokens', tokenRequest(`ukendt-${randomUUID()}@basis.test`, 'gæt', { 'x-forwarded-for': client }));
      expect(res.status).toBe(401);
    }
    const email = await freshContact();
    expect((await request(web.url, 'POST', '/api/v1/tokens', tokenRequest(email, PASSWORD, { 'x-forwarded-for': client }))).status).toBe(429);
    expect((await request(web.url, 'POST', '/api/v1/tokens', tokenRequest(email, PASSWORD, { 'x-forwarded-for': '198.51.100.49' }))).status).toBe(201);
  });
});

describe('API tokens', () => {
  it('are random secrets kept only as SHA-256 hashes, with a label and an expiry of API_TOKEN_HOURS (30 days)', async () => {
    const issued = await checkedApi('POST', '/tokens', { body: { email: contact1('hypercare'), password: 'demo1234', label: 'Bogføringsrobot' } });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ id: expect.any(Number), label: 'Bogføringsrobot' });
    const row = (await testDatabase().models.PersonToken.findByPk(issued.body.id))!;
    expect(row.tokenHash).toBe(createHash('sha256').update(issued.body.token).digest('hex'));
    expect(JSON.stringify(row.toJSON())).not.toContain(issued.body.token);
    const days = (Date.parse(issued.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('their owner lists and revokes them; a revoked token is 401; another person cannot see or revoke them', async () => {
    const email = await freshContact();
    const a = (await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD, label: 'A' } })).body;
    const b = (await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD, label: 'B' } })).body;
    expect((await checkedApi('GET', '/me', { token: a.token })).status).toBe(200);
    const listed = await checkedApi('GET', '/tokens', { token: a.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((t: { id: number }) => t.id)).toEqual([b.id, a.id]);
    expect(listed.body.items[1]).toMatchObject({ label: 'A', owner: { email }, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(a.token);

    const stranger = await tokenFor(contact1('basis'));
    expect((await checkedApi('DELETE', `/tokens/${a.id}`, { token: stranger })).status).toBe(404);
    expect((await checkedApi('GET', '/tokens', { token: stranger })).body.items.map((t: { id: number }) => t.id)).not.toContain(a.id);
    expect((await checkedApi('GET', '/tokens?all=true', { token: stranger })).status).toBe(403);
    expect((await checkedApi('GET', '/me', { token: a.token })).status).toBe(200);

    expect((await checkedApi('DELETE', `/tokens/${a.id}`, { token: b.token })).status).toBe(204);
    const revoked = await checkedApi('GET', '/me', { token: a.token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await checkedApi('GET', '/tokens', { token: b.token })).body.items.map((t: { id: number }) => t.id)).toEqual([b.id]);
    expect((await checkedApi('DELETE', `/tokens/${a.id}`, { token: b.token })).status).toBe(204);
    expect((await checkedApi('DELETE', '/tokens/nope', { token: b.token })).status).toBe(404);
  });

  it("a desk manager sees everyone's tokens and revokes any of them", async () => {
    const email = await freshContact();
    const mine = (await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD, label: 'Integration' } })).body;
    const manager = await tokenFor(MANAGER);
    const all = await checkedApi('GET', '/tokens?all=true', { token: manager });
    expect(all.body.items.find((t: { id: number }) => t.id === mine.id)).toMatchObject({ label: 'Integration', owner: { email } });
    expect((await checkedApi('DELETE', `/tokens/${mine.id}`, { token: manager })).status).toBe(204);
    expect((await api('GET', '/me', { token: mine.token })).status).toBe(401);
  });

  it('the account page lists your tokens and revokes one; a manager sees other people’s there too', async () => {
    const email = await freshContact();
    const issued = (await checkedApi('POST', '/tokens', { body: { email, password: PASSWORD, label: 'Regneark' } })).body;
    const page = await new PageClient().login(email, PASSWORD);
    const home = await page.get('/portal');
    // The top bar's Account leads to the account pages (sessions, second factor, the tokens they made);
    // no API-tokens link of its own in a contact's menu (issue 20: they have no use for it there).
    expect(home.html).toContain('href="/account/security"');
    expect(home.html).not.toContain('href="/account/tokens"');
    expect((await page.get('/account/security')).html).toContain('href="/account/tokens"');
    const list = await page.get('/account/tokens');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(list.html).toContain('Regneark');
    expect(list.html).not.toContain('id="other-tokens"');

    const manager = await new PageClient().login(MANAGER);
    const managers = await manager.get('/account/tokens');
    expect(managers.html).toContain('id="other-tokens"');
    expect(managers.html).toContain(email);

    await page.get('/account/tokens');
    const revoked = await page.post(`/account/tokens/${issued.id}/revoke`, {});
    expect(revoked.status).toBe(302);
    expect((await page.get(revoked.location!)).html).toContain('Tokenet er tilbagekaldt.');
    expect((await api('GET', '/me', { token: issued.token })).status).toBe(401);
  });
});

describe('no signed-in page is kept in a cache', () => {
  it('sends Cache-Control: no-store on the pages of every role', async () => {
    for (const [email, paths] of [
      [contact1('basis'), ['/portal', '/portal/new/support', '/account/tokens']],
      ['agent@desk.test', ['/desk', '/desk/intake/support']],
      [MANAGER, ['/admin/companies', '/admin/sla']],
    ] as const) {
      const page = await new PageClient().login(email);
      for (const path of paths) {
        const res = await page.get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('cache-control'), path).toBe('no-store');
      }
    }
  });
});
