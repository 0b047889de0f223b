// Issue 20's defects, through the pages of the running product: each of these failed before its fix.
// Closing a free resolved case, locking an unfinished month (and the change log of it), the change
// log's words, validation messages that name the limit, line, file or person, the closed day, the
// course form's example period, the billing month's agreement, the API-tokens link, and the queue's
// next step and order.
import { afterAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { PageClient } from '../../support/page-client.js';
import { AGENT, MANAGER, act, approver, contact1, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { ATTACHMENT_LIMITS } from '../../../domain/request-forms.js';
import { daysLeftInMonth } from '../../../domain/billing-months.js';
import { currentMonth, ownCompany } from '../orders/orders-support.js';
import { VALID } from '../portal/portal-support.js';

afterAll(async () => closeTestDatabase());

const signIn = (email: string) => new PageClient().login(email);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#34;|&quot;/g, '"')
    .replace(/\s+/g, ' ');
const today = () => DateTime.now().setZone('Europe/Copenhagen').toISODate()!;

describe('closing a case says what it bills', () => {
  it('a free resolved case: the confirmation says it bills nothing and until when it can be reopened; afterwards "nothing to bill"', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'resolve', { summary: 'Løst.' });
    await readModel(c.number, (r) => r.status === 'resolved');
    const agent = await signIn(AGENT);
    const page = await agent.get(`/desk/cases/${c.number}`);
    const confirm = /action="\/desk\/cases\/\d+\/actions\/close"[^>]*data-confirm="([^"]*)"/.exec(page.html)?.[1] ?? '';
    expect(confirm).toContain(`Luk sag #${c.number}? Sagen er gratis: lukningen fakturerer intet. Den kan genåbnes til og med`);
    expect(confirm).not.toContain('faktureres nu og kan ikke genåbnes');
    const closed = await agent.post(`/desk/cases/${c.number}/actions/close`, {});
    expect(closed.status).toBe(302);
    const after = await agent.get(closed.location!);
    expect(text(after.html)).toContain('Sagen er lukket. Der var intet at fakturere. Den kan genåbnes til og med');
    expect(after.html).not.toContain('lukket og faktureret');
  });

  it('a billed case: the confirmation names the amount', async () => {
    const c = await newCase(AGENT, 'support', { contactEmail: contact1('basis'), channel: 'phone' });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'log-time', { minutes: 20 });
    await act(AGENT, c.number, 'resolve', { summary: 'Løst.' });
    await readModel(c.number, (r) => r.status === 'resolved');
    const page = await (await signIn(AGENT)).get(`/desk/cases/${c.number}`);
    expect(/actions\/close"[^>]*data-confirm="([^"]*)"/.exec(page.html)?.[1]).toMatch(/Lukningen fakturerer \d+,\d\d kr\. Den kan genåbnes til og med/);
  });
});

describe('locking a billing month', () => {
  it('an unfinished month asks for a yes naming the month and the days left; every lock is in the change log', async () => {
    const co = await ownCompany('pages-lock');
    const month = currentMonth();
    const left = daysLeftInMonth(month, today());
    const manager = await signIn(MANAGER);
    const page = await manager.get(`/admin/billing?month=${month}&company=${co.id}`);
    expect(page.status).toBe(200);
    const locks = async () => (await testDatabase().sequelize.query(`SELECT 1 FROM billing_locks WHERE company_id = '${co.id}'`))[0].length;
    if (left > 0) {
      // The page names the month and the days left, and the box must be ticked.
      expect(text(page.html)).toMatch(new RegExp(`Ja, eksportér og lås \\S+ \\d{4}, selv om der er ${left} dage? tilbage af måneden`));
      expect(page.html).toContain('name="confirmUnfinished"');
      const refused = await manager.post('/admin/billing/lock', { month, company: co.id });
      expect(refused.status).toBe(302);
      expect(text((await manager.get(refused.location!)).html)).toMatch(new RegExp(`blev ikke låst: måneden er ikke slut \\(${left} dage? tilbage\\)`));
      expect(await locks()).toBe(0);
    }
    const locked = await manager.post('/admin/billing/lock', { month, company: co.id, confirmUnfinished: 'on' });
    expect(text((await manager.get(locked.location!)).html)).toContain('er eksporteret og låst for 1 virksomhed');
    expect(await locks()).toBe(1);
    const log = await manager.get(`/admin/audit?entity=billing&entityId=${encodeURIComponent(`${co.id}/${month}`)}`);
    expect(text(log.html)).toContain('Måned eksporteret og låst');
    expect(text(log.html)).toContain(co.name);
    expect(text(log.html)).toContain(month);
  });
});

