// The desk over HTTP against the running product: who may enter, the one queue (order and filters),
// phone and mail intake, the case page's decisions, notes and messages, wrong moves, splitting, CSRF
// and the language.
import { afterAll, describe, expect, it } from 'vitest';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { INCIDENT, SUPPORT, act, actOk, expectTranslated, newStaff, queueNumbers, readModel, register, signIn, token } from './desk-support.js';

afterAll(async () => {
  await closeTestDatabase();
});

describe('who may use the desk', () => {
  it('sends anonymous visitors to the login page', async () => {
    const res = await new PageClient().get('/desk');
    expect(res.status).toBe(302);
    expect(res.location).toBe('/login?next=%2Fdesk');
    const page = await new PageClient().get('/desk/cases/1');
    expect(page.location).toBe('/login?next=%2Fdesk%2Fcases%2F1');
  });

  it('refuses customers and lets agents and desk managers in', async () => {
    for (const email of ['kontakt1@basis.test', 'godkender@basis.test']) {
      const page = await signIn(email);
      expect((await page.get('/desk')).status, email).toBe(403);
      expect((await page.get('/desk/intake')).status, email).toBe(403);
    }
    for (const email of ['agent@desk.test', 'manager@desk.test']) {
      const page = await signIn(email);
      const queue = await page.get('/desk');
      expect(queue.status, email).toBe(200);
      expect(queue.html).toContain('<html lang="da">');
      expect(queue.html).toContain('Køen');
      expect((await page.get('/desk/intake')).status).toBe(200);
    }
  });
});

describe('the queue', () => {
  it('shows portal and phone cases in one list, the earlier response deadline first', async () => {
    const word = token();
    const contact = await signIn('kontakt1@udvidet.test');
    await contact.get('/portal/new/support');
    const filed = await contact.postMultipart('/portal/new/support', { ...SUPPORT, title: `Portal ${word}` });
    expect(filed.status, filed.html.slice(0, 2000)).toBe(302);
    const first = Number(/(\d+)$/.exec(filed.location!)![1]);
    await new Promise((r) => setTimeout(r, 50));
    const agent = await signIn('agent@desk.test');
    const second = await register(agent, { title: `Telefon ${word}`, contact: 'kontakt1@basis.test' });
    const [a, b] = [await readModel(first), await readModel(second)];
    expect(a.responseDueAt!.getTime()).toBeLessThanOrEqual(b.responseDueAt!.getTime());

    const queue = await agent.get(`/desk?q=${word}`);
    expect(queue.status).toBe(200);
    expect(queueNumbers(queue.html)).toEqual([first, second]);
    expect(queue.html).toContain('(2 sager)');
    expect(queue.html).toMatch(/class="muted small c-channel">Ekstranet</);
    expect(queue.html).toMatch(/class="muted small c-channel">Telefon</);
    expect(queue.html).toMatch(/class="due u-(ok|soon|overdue)"[^>]*>[^<]*(tilbage|over fristen)</);
  });

  it('filters by type, company, breached and my own cases, keeping the filters when paging', async () => {
    const word = token();
    const me = await newStaff();
    const agent = await signIn('agent@desk.test');
    const mine = await register(me.page, { title: `Min ${word}`, contact: 'kontakt1@basis.test' });
    const incident = await register(agent, { type: 'incident', title: `Fejl ${word}`, contact: 'kontakt2@udvidet.test', values: INCIDENT });
    const breached = await register(agent, { title: `Brud ${word}`, contact: 'kontakt1@udvidet.test', channel: 'mail' });
    await Promise.all([mine, incident, breached].map((n) => readModel(n)));
    // No case can breach its 8 working hours during a test: mark one as the breach timer would.
    await testDatabase().models.CaseRecord.update({ slaBreached: true }, { where: { number: breached } });

    const list = async (query: string) => queueNumbers((await me.page.get(`/desk?q=${word}&${query}`)).html).sort();
    expect(await list('')).toEqual([mine, incident, breached].sort());
    expect(await list('type=incident')).toEqual([incident]);
    expect(await list('type=support')).toEqual([mine, breached].sort());
    expect(await list('company=basis')).toEqual([mine]);
    expect(await list('company=udvidet')).toEqual([incident, breached].sort());
    expect(await list('breached=on')).toEqual([breached]);
    expect(await list('mine=on')).toEqual([mine]);
    expect(await list('status=acknowledged')).toEqual([]);

    const page = await me.page.get(`/desk?q=${word}&breached=on`);
    expect(page.html).toContain('class="badge breached"');
    expect(page.html).toMatch(/<input type="checkbox" name="breached" value="on" checked>/);
    const filtered = await me.page.get(`/desk?q=${word}&type=nonsense`);
    expect(filtered.status).toBe(422);
    expect(filtered.html).toContain('error-summary');
  });

  it('pages by 50 and keeps the filters in the paging links', async () => {
    const agent = await signIn('agent@desk.test');
    const res = await agent.get('/desk?status=all&type=support');
    const total = Number(/\((\d+) sager?\)/.exec(res.html)![1]);
    if (total > 50) expect(res.html).toContain('href="/desk?type=support&amp;status=all&amp;page=2"');
    else expect(res.html).not.toContain('rel="next"');
    expect(queueNumbers(res.html).length).toBe(Math.min(50, total));
  });
});

