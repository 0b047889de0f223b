// The everyday tools on the pages (without a browser): the portal's rating and followers, the one-click
// rating link (a GET changes nothing), a stale desk submit shown with what changed, the queue's sort and
// saved views, the phone intake's lookup without script and the case given to the registering agent,
// files kept across a validation error, and the satisfaction dashboard with its CSV.
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT, MANAGER, act, contact1, contact2, getCase, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { PageClient } from '../../support/page-client.js';
import { signedIn } from '../admin/admin-support.js';
import { ACCEPTED_FILES, EXECUTABLE } from '../../support/sample-files.js';
import { resolvedCase } from './everyday-support.js';
import { testServices, closeTestServices } from '../admin/admin-support.js';
import { ratingLinkPath } from '../../../services/cases/satisfaction/rating-links.js';

afterAll(async () => {
  await closeTestServices();
  await closeTestDatabase();
});

const version = (html: string) => Number(PageClient.hidden(html, 'version'));

describe('the portal case page', () => {
  it('offers the rating and "not solved" on a resolved case; the rating is shown once given', async () => {
    const n = await resolvedCase(contact1('udvidet'));
    const page = await signedIn(contact1('udvidet'));
    const shown = await page.get(`/portal/cases/${n}`);
    expect(shown.html).toContain(`action="/portal/cases/${n}/actions/rate"`);
    expect(shown.html).toContain(`action="/portal/cases/${n}/actions/reopen"`);
    const bad = await page.post(`/portal/cases/${n}/actions/rate`, { score: '', version: String(version(shown.html)) });
    expect(bad.status).toBe(422);
    const res = await page.post(`/portal/cases/${n}/actions/rate`, { score: '5', comment: 'Tak!', version: String(version(shown.html)) });
    expect(res.status, res.html.slice(0, 500)).toBe(302);
    const after = await page.get(`/portal/cases/${n}`);
    expect(after.html).toContain('Du bedømte svaret 5 af 5.');
    expect(after.html).not.toContain(`action="/portal/cases/${n}/actions/rate"`);
  });

  it('adds and removes a follower from the company', async () => {
    const c = await newCase(contact1('basis'), 'support');
    const page = await signedIn(contact1('basis'));
    const shown = await page.get(`/portal/cases/${c.number}`);
    expect(shown.html).toContain(`value="${contact2('basis')}"`);
    const added = await page.post(`/portal/cases/${c.number}/actions/add-follower`, { email: contact2('basis'), version: String(version(shown.html)) });
    expect(added.status, added.html.slice(0, 500)).toBe(302);
    const withFollower = await page.get(`/portal/cases/${c.number}`);
    expect(withFollower.html).toMatch(/actions\/remove-follower/);
    const removed = await page.post(`/portal/cases/${c.number}/actions/remove-follower`, {
      email: contact2('basis'),
      version: String(version(withFollower.html)),
    });
    expect(removed.status).toBe(302);
    expect((await getCase(contact1('basis'), c.number)).body.followers).toEqual([]);
  });

  it('a reply to a resolved case reopens it', async () => {
    const n = await resolvedCase(contact2('faktureret'));
    const page = await signedIn(contact2('faktureret'));
    const shown = await page.get(`/portal/cases/${n}`);
    const res = await page.post(`/portal/cases/${n}/actions/reply`, { message: 'Det virker stadig ikke.', version: String(version(shown.html)) });
    expect(res.status, res.html.slice(0, 500)).toBe(302);
    expect((await getCase(AGENT, n)).body.status).toBe('in_progress');
  });

  it('keeps the files of a reply refused for another file, and sends them with the next attempt', async () => {
    const c = await newCase(contact1('hypercare'), 'support');
    const page = await signedIn(contact1('hypercare'));
    const shown = await page.get(`/portal/cases/${c.number}`);
    const refused = await page.postMultipart(`/portal/cases/${c.number}/actions/reply`, { message: 'Logfiler', version: String(version(shown.html)) }, [
      ['attachments', 'server.log', 'text/plain', ACCEPTED_FILES['server.log']!],
      ['attachments', 'faktura.pdf', 'application/pdf', EXECUTABLE],
    ]);
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('»faktura.pdf«: indholdet er ikke det, filnavnet siger');
    const token = PageClient.hidden(refused.html, 'kept_upload');
    expect(refused.html).toContain('server.log');
    expect(token).toBeTruthy();
    const again = await page.postMultipart(`/portal/cases/${c.number}/actions/reply`, {
      message: 'Logfiler',
      version: String(version(refused.html)),
      kept_upload: token!,
    });
    expect(again.status, again.html.slice(0, 500)).toBe(302);
    const files = await testDatabase().models.Attachment.findAll({ where: { caseNumber: c.number } });
    expect(files.map((f) => f.filename)).toEqual(['server.log']);
  });
});