describe('the change log speaks the manager’s language', () => {
  it('prices and timers with labels and units, no raw keys', async () => {
    const log = await (await signIn(MANAGER)).get('/admin/audit?entity=prices');
    const shown = text(log.html);
    expect(shown).toContain('Timepris');
    expect(shown).toContain('950,00 kr.');
    expect(shown).toContain('Første svar');
    expect(shown).toContain('8 arbejdstimer');
    expect(shown).not.toContain('prices.hourlyRateOre');
    expect(shown).not.toContain('timers.firstResponseMinutes');
  });
});

describe('validation messages name the limit, the line, the file or the person', () => {
  it('a 300-character title in a split is too long on line 1', async () => {
    const c = await newCase(contact1('basis'), 'support');
    await readModel(c.number);
    const agent = await signIn(AGENT);
    await agent.get(`/desk/cases/${c.number}`);
    const res = await agent.post(`/desk/cases/${c.number}/actions/split`, { titles: `${'x'.repeat(300)}\nAnden del` });
    expect(res.status).toBe(422);
    expect(text(res.html)).toContain('Linje 1 er for lang: højst 200 tegn.');
    expect(res.html).not.toContain('Skal udfyldes');
  });

  it('course participants without an e-mail mark the field, name the line, and the summary links to it', async () => {
    const contact = await signIn(contact1('basis'));
    await contact.get('/portal/new/course_booking');
    const res = await contact.postMultipart('/portal/new/course_booking', { ...VALID.course_booking, participants: 'Anna Holm' });
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/class="field has-error[^"]*">\s*<label for="f-participants"/);
    expect(text(res.html)).toContain('Linje 1: skriv navnet og e-mailadressen');
    expect(res.html).toMatch(/<a href="#f-participants">Deltagere[^<]*: Linje 1/);
  });

  it('a number too large names the limit', async () => {
    const contact = await signIn(contact1('basis'));
    await contact.get('/portal/new/incident');
    const res = await contact.postMultipart('/portal/new/incident', { ...VALID.incident, affectedUsers: '100001' });
    expect(res.status).toBe(422);
    expect(text(res.html)).toContain('Tallet er for stort: højst 100.000.');
  });

  it('a file too large is named, on the page and in the API', async () => {
    const c = await newCase(contact1('basis'), 'support');
    await readModel(c.number);
    const contact = await signIn(contact1('basis'));
    await contact.get(`/portal/cases/${c.number}`);
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1).fill(65);
    const res = await contact.postMultipart(`/portal/cases/${c.number}/actions/reply`, { message: 'Her er loggen.' }, [
      ['attachments', 'server-2026.log', 'text/plain', big],
    ]);
    expect(res.status).toBe(422);
    expect(text(res.html)).toMatch(/»server-2026\.log« er større end \d+ MB\./);
  });

  it('an e-mail address in use says by whom', async () => {
    const manager = await signIn(MANAGER);
    await manager.get('/admin/companies/udvidet');
    const res = await manager.post('/admin/companies/udvidet/contacts', { firstName: 'Ny', lastName: 'Kontakt', email: contact1('basis'), locale: 'da' });
    expect(res.status).toBe(422);
    const holder = (await testDatabase().models.Person.findOne({ where: { email: contact1('basis') } }))!;
    expect(text(res.html)).toContain(`E-mailadressen er allerede i brug af ${holder.fullName} (Basis ApS).`);
  });

  it('a day the desk is already closed is named, with its reason, in a sentence', async () => {
    const now = DateTime.now().setZone('Europe/Copenhagen');
    const year = now.toISODate()! > `${now.year}-12-24` ? now.year + 1 : now.year;
    const manager = await signIn(MANAGER);
    await manager.get('/admin/calendar');
    const res = await manager.post('/admin/calendar/closed-days', { date: `${year}-12-24`, name: 'Ekstra lukket' });
    expect(res.status).toBe(422);
    expect(text(res.html)).toMatch(new RegExp(`Servicedesken er allerede lukket \\S+ den 24\\. december ${year} \\([^)]+\\)\\.`));
  });
});

