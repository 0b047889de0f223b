// The desk manager's pages over HTTP against the running product: who may enter, companies and
// their agreements, and the people of a company with their invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageClient } from '../../support/page-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { hashPassword } from '../../../services/people/passwords.js';
import { signedIn, unique, until } from './admin-support.js';

const PAGES = ['/admin/sla', '/admin/billing', '/admin/billing.csv', '/admin/companies', '/admin/companies/new', '/admin/companies/basis'];

let manager: PageClient;

beforeAll(async () => {
  manager = await signedIn('manager@desk.test');
});
afterAll(closeTestDatabase);

/** The HTML of one table row with data-`attr`="value". */
function row(html: string, attr: string, value: string | number): string {
  const m = new RegExp(`<tr[^>]*data-${attr}="${value}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
  return m ? m[1] : '';
}

async function createCompany(fields: Record<string, string>): Promise<string> {
  await manager.get('/admin/companies/new');
  const res = await manager.post('/admin/companies/new', fields);
  expect(res.status, res.html.slice(0, 1500)).toBe(303);
  expect(res.location).toBe(`/admin/companies/${fields.id}`);
  return fields.id;
}

async function latestInvitation(personId: number): Promise<string> {
  const db = testDatabase();
  const mail = await until(
    () => db.models.Notification.findOne({ where: { personId, template: 'invitation' }, order: [['id', 'DESC']] }),
    (n) => n !== null,
  );
  expect(mail).not.toBeNull();
  const link = String(mail!.params.link);
  const m = /\/password\/set\/[A-Za-z0-9_-]+$/.exec(link);
  expect(m, link).not.toBeNull();
  return m![0];
}

describe('who may enter', () => {
  it('sends anonymous visitors to the login page', async () => {
    const anonymous = new PageClient();
    for (const path of PAGES) {
      const res = await anonymous.get(path);
      expect(res.status, path).toBe(302);
      expect(res.location).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('refuses contacts, price approvers and agents with the 403 page, for pages and forms alike', async () => {
    for (const email of ['kontakt1@basis.test', 'godkender@basis.test', 'agent@desk.test']) {
      const page = await signedIn(email);
      for (const path of PAGES) {
        const res = await page.get(path);
        expect(res.status, `${email} ${path}`).toBe(403);
        expect(res.html).toContain('Ingen adgang');
      }
      const post = await page.post('/admin/companies/new', { id: `nope-${unique()}`, name: 'Nope', solutionType: 'standard' });
      expect(post.status).toBe(403);
      const person = await page.post('/admin/companies/basis/approvers', { firstName: 'X', lastName: 'Y', email: `x-${unique()}@basis.test` });
      expect(person.status).toBe(403);
    }
  });

  it('lets the desk manager in everywhere, with the pages in the navigation', async () => {
    for (const path of PAGES) {
      const res = await manager.get(path);
      expect(res.status, path).toBe(200);
    }
    const sla = await manager.get('/admin/sla');
    expect(sla.html).toContain('SLA-overblik');
    expect(sla.html).toContain('href="/admin/billing"');
    expect(sla.html).toContain('href="/admin/companies"');
  });
});

describe('companies and agreements', () => {
  it('refuses a bad id with the message next to the field and keeps the typed values', async () => {
    await manager.get('/admin/companies/new');
    const res = await manager.post('/admin/companies/new', {
      id: 'Bad Slug!',
      name: 'Acme <Test> A/S',
      solutionType: 'enterprise',
      firstTrainingDay: '2025-02-30',
    });
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/id="f-id-error"[^>]*>Brug 2–41 tegn/);
    expect(res.html).toMatch(/id="f-firstTrainingDay-error"[^>]*>/);
    expect(res.html).toContain('value="Bad Slug!"');
    expect(res.html).toContain('value="Acme &lt;Test&gt; A/S"');
    expect(res.html).toMatch(/<option value="enterprise" selected>/);
    expect(res.html).not.toContain('<Test>');
  });

  it('refuses an id that is taken', async () => {
    await manager.get('/admin/companies/new');
    const res = await manager.post('/admin/companies/new', { id: 'basis', name: 'Another Basis', solutionType: 'standard' });
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/id="f-id-error"[^>]*>Dette id er allerede i brug/);
  });

  it('creates a company, edits it, and keeps its agreement history with the agreement in force', async () => {
    const id = await createCompany({ id: `acme-${unique()}`, name: 'Acme A/S', solutionType: 'standard', firstTrainingDay: '' });
    let page = await manager.get(`/admin/companies/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Virksomheden Acme A/S er oprettet');
    expect(page.html).toContain('Ingen aftale (faktureres)');

    const bad = await manager.post(`/admin/companies/${id}/agreements`, { kind: 'basis', validFrom: '2024-06-01', validTo: '2024-05-31' });
    expect(bad.status).toBe(422);
    expect(bad.html).toMatch(/id="f-validTo-error"[^>]*>Slutdatoen skal være samme dag som eller efter startdatoen/);
    expect(bad.html).toContain('value="2024-05-31"');
    expect(bad.html).toMatch(/<option value="basis" selected>/);
    expect(bad.html).toMatch(/<details class="action" id="add-agreement" open>/);

    const missing = await manager.post(`/admin/companies/${id}/agreements`, { kind: '', validFrom: '' });
    expect(missing.status).toBe(422);
    expect(missing.html).toMatch(/id="f-kind-error"[^>]*>Skal udfyldes/);
    expect(missing.html).toMatch(/id="f-validFrom-error"[^>]*>Skal udfyldes/);

    const ok = await manager.post(`/admin/companies/${id}/agreements`, { kind: 'basis', validFrom: '2020-01-01', validTo: '' });
    expect(ok.status).toBe(303);
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain('Aftaleperioden (Basis) er tilføjet');
    expect(page.html).toMatch(/id="agreement-today">\s*<span class="badge agreement-basis">Basis<\/span>/);
    expect(row(page.html, 'kind', 'basis')).toContain('Indtil videre');

    // A later period takes over from its start day.
    await manager.post(`/admin/companies/${id}/agreements`, { kind: 'udvidet', validFrom: '2021-01-01', validTo: '' });
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toMatch(/id="agreement-today">\s*<span class="badge agreement-udvidet">Udvidet<\/span>/);

    const list = await manager.get('/admin/companies');
    expect(row(list.html, 'company', id)).toContain('Udvidet');
    expect(row(list.html, 'company', id)).toContain('Acme A/S');

    const edit = await manager.post(`/admin/companies/${id}`, { name: '', solutionType: 'premium', firstTrainingDay: '' });
    expect(edit.status).toBe(422);
    expect(edit.html).toMatch(/id="f-name-error"[^>]*>Skal udfyldes/);
    expect(edit.html).toMatch(/id="f-solutionType-error"[^>]*>Vælg en af mulighederne/);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const saved = await manager.post(`/admin/companies/${id}`, { name: 'Acme Danmark A/S', solutionType: 'enterprise', firstTrainingDay: today });
    expect(saved.status).toBe(303);
    const company = await testDatabase().models.Company.findByPk(id);
    expect(company?.name).toBe('Acme Danmark A/S');
    expect(company?.solutionType).toBe('enterprise');
    expect(company?.firstTrainingDay).toBe(today);
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain('Pleje-periode');
    expect(page.html).toContain('til og med');
  });

  it('answers 404 for a company that does not exist', async () => {
    expect((await manager.get('/admin/companies/does-not-exist')).status).toBe(404);
    expect((await manager.get('/admin/companies/..%2Fetc')).status).toBe(404);
  });
});

