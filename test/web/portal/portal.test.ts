// The customer portal over HTTP against the running product: the four request forms, their
// validation, attachments, CSRF, who may see what, and the language switch.
import { afterAll, describe, expect, it } from 'vitest';
import { REQUEST_FORMS } from '../../../domain/request-forms.js';
import { CASE_TYPES } from '../../../domain/types.js';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { PNG, VALID, closeTemporal, contact, fileRequest, readModel, unique } from './portal-support.js';

afterAll(async () => {
  await closeTemporal();
  await closeTestDatabase();
});

describe('new requests', () => {
  it('offers the four types and renders each form in Danish with all its fields', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const choose = await page.get('/portal/new');
    expect(choose.status).toBe(200);
    expect(choose.html).toContain('<html lang="da">');
    for (const type of CASE_TYPES) expect(choose.html).toContain(`href="/portal/new/${type}"`);
    expect(choose.html).toContain('Noget er holdt op med at virke');

    for (const type of CASE_TYPES) {
      const form = await page.get(`/portal/new/${type}`);
      expect(form.status).toBe(200);
      expect(form.html).toContain('enctype="multipart/form-data"');
      expect(form.html).toContain('Send henvendelsen');
      expect(form.html).toMatch(/<input type="file" id="f-attachments" name="attachments"/);
      for (const f of REQUEST_FORMS[type]) expect(form.html, `${type}.${f.name}`).toContain(`name="${f.name}"`);
      expect(form.html).toContain('Højst 10 filer');
    }
    const incident = await page.get('/portal/new/incident');
    expect(incident.html).toContain('Skærmbilleder');
    expect(incident.html).toContain('er undervist i arbejdsgangen');
  });

  it('files each type and shows the new case with its title and status', async () => {
    const page = await contact('kontakt1@udvidet.test');
    for (const type of CASE_TYPES) {
      const title = unique(VALID[type].title);
      const { number } = await fileRequest(page, type, { ...VALID[type], title });
      const row = await readModel(number);
      expect(row.type).toBe(type);
      expect(row.companyId).toBe('udvidet');
      expect(row.channel).toBe('portal');
      const shown = await page.get(`/portal/cases/${number}`);
      expect(shown.status).toBe(200);
      expect(shown.html).toContain(`Din henvendelse er modtaget som sag #${number}. Vi svarer senest`);
      expect(shown.html).toContain(title);
      expect(shown.html).toContain('class="badge s-received"');
      expect(shown.html).toContain('Servicedesken svarer senest');
      const again = await page.get(`/portal/cases/${number}`);
      expect(again.html).not.toContain('Din henvendelse er modtaget som sag');
    }
  });

  it("shows the type's own fields, labelled, on the case page", async () => {
    const page = await contact('kontakt1@udvidet.test');
    const { number } = await fileRequest(page, 'incident', { ...VALID.incident, title: unique('Udskrift virker ikke') });
    await readModel(number);
    const shown = await page.get(`/portal/cases/${number}`);
    expect(shown.html).toContain('Hvor mange brugere er berørt?');
    expect(shown.html).toMatch(/<dd class="prewrap">12<\/dd>/);
    expect(shown.html).toContain('Sådan genskaber vi fejlen');
    expect(shown.html).toContain('Gratis: fejl (hændelser) er altid gratis');
  });
});

describe('validation', () => {
  it('returns an empty support form with a message next to each required field, keeping what was typed', async () => {
    const page = await contact('kontakt1@udvidet.test');
    await page.get('/portal/new/support');
    const res = await page.postMultipart('/portal/new/support', { title: 'Kun en titel', workflow: '', description: '' });
    expect(res.status).toBe(422);
    for (const f of REQUEST_FORMS.support.filter((x) => x.required && x.name !== 'title')) {
      expect(res.html, f.name).toContain(`id="f-${f.name}-error"`);
      expect(res.html).toMatch(new RegExp(`aria-describedby="[^"]*f-${f.name}-error"`));
    }
    expect(res.html).not.toContain('id="f-title-error"');
    expect(res.html).toContain('value="Kun en titel"');
    expect(res.html).toContain('Skal udfyldes.');
    expect(res.html).toContain('Ret venligst de markerede felter.');
  });

  it('answers 404 for an unknown type', async () => {
    const page = await contact('kontakt1@udvidet.test');
    expect((await page.get('/portal/new/complaint')).status).toBe(404);
    expect((await page.postMultipart('/portal/new/complaint', { title: 'x' })).status).toBe(404);
  });

  it('requires the incident reporter to confirm being trained', async () => {
    const page = await contact('kontakt1@udvidet.test');
    await page.get('/portal/new/incident');
    const { trained: _trained, ...rest } = VALID.incident;
    const res = await page.postMultipart('/portal/new/incident', rest);
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-trained-error"');
    expect(res.html).toContain('Skal bekræftes.');
    expect(res.html).toContain(`value="${VALID.incident.affectedUsers}"`);
  });

  it('refuses an attachment of a wrong type, naming it', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const title = unique('Med forkert fil');
    await page.get('/portal/new/support');
    const res = await page.postMultipart('/portal/new/support', { ...VALID.support, title }, [
      ['attachments', 'virus.exe', 'application/x-msdownload', new Uint8Array([77, 90, 1, 2])],
    ]);
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-attachments-error"');
    expect(res.html).toContain('»virus.exe« kan ikke vedhæftes: den slags fil modtages ikke.');
    expect(await testDatabase().models.CaseRecord.count({ where: { title } })).toBe(0);
  });

  it('stores a PNG, which the company may download and another company may not', async () => {
    const page = await contact('kontakt1@faktureret.test');
    const { number } = await fileRequest(page, 'incident', { ...VALID.incident, title: unique('Skærmbillede') }, [
      ['attachments', 'fejl.png', 'image/png', PNG],
    ]);
    const shown = await page.get(`/portal/cases/${number}`);
    const link = new RegExp(`href="(/case/${number}/attachments/\\d+)">fejl\\.png</a>`).exec(shown.html);
    expect(link).not.toBeNull();
    const file = await page.get(link![1]);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');

    const colleague = await contact('kontakt2@faktureret.test');
    expect((await colleague.get(link![1])).status).toBe(200);
    const other = await contact('kontakt1@basis.test');
    expect((await other.get(link![1])).status).toBe(404);
    expect((await other.get(`/portal/cases/${number}`)).status).toBe(404);
  });
});