describe('pages', () => {
  it('the course form’s example period lies ahead of today', async () => {
    const page = await (await signIn(contact1('basis'))).get('/portal/new/course_booking');
    const month = DateTime.now().setZone('Europe/Copenhagen').plus({ months: 3 }).setLocale('da').toFormat('LLLL yyyy');
    expect(text(page.html)).toContain(`»${month}«`);
    expect(page.html).not.toContain('marts 2026');
  });

  it('the billing month names each company’s agreement, not its id', async () => {
    const page = await (await signIn(MANAGER)).get(`/admin/billing?month=${currentMonth()}&company=basis`);
    expect(text(page.html)).toContain('Basis ApS Aftale: Basis');
    expect(page.html).not.toMatch(/Basis ApS<\/a> <span class="muted small">basis<\/span>/);
  });

  it('the API-tokens link is for staff only', async () => {
    // No API-tokens link in a customer's menu; the top bar's Account leads to the account pages, whose
    // tabs list the tokens a person made (a contact who uses the API revokes theirs there).
    expect((await (await signIn(contact1('basis'))).get('/portal')).html).not.toContain('href="/account/tokens"');
    expect((await (await signIn(approver('basis'))).get('/portal/approvals')).html).not.toContain('href="/account/tokens"');
    expect((await (await signIn(AGENT)).get('/account/security')).html).toContain('href="/account/tokens"');
  });

  it('the queue: an accepted quote says "Start arbejdet" with no deadline, and comes before a case waiting on the customer', async () => {
    const co = await ownCompany('pages-queue');
    const waiting = await newCase(co.contactA, 'support');
    await act(AGENT, waiting.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, waiting.number, 'ask-customer', { message: 'Hvilken ordre?' });
    const accepted = await newCase(co.contactA, 'change_request', { fields: { businessReason: 'Behov', priceMatters: 'no' } });
    await act(AGENT, accepted.number, 'acknowledge', { plan: 'Vi estimerer.' });
    await act(AGENT, accepted.number, 'qualify', {});
    await act(AGENT, accepted.number, 'quote', { estimationMinutes: 30, hours: 2, priceOre: 190_000 });
    await act(co.contactA, accepted.number, 'accept-quote', {});
    await readModel(accepted.number, (r) => r.status === 'accepted');
    await readModel(waiting.number, (r) => r.status === 'waiting_on_customer');
    const queue = await (await signIn(AGENT)).get(`/desk?company=${co.id}`);
    const numbers = [...queue.html.matchAll(/<tr class="[^"]*" data-case="(\d+)">/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([accepted.number, waiting.number]);
    const row = text(/<tr class="[^"]*" data-case="\d+">[\s\S]*?<\/tr>/.exec(queue.html)![0]);
    expect(row).toContain('Start arbejdet');
    expect(row).toContain('Ingen frist');
    expect(row).not.toContain('Servicedesken arbejder på sagen');
  });
});
