// Danish by default, English on request: the choice made on the login page becomes the person's,
// survives logging out, and switching keeps the page (with its filters) the person was on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../services/people/passwords.js';
import { PageClient } from '../support/page-client.js';
import { testDatabase, closeTestDatabase } from '../support/servers.js';

const email = `sprog-${Date.now()}@hypercare.test`;
beforeAll(async () => {
  await testDatabase().models.Person.create({
    email,
    firstName: 'Sprog',
    lastName: 'Tester',
    role: 'contact',
    companyId: 'hypercare',
    passwordHash: await hashPassword('sprog-test-1'),
    lastLoginAt: null,
  });
});
afterAll(closeTestDatabase);

describe('language', () => {
  it('is Danish by default, and English when chosen on the login page — also after logging out', async () => {
    const page = new PageClient();
    expect((await page.get('/login')).html).toContain('<html lang="da">');
    await page.post('/language', { locale: 'en', next: '/login' });
    expect((await page.get('/login')).html).toContain('<html lang="en">');
    const login = await page.post('/login', { email, password: 'sprog-test-1' });
    expect(login.status).toBe(302);
    const portal = await page.get('/portal');
    expect(portal.html).toContain('<html lang="en">');
    expect((await testDatabase().models.Person.findOne({ where: { email } }))?.locale).toBe('en');

    await page.post('/logout', {});
    expect((await page.get('/login')).html).toContain('<html lang="en">');
  });

  it('returns to the same page with its query after switching', async () => {
    const page = await new PageClient().login('agent@desk.test');
    const queue = await page.get('/desk?type=incident&status=received');
    expect(queue.html).toContain('name="next" value="/desk?type=incident&amp;status=received"');
    const switched = await page.post('/language', { locale: 'en', next: '/desk?type=incident&status=received' });
    expect(switched.location).toBe('/desk?type=incident&status=received');
    await page.post('/language', { locale: 'da', next: '/desk' });
  });

  it('never follows a language switch off the site', async () => {
    const page = new PageClient();
    await page.get('/login');
    for (const next of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
      expect((await page.post('/language', { locale: 'da', next })).location).toBe('/');
    }
  });
});
