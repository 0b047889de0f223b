// Sign-in hygiene from the penetration test (issue 25 item 6) and the sessions pages (item 3): a
// password set from a reset link ends the person's other sessions and API tokens and uses up their
// other links; one reset link is valid at a time; anonymous page views write no session row; wrong
// passwords slow a client down instead of locking the holder out, and the holder is told; page forms
// refuse unknown fields; format characters and `__proto__` are refused.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { QueryTypes } from 'sequelize';
import { afterAll, describe, expect, it } from 'vitest';
import { api } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { PageClient } from '../../support/page-client.js';
import { baseUrl, closeTestDatabase, testDatabase } from '../../support/servers.js';
import { LOGIN_LIMITS } from '../../../web/auth/login-limits.js';
import { PASSWORD, freshPerson, lastMail, pathOf } from './people.support.js';

afterAll(() => closeTestDatabase());

const token = async (email: string, password = PASSWORD) => (await api<{ token: string }>('POST', '/tokens', { body: { email, password } })).body.token;
const sessionRows = async () =>
  (await testDatabase().sequelize.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions', { type: QueryTypes.SELECT }))[0]!.n;

async function resetLink(email: string): Promise<string> {
  const page = new PageClient();
  await page.get('/password/forgot');
  expect((await page.post('/password/forgot', { email })).status).toBe(200);
  return pathOf((await lastMail(email, 'password_reset'))!.link);
}

/** A POST from a chosen loopback address (so a client of its own is counted). */
function tokenFrom(from: string, email: string, password: string): Promise<number> {
  const url = new URL('/api/v1/tokens', baseUrl());
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ email, password }));
  });
}
const loopback = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

describe('a password set from a reset link', () => {
  it("ends the person's other page sessions and API tokens, and uses up their other links", async () => {
    const { email } = await freshPerson('contact', 'reset');
    const earlierToken = await token(email);
    const otherBrowser = await new PageClient().login(email, PASSWORD);
    expect((await otherBrowser.get('/portal')).status).toBe(200);
    expect((await api('GET', '/me', { token: earlierToken })).status).toBe(200);

    const first = await resetLink(email);
    const link = await resetLink(email);
    // One valid reset link at a time: the first is used up by the second.
    expect((await new PageClient().get(first)).status).toBe(404);

    const victim = new PageClient();
    await victim.get(link);
    const set = await victim.post(link, { password: 'helt-ny-kode-42', confirm: 'helt-ny-kode-42' });
    expect(set.status).toBe(302);
    expect(set.location).toBe('/portal');

    expect((await api('GET', '/me', { token: earlierToken })).status).toBe(401);
    expect((await otherBrowser.get('/portal')).location).toMatch(/^\/login/);
    expect((await victim.get('/portal')).status).toBe(200);
    expect((await new PageClient().get(link)).status).toBe(404);
    expect((await api('POST', '/tokens', { body: { email, password: 'helt-ny-kode-42' } })).status).toBe(201);
  });
});

