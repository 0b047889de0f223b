// Desk staff accounts over HTTP against the running product (issue 11 item 2): a desk manager invites
// agents and managers, the invitee chooses a password from the link (shown to the manager, as the
// test product has no mail server), roles change at once, and deactivation signs the person out
// everywhere — sessions and API tokens — and hands their open cases back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { PageClient } from '../../support/page-client.js';
import { api } from '../../support/api-client.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { signedIn, unique } from './admin-support.js';

let manager: PageClient;

beforeAll(async () => {
  manager = await signedIn('manager@desk.test');
});
afterAll(closeTestDatabase);

/** The text of the page's flash message. */
const flashOf = (html: string) => /class="flash flash-(?:ok|error)"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1].trim() ?? '';

/** The one-time link in a flash (the test product has no SMTP_URL, so links are shown to the sender). */
function linkIn(text: string): string {
  const m = /https?:\/\/[^\s]+(\/password\/set\/[A-Za-z0-9_-]+)/.exec(text);
  expect(m, text).not.toBeNull();
  return m![1];
}

async function invite(fields: Record<string, string>): Promise<{ id: number; link: string; flash: string }> {
  await manager.get('/admin/staff');
  const res = await manager.post('/admin/staff', fields);
  expect(res.status, res.html.slice(0, 800)).toBe(303);
  const page = await manager.get('/admin/staff');
  const flash = flashOf(page.html);
  const person = await testDatabase().models.Person.findOne({ where: { email: fields.email } });
  return { id: person!.id, link: linkIn(flash), flash };
}

/** Sets a password from a one-time link as a new visitor; returns the signed-in client. */
async function choosePassword(link: string, password: string): Promise<PageClient> {
  const visitor = new PageClient();
  const form = await visitor.get(link);
  expect(form.status).toBe(200);
  const done = await visitor.post(link, { password, confirm: password });
  expect(done.status, done.html.slice(0, 500)).toBe(302);
  await visitor.get(done.location!);
  return visitor;
}

