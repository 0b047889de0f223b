// The second factor through the API and the pages (issue 25 item 1): enrolling an authenticator app
// with POST /api/v1/me/2fa/totp and …/confirm, tokens that then need a code (401 `needs: "code"`),
// wrong codes refused and counted toward the sign-in limits, recovery codes working once, the page
// sign-in's second step with "remember this device", and a desk manager's audited reset.
import { QueryTypes } from 'sequelize';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedApi } from '../../support/openapi-check.js';
import { api } from '../../support/api-client.js';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { LOGIN_LIMITS } from '../../../web/auth/login-limits.js';
import { PASSWORD, codeFor, freshPerson, nextCodeFor } from './people.support.js';

afterAll(() => closeTestDatabase());

async function tokenOf(email: string, extra: Record<string, string> = {}) {
  return checkedApi('POST', '/tokens', { body: { email, password: PASSWORD, ...extra } });
}

/** Enrols an authenticator app for the person through the API; its secret and recovery codes. */
async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const token = ((await tokenOf(email)).body as { token: string }).token;
  const started = await checkedApi('POST', '/me/2fa/totp', { token, body: {} });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const { secret, otpauthUrl } = started.body as { secret: string; otpauthUrl: string };
  expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
  expect(otpauthUrl).toContain(`secret=${secret}`);
  const wrong = await checkedApi('POST', '/me/2fa/totp/confirm', { token, body: { code: (await codeFor(secret)) === '000000' ? '111111' : '000000' } });
  expect(wrong.status).toBe(422);
  const confirmed = await checkedApi('POST', '/me/2fa/totp/confirm', { token, body: { code: await codeFor(secret) } });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] };
  return { secret, recoveryCodes };
}

describe('GET /api/v1/me', () => {
  it('names the person: id, first and last name', async () => {
    const { id, email } = await freshPerson('contact');
    const token = ((await tokenOf(email)).body as { token: string }).token;
    const me = await checkedApi('GET', '/me', { token });
    expect(me.body).toMatchObject({ id, email, firstName: 'Tove', lastName: 'Tofaktor', name: 'Tove Tofaktor', role: 'contact' });
  });
});

describe('an authenticator app through the API', () => {
  it('enrols, then a token needs a code: none → 401 needs "code", wrong → 401, right → 201, a recovery code works once', async () => {
    const { email } = await freshPerson('manager');
    const { secret, recoveryCodes } = await enrol(email);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // Only hashes are kept.
    const stored = await testDatabase().sequelize.query<{ code_hash: string }>(
      'SELECT code_hash FROM recovery_codes c JOIN people p ON p.id = c.person_id WHERE p.email = $1',
      { bind: [email], type: QueryTypes.SELECT },
    );
    expect(stored).toHaveLength(10);
    expect(stored.every((r) => r.code_hash.startsWith('$argon2id$') && !recoveryCodes.some((c) => r.code_hash.includes(c)))).toBe(true);

    const none = await tokenOf(email);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ needs: 'code' });
    expect(typeof (none.body as { error: string }).error).toBe('string');
    const wrong = await tokenOf(email, { code: (await codeFor(secret)) === '123456' ? '654321' : '123456' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).not.toHaveProperty('needs');
    const right = await tokenOf(email, { code: await nextCodeFor(secret) });
    expect(right.status, JSON.stringify(right.body)).toBe(201);
    // The same code again is a replay (RFC 6238 §5.2).
    expect((await tokenOf(email, { code: await nextCodeFor(secret) })).status).toBe(401);

    const once = await tokenOf(email, { recoveryCode: recoveryCodes[3]!.toUpperCase().replace('-', ' ') });
    expect(once.status, JSON.stringify(once.body)).toBe(201);
    expect((await tokenOf(email, { recoveryCode: recoveryCodes[3]! })).status).toBe(401);
    expect((await tokenOf(email, { recoveryCode: recoveryCodes[4]! })).status).toBe(201);
  });

  it('confirming without a pending enrolment is 409; unknown keys are 422', async () => {
    const { email } = await freshPerson('contact');
    const token = ((await tokenOf(email)).body as { token: string }).token;
    expect((await checkedApi('POST', '/me/2fa/totp/confirm', { token, body: { code: '123456' } })).status).toBe(409);
    expect((await checkedApi('POST', '/me/2fa/totp', { token, body: { secret: 'mine' } })).status).toBe(422);
    expect((await api('POST', '/me/2fa/totp', {})).status).toBe(401);
  });

  it('wrong codes count toward the sign-in limit: after 10 the client is refused for that address, even with the right code', async () => {
    const { email } = await freshPerson('agent');
    const { secret } = await enrol(email);
    const bad = (await codeFor(secret)) === '000000' ? '999999' : '000000';
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) expect((await tokenOf(email, { code: bad })).status, `attempt ${i + 1}`).toBe(401);
    const limited = await tokenOf(email, { code: await nextCodeFor(secret) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the second step on the pages', () => {
  it('password → code page; a wrong code is refused; the right code signs in; a remembered device skips the step', async () => {
    const { email } = await freshPerson('manager');
    const { secret } = await enrol(email);
    const page = new PageClient();
    await page.get('/login');
    const first = await page.post('/login', { email, password: PASSWORD });
    expect(first.status).toBe(303);
    expect(first.location).toBe('/login/second-factor');
    // Not signed in yet.
    expect((await page.get('/desk')).location).toMatch(/^\/login/);
    const step = await page.get('/login/second-factor');
    expect(step.status).toBe(200);
    expect(step.headers.get('cache-control')).toBe('no-store');
    expect(step.html).toContain('name="code"');
    const wrong = await page.post('/login/second-factor', { code: (await codeFor(secret)) === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    const right = await page.post('/login/second-factor', { code: await nextCodeFor(secret), remember: 'on' });
    expect(right.status).toBe(303);
    expect(right.location).toBe('/desk');
    expect((await page.get('/desk')).status).toBe(200);
    const sessions = await page.get('/account/sessions');
    expect(sessions.html).toContain('adgangskode og kode fra app');

    // Signed out and in again on the remembered device: the password is enough there.
    await page.post('/logout', {});
    await page.get('/login');
    const again = await page.post('/login', { email, password: PASSWORD });
    expect(again.status).toBe(302);
    expect(again.location).toBe('/desk');
    // Another browser still gets the second step.
    const other = new PageClient();
    await other.get('/login');
    expect((await other.post('/login', { email, password: PASSWORD })).location).toBe('/login/second-factor');
  });

  it("a desk manager resets a person's second factor (audited): the password alone signs in again", async () => {
    const { id, email } = await freshPerson('agent');
    await enrol(email);
    const manager = await new PageClient().login('manager@desk.test');
    const view = await manager.get(`/admin/people/${id}/security`);
    expect(view.status).toBe(200);
    expect(view.html).toContain('Godkendelsesapp: slået til');
    const reset = await manager.post(`/admin/people/${id}/second-factor/reset`, {});
    expect(reset.status).toBe(302);
    expect((await tokenOf(email)).status).toBe(201);
    const [entry] = await testDatabase().sequelize.query<{ action: string; actor_name: string }>(
      `SELECT action, actor_name FROM audit_log WHERE entity_id = $1 AND action = 'second_factor_reset'`,
      { bind: [String(id)], type: QueryTypes.SELECT },
    );
    expect(entry).toMatchObject({ action: 'second_factor_reset' });
    // Only a desk manager may.
    const agent = await new PageClient().login('agent@desk.test');
    expect((await agent.post(`/admin/people/${id}/second-factor/reset`, {})).status).toBe(403);
  });
});