describe('security', () => {
  it('refuses a form without the CSRF token and creates no case', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const title = unique('Uden CSRF');
    const res = await page.post('/portal/new/support', { ...VALID.support, title }, { csrf: false });
    expect(res.status).toBe(403);
    expect(await testDatabase().models.CaseRecord.count({ where: { title } })).toBe(0);
  });

  it("lets a contact see the colleague's cases of the same company, but not another company's", async () => {
    const k1 = await contact('kontakt1@basis.test');
    const title = unique('Kollegaens sag');
    const { number } = await fileRequest(k1, 'support', { ...VALID.support, title });
    await readModel(number);
    const k2 = await contact('kontakt2@basis.test');
    const list = await k2.get('/portal');
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="/portal/cases/${number}"`);
    expect(list.html).toContain(title);
    expect((await k2.get(`/portal/cases/${number}`)).status).toBe(200);

    const foreign = await contact('kontakt1@faktureret.test');
    expect((await foreign.get(`/portal/cases/${number}`)).status).toBe(404);
    expect((await foreign.get('/portal')).html).not.toContain(title);
  });

  it('keeps out anonymous visitors, staff and (from contact pages) price approvers', async () => {
    const anonymous = new PageClient();
    const res = await anonymous.get('/portal');
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login/);

    const agent = await new PageClient().login('agent@desk.test');
    expect((await agent.get('/portal')).status).toBe(403);

    const approver = await contact('godkender@udvidet.test');
    expect((await approver.get('/portal/new')).status).toBe(403);
    expect((await approver.get('/portal/new/support')).status).toBe(403);
    expect((await approver.get('/portal/closed')).status).toBe(403);
    const home = await approver.get('/portal');
    expect(home.status).toBe(302);
    expect(home.location).toBe('/portal/approvals');
    expect((await approver.get('/portal/approvals')).status).toBe(200);
  });

  it("does not show another company's case number on a made-up URL", async () => {
    const page = await contact('kontakt1@udvidet.test');
    expect((await page.get('/portal/cases/99999999')).status).toBe(404);
    expect((await page.get('/portal/cases/abc')).status).toBe(404);
  });
});

describe('lists', () => {
  it('shows an empty state with a link to create a request when nothing is open', async () => {
    const page = await contact('kontakt1@hypercare.test');
    const list = await page.get('/portal');
    expect(list.status).toBe(200);
    if (!list.html.includes('<table class="list')) {
      expect(list.html).toContain('Ingen igangværende henvendelser');
      expect(list.html).toContain('href="/portal/new"');
    }
    const closed = await page.get('/portal/closed');
    expect(closed.status).toBe(200);
    expect(closed.html).toContain('Afsluttede henvendelser');
  });
});

describe('language', () => {
  it('switches the portal to English and remembers the choice for the person', async () => {
    const email = 'kontakt2@hypercare.test';
    const page = await contact(email);
    try {
      await page.get('/portal');
      expect((await page.post('/language', { locale: 'en', next: '/portal' })).status).toBe(302);
      const english = await page.get('/portal');
      expect(english.html).toContain('<html lang="en">');
      expect(english.html).toContain('Ongoing requests');
      expect((await page.get('/portal/new/incident')).html).toContain('Something stopped working');

      await page.post('/logout', {});
      await page.login(email);
      expect((await page.get('/portal')).html).toContain('Ongoing requests');
    } finally {
      await page.post('/language', { locale: 'da', next: '/portal' });
    }
    expect((await page.get('/portal')).html).toContain('Igangværende henvendelser');
  });
});