async function auditActions(entityId: number): Promise<string[]> {
  const rows = await testDatabase().sequelize.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'staff' AND entity_id = :id ORDER BY id`, {
    type: QueryTypes.SELECT,
    replacements: { id: String(entityId) },
  });
  return rows.map((r) => r.action);
}

describe('the staff page', () => {
  it('is for desk managers only', async () => {
    expect((await new PageClient().get('/admin/staff')).status).toBe(302);
    for (const email of ['agent@desk.test', 'kontakt1@basis.test']) {
      const page = await signedIn(email);
      expect((await page.get('/admin/staff')).status, email).toBe(403);
      expect((await page.post('/admin/staff', { firstName: 'X', lastName: 'Y', email: `x-${unique()}@desk.test`, role: 'manager' })).status).toBe(403);
    }
    const list = await manager.get('/admin/staff');
    expect(list.status).toBe(200);
    expect(list.html).toContain('data-email="agent@desk.test"');
    expect(list.html).toContain('href="/admin/staff"');
  });

  it('refuses an invitation with a bad or used e-mail next to the field, keeping what was typed', async () => {
    await manager.get('/admin/staff');
    const bad = await manager.post('/admin/staff', { firstName: 'Bo', lastName: 'Berg', email: 'ikke-en-adresse', role: 'agent' });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('Ugyldig e-mailadresse');
    expect(bad.html).toContain('value="Berg"');
    const taken = await manager.post('/admin/staff', { firstName: 'Bo', lastName: 'Berg', email: 'kontakt1@basis.test', role: 'agent' });
    expect(taken.status).toBe(422);
    expect(taken.html).toContain('allerede i brug');
    const role = await manager.post('/admin/staff', { firstName: 'Bo', lastName: 'Berg', email: `bo-${unique()}@desk.test`, role: 'contact' });
    expect(role.status).toBe(422);
  });
});

describe('inviting, roles and deactivation', () => {
  it('invites an agent who chooses a password from the shown link and works at once', async () => {
    const email = `agent-${unique()}@desk.test`;
    const { id, link, flash } = await invite({ firstName: 'Alma', lastName: 'Andersen', email, role: 'agent', locale: 'da' });
    expect(flash).toContain(`Alma Andersen (${email}) er inviteret som Supporter.`);
    expect(flash).toContain('Der er ingen mailserver sat op');
    const mail = await testDatabase().models.Notification.findOne({ where: { personId: id, template: 'invitation' } });
    expect(String(mail!.params.link)).toContain(link);
    expect(mail!.params.company).toBe('servicedesken');

    // The invitation page is for someone not signed in yet: it must not look as if they were.
    const anonymous = await new PageClient().get(link);
    expect(anonymous.html).toContain('Vælg en adgangskode');
    expect(anonymous.html).toContain(email);
    expect(anonymous.html).not.toContain('class="whoami"');
    expect(anonymous.html).not.toContain('action="/logout"');
    expect(anonymous.html).not.toContain('href="/desk"');

    const agent = await choosePassword(link, 'et-godt-kodeord');
    expect((await agent.get('/desk')).status).toBe(200);
    expect((await new PageClient().get(link)).status).toBe(404); // used once
    await new PageClient().login(email, 'et-godt-kodeord');
    expect(await auditActions(id)).toEqual(['invited']);
    const row = (await manager.get('/admin/staff')).html;
    expect(row).toMatch(new RegExp(`data-person="${id}"[\\s\\S]*?person-state-active`));
  });

  it('changes a role at once, also for a session already open', async () => {
    const email = `role-${unique()}@desk.test`;
    const { id, link } = await invite({ firstName: 'Rolf', lastName: 'Rolle', email, role: 'agent' });
    const person = await choosePassword(link, 'et-godt-kodeord');
    expect((await person.get('/admin/sla')).status).toBe(403);

    await manager.get('/admin/staff');
    const promoted = await manager.post(`/admin/staff/${id}/role`, { role: 'manager' });
    expect(promoted.status).toBe(303);
    expect(flashOf((await manager.get('/admin/staff')).html)).toContain('Rolf Rolle er nu Servicedeskleder.');
    expect((await person.get('/admin/sla')).status).toBe(200);
    await manager.post(`/admin/staff/${id}/role`, { role: 'agent' });
    expect((await person.get('/admin/sla')).status).toBe(403);
    expect(await auditActions(id)).toEqual(['invited', 'role_changed', 'role_changed']);
  });

  it('deactivates: sessions and API tokens stop at once, and the open cases they own are named', async () => {
    const email = `ud-${unique()}@desk.test`;
    const { id, link } = await invite({ firstName: 'Ulla', lastName: 'Ud', email, role: 'agent' });
    const agent = await choosePassword(link, 'et-godt-kodeord');
    const token = await api<{ token: string }>('POST', '/tokens', { body: { email, password: 'et-godt-kodeord' } });
    expect(token.status).toBe(201);
    expect((await api('GET', '/me', { token: token.body.token })).status).toBe(200);

    // She registers a phone call and gives the first response: the case is hers.
    await agent.get('/desk/intake/support');
    const filed = await agent.postMultipart('/desk/intake/support', {
      contactEmail: 'kontakt1@basis.test',
      channel: 'phone',
      title: `Opkald ${unique()}`,
      workflow: 'Fakturering',
      description: 'Kan ikke kreditere.',
      tried: 'Menuen',
      expected: 'En kreditnota',
    });
    const number = Number(/(\d+)$/.exec(filed.location ?? '')?.[1]);
    expect(number, filed.html.slice(0, 500)).toBeGreaterThan(0);
    await readModel(number);
    await agent.get(`/desk/cases/${number}`);
    const ack = await agent.post(`/desk/cases/${number}/actions/acknowledge`, { plan: 'Vi ringer tilbage i dag.' });
    expect(ack.status).toBe(302);
    await readModel(number, (r) => r.ownerId === id);

    await manager.get('/admin/staff');
    const done = await manager.post(`/admin/staff/${id}/deactivate`, {});
    expect(done.status).toBe(303);
    const flash = flashOf((await manager.get('/admin/staff')).html);
    expect(flash).toContain('Ulla Ud er deaktiveret og logget ud alle steder.');
    expect(flash).toContain(`#${number}`);

    const after = await agent.get('/desk');
    expect(after.status).toBe(302);
    expect(after.location).toMatch(/^\/login/);
    expect((await api('GET', '/me', { token: token.body.token })).status).toBe(401);
    const [sessions] = await testDatabase().sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE (sess::jsonb ->> 'personId') = :id`, {
      type: QueryTypes.SELECT,
      replacements: { id: String(id) },
    });
    expect(sessions.n).toBe(0);
    await expect(new PageClient().login(email, 'et-godt-kodeord')).rejects.toThrow(/failed with 401/);

    // Reactivated, she signs in again with her password.
    await manager.post(`/admin/staff/${id}/reactivate`, {});
    await new PageClient().login(email, 'et-godt-kodeord');
    expect(await auditActions(id)).toEqual(['invited', 'deactivated', 'reactivated']);
  });

  it('sends a new password link to a staff member, shown to the manager without a mail server', async () => {
    const email = `link-${unique()}@desk.test`;
    const { id, link } = await invite({ firstName: 'Lis', lastName: 'Link', email, role: 'manager', locale: 'en' });
    await choosePassword(link, 'et-godt-kodeord');
    await manager.get('/admin/staff');
    await manager.post(`/admin/staff/${id}/link`, {});
    const flash = flashOf((await manager.get('/admin/staff')).html);
    expect(flash).toContain(`Et link til en ny adgangskode er lavet til Lis Link (${email}); der blev ikke sendt nogen mail`);
    const reset = linkIn(flash);
    const person = await choosePassword(reset, 'et-nyt-kodeord');
    expect((await person.get('/admin/staff')).status).toBe(200);
    expect(await auditActions(id)).toEqual(['invited', 'password_link_sent']);
  });

  it('refuses to let a manager deactivate themselves', async () => {
    const me = await testDatabase().models.Person.findOne({ where: { email: 'manager@desk.test' } });
    await manager.get('/admin/staff');
    await manager.post(`/admin/staff/${me!.id}/deactivate`, {});
    const page = await manager.get('/admin/staff');
    expect(page.html).toContain('flash-error');
    expect(flashOf(page.html)).toBe('Du kan ikke deaktivere dig selv.');
    expect((await testDatabase().models.Person.findByPk(me!.id))!.active).toBe(true);
  });

  it('answers 404 for a person who is not staff', async () => {
    const contact = await testDatabase().models.Person.findOne({ where: { email: 'kontakt2@basis.test' } });
    await manager.get('/admin/staff');
    expect((await manager.post(`/admin/staff/${contact!.id}/deactivate`, {})).status).toBe(404);
    expect((await manager.post('/admin/staff/99999999/role', { role: 'agent' })).status).toBe(404);
  });
});