describe('sessions', () => {
  it('an anonymous page view writes no session row; signing in writes one', async () => {
    const before = await sessionRows();
    for (const path of ['/login', '/password/forgot', '/desk', '/login']) await new PageClient().get(path);
    const visitor = new PageClient();
    await visitor.get('/login');
    await visitor.post('/language', { locale: 'en', next: '/login' });
    expect((await visitor.get('/login')).html).toContain('lang="en"');
    expect(await sessionRows()).toBe(before);
    await new PageClient().login('kontakt2@basis.test');
    expect(await sessionRows()).toBe(before + 1);
  });

  it('the sessions page lists where the person is signed in, with device and address, and ends one', async () => {
    const { email } = await freshPerson('approver', 'sessions');
    const here = await new PageClient().login(email, PASSWORD);
    const there = new PageClient();
    await there.get('/login');
    await there.post('/login', { email, password: PASSWORD });
    const page = await here.get('/account/sessions');
    expect(page.status).toBe(200);
    const handles = [...page.html.matchAll(/data-session="([0-9a-f]{24})"/g)].map((m) => m[1]!);
    expect(handles).toHaveLength(2);
    expect(page.html).toContain('Denne browser');
    const other = [...page.html.matchAll(/<tr data-session="([0-9a-f]{24})"\s*>/g)].map((m) => m[1]!)[0]!;
    expect((await here.post(`/account/sessions/${other}/end`, {})).status).toBe(302);
    expect((await there.get('/portal/approvals')).location).toMatch(/^\/login/);
    expect((await here.get('/portal/approvals')).status).toBe(200);
    // Another person's session is not found.
    const stranger = await new PageClient().login('kontakt1@basis.test');
    expect((await stranger.post(`/account/sessions/${handles.find((h) => h !== other)}/end`, {})).status).toBe(404);
  });

  it('a desk manager signs a person out everywhere: sessions end, tokens answer 401 (audited)', async () => {
    const { id, email } = await freshPerson('contact', 'everywhere');
    const browser = await new PageClient().login(email, PASSWORD);
    const apiToken = await token(email);
    const manager = await new PageClient().login('manager@desk.test');
    await manager.get(`/admin/people/${id}/security`);
    expect((await manager.post(`/admin/people/${id}/sign-out`, {})).status).toBe(302);
    expect((await browser.get('/portal')).location).toMatch(/^\/login/);
    expect((await api('GET', '/me', { token: apiToken })).status).toBe(401);
    const audit = await testDatabase().sequelize.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'signed_out_everywhere'`, {
      bind: [String(id)],
      type: QueryTypes.SELECT,
    });
    expect(audit).toHaveLength(1);
  });
});

describe('wrong passwords slow a client down; they do not lock the holder out', () => {
  it('10 wrong passwords from one client: that client is refused, the holder signs in from another, and is mailed', async () => {
    const { email } = await freshPerson('contact', 'guessed');
    const attacker = loopback();
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) expect(await tokenFrom(attacker, email, `gæt-${i}`), `attempt ${i + 1}`).toBe(401);
    expect(await tokenFrom(attacker, email, PASSWORD)).toBe(429);
    // A second guesser who has failed on the address before waits between attempts.
    const second = loopback();
    expect(await tokenFrom(second, email, 'gæt-igen')).toBe(401);
    expect(await tokenFrom(second, email, 'gæt-igen-2')).toBe(429);
    // The holder, at their own computer, is not slowed.
    expect(await tokenFrom(loopback(), email, PASSWORD)).toBe(201);
    const mail = await lastMail(email, 'sign_in_attempts');
    expect(mail).toMatchObject({ failures: LOGIN_LIMITS.slowDownFrom });
  });
});

describe('input the pen test found accepted', () => {
  it('a page form with a field it does not have is refused with a message naming it', async () => {
    const contact = await new PageClient().login('kontakt2@basis.test');
    await contact.get('/portal/new/product_idea');
    const res = await contact.post('/portal/new/product_idea', { title: `Ukendt felt ${randomUUID()}`, description: 'x', value: 'y', channel: 'phone' });
    expect(res.status).toBe(422);
    expect(res.html).toContain('channel');
  });

  it('format characters (RLO, zero-width space, BOM) are refused in a title; __proto__ in JSON like any unknown key', async () => {
    const t = await token('kontakt2@basis.test', 'demo1234');
    for (const bad of ['Faktura\u202Efdp.exe', 'Zero\u200Bwidth', 'Mid\uFEFFdle']) {
      const res = await checkedApi('POST', '/cases', { token: t, body: { type: 'support', title: bad, description: 'Tekst' } });
      expect(res.status, bad).toBe(422);
    }
    const raw = await fetch(`${baseUrl()}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"x@y.dk","password":"z","__proto__":{"admin":true}}',
    });
    expect(raw.status).toBe(422);
    const fields = ((await raw.json()) as { fields: Record<string, string> }).fields;
    expect(Object.entries(fields)).toEqual([['__proto__', 'unknown_field']]);
  });

  it("the CSP's style-src allows the desk's own stylesheets only", async () => {
    const res = await fetch(`${baseUrl()}/login`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(/style-src ([^;]*)/.exec(csp)?.[1]?.trim()).toBe("'self'");
  });
});