describe('people of a company', () => {
  it('creates a price approver who is invited by e-mail, sets a password once and lands on the approvals', async () => {
    const id = await createCompany({ id: `people-${unique()}`, name: 'Folk ApS', solutionType: 'standard', firstTrainingDay: '' });
    const email = `godkender-${unique()}@folk.test`;
    const res = await manager.post(`/admin/companies/${id}/approvers`, { firstName: 'Gry', lastName: 'Godkender', email: email.toUpperCase() });
    expect(res.status, res.html.slice(0, 1500)).toBe(303);
    const page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain(`Gry Godkender er oprettet som prisgodkender. Der er ingen mailserver sat op`);

    const person = await testDatabase().models.Person.findOne({ where: { email } });
    expect(person).not.toBeNull();
    expect(person!.role).toBe('approver');
    expect(person!.companyId).toBe(id);
    expect(person!.passwordHash).toBeNull();
    expect(person!.canApprove).toBe(true);
    expect(row(page.html, 'person', person!.id)).toContain('Inviteret');

    const mail = await testDatabase().models.Notification.findOne({ where: { personId: person!.id, template: 'invitation' } });
    expect(mail?.params).toMatchObject({ name: 'Gry', roleName: 'prisgodkender', company: 'Folk ApS' });
    const link = await latestInvitation(person!.id);

    // Without a password nobody can log in as the new person.
    const early = new PageClient();
    await early.get('/login');
    expect((await early.post('/login', { email, password: '' })).status).toBe(401);

    const invited = new PageClient();
    const form = await invited.get(link);
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="password"');
    const set = await invited.post(link, { password: 'en-god-adgangskode', confirm: 'en-god-adgangskode' });
    expect(set.status).toBe(302);
    expect(set.location).toBe('/portal/approvals');
    expect((await invited.get('/portal/approvals')).status).toBe(200);

    const again = new PageClient();
    expect((await again.get(link)).status).toBe(404);
    await again.get('/login');
    expect((await again.post(link, { password: 'en-anden-kode-1', confirm: 'en-anden-kode-1' })).status).toBe(404);

    const after = await manager.get(`/admin/companies/${id}`);
    expect(row(after.html, 'person', person!.id)).toContain('Aktiv');
  });

  it('refuses an e-mail address that is taken, whatever its case, and keeps the typed values', async () => {
    await manager.get('/admin/companies/basis');
    for (const email of ['KONTAKT1@basis.test', 'agent@desk.test']) {
      const res = await manager.post('/admin/companies/basis/contacts', {
        firstName: 'Dorte',
        lastName: 'Dublet',
        email,
        canApprove: 'on',
        billTraining: 'on',
      });
      expect(res.status).toBe(422);
      expect(res.html).toMatch(/id="c-email-error"[^>]*>E-mailadressen er allerede i brug/);
      expect(res.html).toContain('value="Dorte"');
      expect(res.html).toMatch(/<details class="action" id="add-contact" open>/);
    }
    const approver = await manager.post('/admin/companies/basis/approvers', { firstName: '', lastName: 'Uden fornavn', email: 'not-an-address' });
    expect(approver.status).toBe(422);
    expect(approver.html).toMatch(/id="a-firstName-error"[^>]*>Skal udfyldes/);
    expect(approver.html).toMatch(/id="a-email-error"[^>]*>Ugyldig e-mailadresse/);
    expect(approver.html).toContain('value="Uden fornavn"');
  });

  it('adds support contacts with the fee and training notices, toggles the approval right, deactivates and reactivates', async () => {
    const id = await createCompany({ id: `kontakter-${unique()}`, name: 'Kontakter A/S', solutionType: 'enterprise', firstTrainingDay: '' });
    const db = testDatabase();
    let page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain('(4 timer for en Enterprise-løsning): 3.800,00 kr.');
    expect(page.html).not.toContain('extra-contact-fee');

    const emails = [1, 2, 3].map((n) => `kontakt${n}-${unique()}@kontakter.test`);
    for (const [i, email] of emails.entries()) {
      if (i === 2) {
        page = await manager.get(`/admin/companies/${id}`);
        expect(page.html).toContain('Endnu en supportkontakt er ud over de 2 inkluderede og koster 500,00 kr. om måneden');
      }
      const res = await manager.post(`/admin/companies/${id}/contacts`, {
        firstName: `Kontakt${i + 1}`,
        lastName: 'Person',
        email,
        locale: i === 1 ? 'en' : 'da',
        billTraining: i === 0 ? '' : 'on',
      });
      expect(res.status, res.html.slice(0, 1500)).toBe(303);
    }
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain(
      'Kontakten er ud over de 2 inkluderede og koster 500,00 kr. om måneden. Supportkontaktundervisningen (3.800,00 kr.) er med på denne måneds fakturering.',
    );
    const people = await Promise.all(emails.map((email) => db.models.Person.findOne({ where: { email } })));
    expect(people.map((p) => p?.role)).toEqual(['contact', 'contact', 'contact']);
    expect(people.map((p) => p?.canApprove)).toEqual([false, false, false]);
    expect(people[1]!.locale).toBe('en');
    const english = await db.models.Notification.findOne({ where: { personId: people[1]!.id, template: 'invitation' } });
    expect(english?.params.roleName).toBe('support contact');

    const [charges] = await db.sequelize.query(
      `SELECT person_id, kind, minutes, amount_ore::int AS amount_ore FROM company_charges WHERE company_id = :id ORDER BY id`,
      { replacements: { id } },
    );
    expect(charges).toEqual([
      { person_id: people[1]!.id, kind: 'contact_training', minutes: 240, amount_ore: 380000 },
      { person_id: people[2]!.id, kind: 'contact_training', minutes: 240, amount_ore: 380000 },
    ]);

    const [first, second, third] = people.map((p) => p!.id);
    expect((await manager.post(`/admin/companies/${id}/people/${first}/approval`, { canApprove: 'on' })).status).toBe(303);
    expect((await db.models.Person.findByPk(first))!.canApprove).toBe(true);
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain('må nu godkende priser');
    await manager.post(`/admin/companies/${id}/people/${first}/approval`, {});
    expect((await db.models.Person.findByPk(first))!.canApprove).toBe(false);

    // Deactivating makes the open invitation useless; reactivating sends a new one.
    const oldLink = await latestInvitation(second);
    expect((await manager.post(`/admin/companies/${id}/people/${second}/deactivate`, {})).status).toBe(303);
    expect((await db.models.Person.findByPk(second))!.active).toBe(false);
    expect((await new PageClient().get(oldLink)).status).toBe(404);
    page = await manager.get(`/admin/companies/${id}`);
    expect(row(page.html, 'person', second)).toContain('Deaktiveret');
    expect((await manager.post(`/admin/companies/${id}/people/${second}/reactivate`, {})).status).toBe(303);
    expect((await db.models.Person.findByPk(second))!.active).toBe(true);
    const newLink = await latestInvitation(second);
    expect(newLink).not.toBe(oldLink);
    expect((await new PageClient().get(newLink)).status).toBe(200);

    // The last active support contact stays.
    await manager.post(`/admin/companies/${id}/people/${first}/deactivate`, {});
    await manager.post(`/admin/companies/${id}/people/${second}/deactivate`, {});
    const refused = await manager.post(`/admin/companies/${id}/people/${third}/deactivate`, {});
    expect(refused.status).toBe(303);
    expect((await db.models.Person.findByPk(third))!.active).toBe(true);
    page = await manager.get(`/admin/companies/${id}`);
    expect(page.html).toContain('flash-error');
    expect(page.html).toContain('opret den nye kontakt først');

    // Someone else's person, or a person of another company, is not found.
    const other = await db.models.Person.findOne({ where: { email: 'kontakt1@basis.test' } });
    expect((await manager.post(`/admin/companies/${id}/people/${other!.id}/deactivate`, {})).status).toBe(404);
    expect((await db.models.Person.findByPk(other!.id))!.active).toBe(true);
  });

  it('refuses a form without the CSRF token', async () => {
    const res = await manager.post('/admin/companies/new', { id: `csrf-${unique()}`, name: 'Uden token', solutionType: 'standard' }, { csrf: false });
    expect(res.status).toBe(403);
  });
});