describe('phone and mail intake', () => {
  it('registers a phone call for a support contact as a phone case in the queue', async () => {
    const word = token();
    const agent = await signIn('agent@desk.test');
    const choose = await agent.get('/desk/intake');
    for (const type of ['support', 'incident', 'change_request', 'product_idea']) expect(choose.html).toContain(`href="/desk/intake/${type}"`);
    const form = await agent.get('/desk/intake/support?lookup=basis');
    expect(form.html).toContain('Basis ApS');
    expect(form.html).toContain('value="kontakt1@basis.test"');
    expect(form.html).toContain('name="workflow"');

    const number = await register(agent, { title: `Opkald ${word}`, contact: 'kontakt1@basis.test', channel: 'phone' });
    const row = await readModel(number);
    expect(row.channel).toBe('phone');
    expect(row.companyId).toBe('basis');
    expect(row.billable).toBe(true); // Basis does not cover phone requests
    const shown = await agent.get(`/desk/cases/${number}`);
    expect(shown.html).toContain(`Sag #${number} er registreret (Telefon) for kontakt1@basis.test.`);
    expect(shown.html).toContain('Faktureres: Basis dækker ikke telefonhenvendelser');
    const queue = await agent.get(`/desk?q=${word}`);
    expect(queueNumbers(queue.html)).toEqual([number]);
  });

  it('refuses an unknown contact next to the contact field, keeping what was typed', async () => {
    const agent = await signIn('agent@desk.test');
    await agent.get('/desk/intake/support');
    const res = await agent.postMultipart('/desk/intake/support', {
      ...SUPPORT,
      title: 'Ukendt opkald',
      contactEmail: 'nogen@andetsted.test',
      channel: 'phone',
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-contactEmail-error"');
    expect(res.html).toContain('Ingen aktiv supportkontakt har denne e-mailadresse.');
    expect(res.html).toMatch(/name="contactEmail" value="nogen@andetsted.test" checked/);
    expect(res.html).toContain('value="Ukendt opkald"');
    expect(res.html).toContain('Menuen Faktura');
    expect(res.html).toMatch(/name="channel" value="phone" checked/);
  });

  it('requires the channel', async () => {
    const agent = await signIn('agent@desk.test');
    await agent.get('/desk/intake/incident');
    const res = await agent.postMultipart('/desk/intake/incident', { ...INCIDENT, title: 'Uden kanal', contactEmail: 'kontakt1@basis.test' });
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-channel-error"');
    expect(res.html).toMatch(/name="contactEmail" value="kontakt1@basis.test" checked/);
    expect(res.html).toContain('value="Uden kanal"');
    expect(res.html).not.toContain('id="f-contactEmail-error"');
  });
});

describe('the case page', () => {
  it('takes a billed support case from receipt to close, with notes, messages and billing', async () => {
    const word = token();
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { title: `Faktureret ${word}`, contact: 'kontakt1@faktureret.test', channel: 'mail' });
    await readModel(number);

    const page = await agent.get(`/desk/cases/${number}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('class="badge s-received"');
    expect(page.html).toContain('id="action-acknowledge"');
    expect(page.html).toContain('id="action-split"');
    expect(page.html).not.toContain('id="action-resolve"');
    expect(page.html).toContain('Hvordan krediterer jeg en faktura?');
    expect(page.html).toContain('Arbejdsgang eller funktion');
    expect(page.html).toMatch(/tilbage|over fristen/);

    const empty = await act(agent, number, 'acknowledge', { plan: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('id="a-acknowledge-plan-error"');
    expect(empty.html).toMatch(/<details class="action desk-action" id="action-acknowledge" open>/);

    let shown = await actOk(agent, number, 'acknowledge', { plan: 'Vi ringer dig op i morgen.' });
    expect(shown.html).toContain('class="badge s-acknowledged"');
    expect(shown.html).toContain('Vi ringer dig op i morgen.');
    expect(shown.html).toContain('Anna Agent');
    shown = await actOk(agent, number, 'qualify', { type: 'support' });
    expect(shown.html).toContain('class="badge s-in_progress"');
    expectTranslated(shown.html);
    shown = await actOk(agent, number, 'log-time', { minutes: '7', note: `Opslag ${word}` });
    expect(shown.html).toContain('+7 min (i alt 7 min)');
    expect((await readModel(number)).loggedMinutes).toBe(7);

    const note = await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'internal', body: `Intern ${word}` });
    expect(note.status).toBe(302);
    const message = await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'customer', body: `Kundebesked ${word}` });
    expect(message.status).toBe(302);
    const blank = await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'customer', body: ' ' });
    expect(blank.status).toBe(422);
    expect(blank.html).toContain('id="f-body-error"');
    shown = await agent.get(`/desk/cases/${number}`);
    expect(shown.html).toMatch(new RegExp(`<li class="k-note internal">[\\s\\S]*?Intern ${word}`));
    expect(shown.html).toContain(`Kundebesked ${word}`);

    const contact = await signIn('kontakt1@faktureret.test');
    const portal = await contact.get(`/portal/cases/${number}`);
    expect(portal.status).toBe(200);
    expect(portal.html).toContain(`Kundebesked ${word}`);
    expect(portal.html).not.toContain(`Intern ${word}`);
    expect(portal.html).not.toContain(`Opslag ${word}`);
    const mail = await testDatabase().models.Notification.findOne({ where: { caseNumber: number, template: 'desk_message' } });
    expect(mail?.email).toBe('kontakt1@faktureret.test');

    shown = await actOk(agent, number, 'resolve', { summary: 'Brug knappen Kreditér.' });
    expect(shown.html).toContain('class="badge s-resolved"');
    expect(shown.html).toContain('id="action-close"');
    shown = await actOk(agent, number, 'close');
    expect(shown.html).toContain('class="badge s-closed"');
    // Closed before its reopen window ended (rules 3): it may still be reopened until then.
    expect(shown.html).toContain('id="action-reopen"');
    expect(shown.html).not.toContain('Sagen er afsluttet; der er ikke flere handlinger.');
    expectTranslated(shown.html);
    expect(shown.html).toMatch(/<tr class="line-time"><td>Forbrugt tid<\/td><td class="num">15 min<\/td><td class="num">237,50 kr\.<\/td><\/tr>/);
    const lines = await testDatabase().models.BillingLineRecord.findAll({ where: { caseNumber: number } });
    expect(lines.map((l) => [l.kind, l.minutes])).toEqual([['time', 15]]);
  });

  it('keeps files sent with an internal note from the customer, and shows those sent with a message', async () => {
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { title: `Filer ${token()}`, contact: 'kontakt2@udvidet.test' });
    await agent.get(`/desk/cases/${number}`);
    const text = (s: string) => new TextEncoder().encode(s);
    expect(
      (
        await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'internal', body: 'Log fra kunden' }, [
          ['attachments', 'intern.txt', 'text/plain', text('intern')],
        ])
      ).status,
    ).toBe(302);
    expect(
      (
        await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'customer', body: 'Vejledning vedlagt' }, [
          ['attachments', 'vejledning.txt', 'text/plain', text('vejledning')],
        ])
      ).status,
    ).toBe(302);
    const bad = await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'customer', body: 'Program' }, [
      ['attachments', 'x.exe', 'application/x-msdownload', text('MZ')],
    ]);
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('id="f-attachments-error"');
    expect(bad.html).toContain('Program');
    expect(bad.html).toMatch(/name="visibility" value="customer" checked/);

    const files = await testDatabase().models.Attachment.findAll({ where: { caseNumber: number }, order: [['id', 'ASC']] });
    expect(files.map((f) => [f.filename, f.internal])).toEqual([
      ['intern.txt', true],
      ['vejledning.txt', false],
    ]);
    const page = await agent.get(`/desk/cases/${number}`);
    expect(page.html).toMatch(/intern\.txt<\/a>[\s\S]{0,200}class="badge internal"/);
    const contact = await signIn('kontakt2@udvidet.test');
    expect((await contact.get(`/case/${number}/attachments/${files[0].id}`)).status).toBe(404);
    expect((await contact.get(`/case/${number}/attachments/${files[1].id}`)).status).toBe(200);
    const other = await signIn('kontakt1@basis.test');
    expect((await other.get(`/desk/cases/${number}`)).status).toBe(403);
    expect((await other.post(`/desk/cases/${number}/messages`, { visibility: 'customer', body: 'Ikke min sag' })).status).toBe(403);
  });

  it("answers a wrong move with the workflow's reason and changes nothing", async () => {
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { title: `Forkert ${token()}`, contact: 'kontakt2@basis.test' });
    const before = await readModel(number);
    const res = await act(agent, number, 'resolve', { summary: 'For tidligt' });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/desk/cases/${number}`);
    const shown = await agent.get(res.location!);
    expect(shown.html).toContain('flash flash-error');
    expect(shown.html).toContain('en supportsag eller fejl under behandling kan løses');
    const after = await readModel(number);
    expect(after.status).toBe('received');
    expect(after.version).toBe(before.version);

    const forbidden = await act(agent, number, 'release-quote');
    expect(forbidden.status).toBe(302);
    expect((await agent.get(`/desk/cases/${number}`)).html).toContain('du må ikke gøre dette');
    expect((await act(agent, number, 'no-such-action')).status).toBe(302);
    expect((await agent.get(`/desk/cases/${number + 1_000_000}`)).status).toBe(404);
  });

  it('splits a received case into new cases that keep its received time', async () => {
    const word = token();
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { title: `To emner ${word}`, contact: 'kontakt1@udvidet.test', channel: 'mail' });
    const parent = await readModel(number);
    const empty = await act(agent, number, 'split', { titles: '\n \n' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('id="a-split-titles-error"');
    // Rules 2: the split closes the original; its topics live on in the new cases.
    const shown = await actOk(agent, number, 'split', { titles: `Første emne ${word}\n\n  Andet emne ${word}  \n` });
    const children = await testDatabase().models.CaseRecord.findAll({ where: { splitFrom: number }, order: [['splitIndex', 'ASC']] });
    expect(children.map((c) => c.title)).toEqual([`Første emne ${word}`, `Andet emne ${word}`]);
    expect(shown.html).toContain(`#${children[0].number}, #${children[1].number}`);
    for (const child of children) {
      expect(shown.html).toContain(`<a href="/desk/cases/${child.number}">#${child.number}</a>`);
      expect(child.receivedAt.getTime()).toBe(parent.receivedAt.getTime());
      expect(child.contactId).toBe(parent.contactId);
      await readModel(child.number);
      const page = await agent.get(`/desk/cases/${child.number}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<a href="/desk/cases/${number}">#${number}</a>`);
      expect(page.html).toContain('Delt fra');
    }
    expect((await readModel(number)).status).toBe('closed');
  });

  it('refuses a decision without the CSRF token', async () => {
    const agent = await signIn('agent@desk.test');
    const number = await register(agent, { title: `CSRF ${token()}`, contact: 'kontakt1@basis.test' });
    await agent.get(`/desk/cases/${number}`);
    const res = await agent.post(`/desk/cases/${number}/actions/acknowledge`, { plan: 'Uden token' }, { csrf: false });
    expect(res.status).toBe(403);
    const intake = await agent.post('/desk/intake/support', { ...SUPPORT, title: 'x', contactEmail: 'kontakt1@basis.test', channel: 'phone' }, { csrf: false });
    expect(intake.status).toBe(403);
    expect((await readModel(number)).status).toBe('received');
  });
});

describe('language', () => {
  it('is Danish by default and English after switching', async () => {
    const me = await newStaff();
    const da = await me.page.get('/desk');
    expect(da.html).toContain('Køen');
    expect(da.html).toContain('Alle henvendelser – fra ekstranet, mail og telefon – i én kø');
    const switched = await me.page.post('/language', { locale: 'en', next: '/desk' });
    expect(switched.location).toBe('/desk');
    const en = await me.page.get('/desk');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('The queue');
    expect(en.html).toContain('Register a call or mail');
    const intake = await me.page.get('/desk/intake/support');
    expect(intake.html).toContain('How did the request come in?');
    const number = await register(me.page, { type: 'incident', title: `English ${token()}`, contact: 'kontakt1@hypercare.test', values: INCIDENT });
    await readModel(number);
    const casePage = await me.page.get(`/desk/cases/${number}`);
    expect(casePage.html).toContain('Acknowledge with a plan');
    expect(casePage.html).toContain('Free: incidents are always free');
    for (const path of ['/desk', '/desk/intake', '/desk/intake/incident', `/desk/cases/${number}`]) expectTranslated((await me.page.get(path)).html);
    await actOk(me.page, number, 'acknowledge', { plan: 'We look at it now.' });
    await actOk(me.page, number, 'qualify', { type: 'incident' });
    expectTranslated((await me.page.get(`/desk/cases/${number}`)).html);
    await me.page.post('/language', { locale: 'da', next: '/desk' });
    for (const path of ['/desk', '/desk/intake', '/desk/intake/change_request', `/desk/cases/${number}`]) expectTranslated((await me.page.get(path)).html);
  });
});