describe('the rating link in the resolved mail', () => {
  it('opens a confirm page that changes nothing; its form rates once', async () => {
    const n = await resolvedCase(contact1('faktureret'));
    const contact = await testDatabase().models.Person.findOne({ where: { email: contact1('faktureret') } });
    const path = await ratingLinkPath(await testServices(), { caseNumber: n, personId: contact!.id, score: 4 });
    const anonymous = new PageClient();
    const page = await anonymous.get(path);
    expect(page.status, page.html.slice(0, 300)).toBe(200);
    expect(page.html).toContain('(4 af 5)');
    expect((await getCase(AGENT, n)).body.rating).toBeNull();
    const forged = await anonymous.get(path.replace(/sig=.{4}/, 'sig=AAAA'));
    expect(forged.status).toBe(404);
    const sig = new URL(`http://x${path}`).searchParams.get('sig')!;
    const done = await anonymous.post(`/rate/${n}/4`, { p: String(contact!.id), sig, comment: 'Fint' });
    expect(done.status, done.html.slice(0, 300)).toBe(200);
    expect((await getCase(AGENT, n)).body.rating).toMatchObject({ score: 4, comment: 'Fint' });
    const twice = await anonymous.post(`/rate/${n}/4`, { p: String(contact!.id), sig, comment: 'Igen' });
    expect(twice.status).toBe(409);
  });
});

describe('the desk', () => {
  it('refuses a stale submit, showing what changed, with the form kept to send again', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const agent = await signedIn(AGENT);
    const loaded = await agent.get(`/desk/cases/${c.number}`);
    await act(MANAGER, c.number, 'take');
    const res = await agent.post(`/desk/cases/${c.number}/actions/acknowledge`, { plan: 'Vi ringer i morgen.', version: String(version(loaded.html)) });
    expect(res.status).toBe(409);
    expect(res.html).toContain('Nogen har handlet på sagen imens');
    expect(res.html).toContain('Vi ringer i morgen.');
    expect((await getCase(AGENT, c.number)).body.status).toBe('received');
    const again = await agent.post(`/desk/cases/${c.number}/actions/acknowledge`, { plan: 'Vi ringer i morgen.', version: String(version(res.html)) });
    expect(again.status).toBe(302);
    expect((await getCase(AGENT, c.number)).body.status).toBe('acknowledged');
  });

  it('sorts the queue by a column from its header and saves the view by name', async () => {
    const agent = await signedIn(AGENT);
    const queue = await agent.get('/desk');
    expect(queue.html).toContain('href="/desk?sort=company"');
    const sorted = await agent.get('/desk?sort=company');
    expect(sorted.status).toBe(200);
    expect(sorted.html).toMatch(/aria-sort="ascending"/);
    expect(sorted.html).toContain('href="/desk?sort=-company"');
    const name = `Firmaer ${Date.now()}`;
    const saved = await agent.post('/desk/views', { name, query: 'sort=company&type=support' });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe('/desk?type=support&sort=company');
    const withView = await agent.get('/desk');
    expect(withView.html).toContain(name);
    const id = /action="\/desk\/views\/(\d+)\/delete"/.exec(withView.html)![1];
    expect((await agent.post(`/desk/views/${id}/delete`, {})).status).toBe(302);
    expect((await (await signedIn(MANAGER)).post(`/desk/views/${id}/delete`, {})).status).toBe(404);
  });

  it('finds the caller without script and gives the new case to the agent who registered it', async () => {
    const agent = await signedIn(AGENT);
    const found = await agent.get('/desk/intake/support?lookup=kim%20udvidet');
    expect(found.html).toContain(`value="${contact2('udvidet')}"`);
    expect(found.html).not.toContain(`value="${contact1('udvidet')}"`);
    const filed = await agent.post('/desk/intake/support', {
      channel: 'phone',
      contactEmail: contact2('udvidet'),
      owner: 'me',
      title: `Opkald ${Date.now()}`,
      workflow: 'Fakturering',
      description: 'Ringede om fakturaen.',
      tried: 'Genstart',
      expected: 'At den sendes',
    });
    expect(filed.status, filed.html.slice(0, 800)).toBe(302);
    const number = Number(/\/desk\/cases\/(\d+)/.exec(filed.location!)![1]);
    expect((await getCase(AGENT, number)).body.owner).toMatchObject({ email: AGENT });
    const json = await agent.get('/desk/intake/contacts.json?q=godkender');
    expect(JSON.parse(json.html)).toEqual([]);
  });

  it('shows the satisfaction dashboard with its tables and CSV', async () => {
    const n = await resolvedCase(contact2('hypercare'));
    await act(contact2('hypercare'), n, 'rate', { score: 3, comment: 'Midt imellem' });
    const manager = await signedIn(MANAGER);
    const page = await manager.get('/admin/dashboards/satisfaction');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Kundetilfredshed');
    expect(page.html).toContain('Midt imellem');
    const csv = await manager.get('/admin/dashboards/satisfaction-agents.csv');
    expect(csv.status).toBe(200);
    expect(csv.html).toContain('Anna Agent');
  });
});