describe('in English', () => {
  it('shows every manager page and the admin validation messages in English', async () => {
    const email = `manager-en-${unique()}@desk.test`;
    await testDatabase().models.Person.create({
      email,
      firstName: 'Mia',
      lastName: 'Manager',
      role: 'manager',
      companyId: null,
      locale: 'en',
      passwordHash: await hashPassword('english-manager-1'),
      lastLoginAt: null,
    });
    const page = await new PageClient().login(email, 'english-manager-1');
    const expected: [string, string][] = [
      ['/admin/sla', 'Awaiting first response'],
      ['/admin/billing', 'Download CSV'],
      ['/admin/companies', 'Agreement today'],
      ['/admin/companies/new', 'Create company'],
      ['/admin/companies/hypercare', 'Hyper care'],
    ];
    for (const [path, text] of expected) {
      const res = await page.get(path);
      expect(res.status, path).toBe(200);
      expect(res.html).toContain('<html lang="en">');
      expect(res.html, path).toContain(text);
    }
    const bad = await page.post('/admin/companies/new', { id: '-x', name: 'X', solutionType: 'standard' });
    expect(bad.status).toBe(422);
    expect(bad.html).toMatch(/id="f-id-error"[^>]*>Use 2–41 characters/);
    const month = await page.get('/admin/billing?month=2025-00');
    expect(month.html).toContain('Give the month as YYYY-MM');
  });
});
