// Knowledge and self-help through the JSON API (issue 19, "Exact interface"): an article drafted from a
// resolved case without personal data and on the case's timeline; publishing by a desk manager; who
// reads which article (drafts, internal and other companies' articles are 404 to a contact);
// suggestions, feedback, deflections and the figures; canned responses rendered in the case contact's
// language; announcements mailed once per recipient in their language, read and reminded; GET /me.
// Every response is checked against the OpenAPI document.
import { afterAll, describe, expect, it } from 'vitest';
import { QueryTypes } from 'sequelize';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { AGENT, MANAGER, act, contact1, contact2, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { translator } from '../../../i18n/index.js';

afterAll(closeTestDatabase);

const word = `kvist${Date.now().toString(36)}`;
/** A word of its own for the reading rules (the article drafted above is public and holds `word`). */
const reach = `blomst${Math.random()
  .toString(36)
  .slice(2, 10)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
const as = async (email: string) => ({ token: await tokenFor(email) });

async function publishedArticle(audience: 'public' | 'company' | 'internal', title: string, company?: string, about = reach) {
  const created = await checkedApi('POST', '/articles', {
    ...(await as(AGENT)),
    body: {
      title: { da: title, en: `${title} (en)` },
      body: { da: `Dansk tekst om ${about}.`, en: `English text about ${about}.` },
      audience,
      ...(company ? { company } : {}),
      category: 'general',
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await checkedApi('POST', `/articles/${created.body.id}/publish`, await as(MANAGER));
  expect(published.status).toBe(200);
  return published.body as { id: number };
}

describe('an article from a resolved case', () => {
  it('is drafted without names, e-mail addresses or phone numbers, names its case and shows on its timeline', async () => {
    const c = await newCase(contact1('basis'), 'support', {
      title: `Lønkørsel ${word} fejler`,
      description: 'Hej, det er Karen. Lønkørslen stopper ved beregning. Ring på +45 20 30 40 50 eller skriv til karen.privat@basis.test.',
    });
    await readModel(c.number);
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det i dag.' });
    await act(AGENT, c.number, 'qualify');
    const message = await checkedApi('POST', `/cases/${c.number}/messages`, {
      ...(await as(AGENT)),
      body: { body: 'Hej Karen, tjek at alle timesedler er godkendt. Mvh Anna', internal: false },
    });
    expect(message.status, JSON.stringify(message.body)).toBe(201);
    await act(AGENT, c.number, 'resolve', { summary: 'Timesedlerne manglede godkendelse; efter godkendelse kørte lønnen.' });
    await readModel(c.number, (r) => r.status === 'resolved');

    const draft = await checkedApi('POST', '/articles', { ...(await as(AGENT)), body: { audience: 'public', sourceCase: c.number } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const a = draft.body;
    expect(a).toMatchObject({ status: 'draft', audience: 'public', company: null, version: 1, sourceCases: [c.number] });
    expect(a.title.da).toContain(word);
    for (const personal of ['Karen', 'karen.privat@basis.test', '20 30 40 50', 'Anna', 'Basis ApS']) expect(a.body.da).not.toContain(personal);
    expect(a.body.da).toContain('Timesedlerne manglede godkendelse');
    expect(a.body.da).toContain('tjek at alle timesedler er godkendt');

    const staffCase = await checkedApi('GET', `/cases/${c.number}`, await as(AGENT));
    const entry = staffCase.body.timeline.find((e: { kind: string }) => e.kind === 'article');
    expect(entry, JSON.stringify(staffCase.body.timeline)).toMatchObject({ internal: true, data: { article: a.id } });
    const customerCase = await checkedApi('GET', `/cases/${c.number}`, await as(contact1('basis')));
    expect(customerCase.body.timeline.map((e: { kind: string }) => e.kind)).not.toContain('article');

    // A draft is nobody's but the desk's; an agent may not publish it (four-eyes review is off); a manager may.
    expect((await checkedApi('GET', `/articles/${a.id}`, await as(contact1('basis')))).status).toBe(404);
    expect((await checkedApi('POST', `/articles/${a.id}/publish`, await as(AGENT))).status).toBe(403);
    const published = await checkedApi('POST', `/articles/${a.id}/publish`, await as(MANAGER));
    expect(published.body.status).toBe('published');
    // The case's own company sees it as its source; another company's contact reads the article without it.
    expect((await checkedApi('GET', `/articles/${a.id}`, await as(contact1('basis')))).body.sourceCases).toEqual([c.number]);
    const other = await checkedApi('GET', `/articles/${a.id}`, await as(contact1('udvidet')));
    expect(other.status).toBe(200);
    expect(other.body.sourceCases).toEqual([]);
  });

  it('is refused from a case that is not resolved (409) and from no case (422)', async () => {
    const open = await newCase(contact1('basis'), 'support');
    expect((await checkedApi('POST', '/articles', { ...(await as(AGENT)), body: { audience: 'public', sourceCase: open.number } })).status).toBe(409);
    const none = await checkedApi('POST', '/articles', { ...(await as(AGENT)), body: { audience: 'public', sourceCase: 999_999_999 } });
    expect(none.status).toBe(422);
    expect(none.body.fields).toHaveProperty('sourceCase');
    const noTitle = await checkedApi('POST', '/articles', { ...(await as(AGENT)), body: { audience: 'public' } });
    expect(noTitle.status).toBe(422);
    expect(Object.keys(noTitle.body.fields)).toEqual(expect.arrayContaining(['title', 'body']));
    expect(
      (await checkedApi('POST', '/articles', { ...(await as(contact1('basis'))), body: { audience: 'public', title: { da: 'x' }, body: { da: 'y' } } })).status,
    ).toBe(403);
  });
});

describe('who reads which article', () => {
  it('a contact: published public articles and their own company’s; staff: also internal ones', async () => {
    const pub = await publishedArticle('public', `Offentlig ${reach}`);
    const internal = await publishedArticle('internal', `Intern ${reach}`);
    const udvidet = await publishedArticle('company', `Udvidet ${reach}`, 'udvidet');
    const read = async (email: string, id: number) => (await checkedApi('GET', `/articles/${id}`, await as(email))).status;
    expect(await read(contact1('basis'), pub.id)).toBe(200);
    expect(await read(contact1('basis'), internal.id)).toBe(404);
    expect(await read(contact1('basis'), udvidet.id)).toBe(404);
    expect(await read(contact1('udvidet'), udvidet.id)).toBe(200);
    expect(await read('godkender@udvidet.test', udvidet.id)).toBe(404);
    expect(await read(AGENT, internal.id)).toBe(200);

    const suggested = async (email: string) =>
      (await checkedApi('GET', `/help/suggest?q=${reach}`, await as(email))).body.articles
        .map((x: { id: number }) => x.id)
        .sort((a: number, b: number) => a - b);
    expect(await suggested(contact1('basis'))).toEqual([pub.id]);
    expect(await suggested(contact1('udvidet'))).toEqual([pub.id, udvidet.id].sort((a, b) => a - b));
    expect(await suggested(AGENT)).toEqual([pub.id, internal.id, udvidet.id].sort((a, b) => a - b));
    expect((await checkedApi('GET', `/help/suggest?q=${reach}`, await as('godkender@udvidet.test'))).status).toBe(403);

    // An English reader sees the English title.
    await testDatabase().sequelize.query(`UPDATE people SET locale = 'en' WHERE email = :email`, { replacements: { email: contact2('basis') } });
    const english = await checkedApi('GET', `/help/suggest?q=${reach}`, await as(contact2('basis')));
    expect(english.body.articles[0].title).toBe(`Offentlig ${reach} (en)`);
    await testDatabase().sequelize.query(`UPDATE people SET locale = 'da' WHERE email = :email`, { replacements: { email: contact2('basis') } });

    // Feedback and deflections: contacts, on articles they may read.
    const contact = await as(contact1('basis'));
    expect((await checkedApi('POST', '/help/feedback', { ...contact, body: { article: pub.id, helpful: false, comment: 'Mangler et eksempel' } })).status).toBe(
      201,
    );
    expect((await checkedApi('POST', '/help/feedback', { ...contact, body: { article: internal.id, helpful: true } })).status).toBe(404);
    expect((await checkedApi('POST', '/help/feedback', { ...contact, body: { article: pub.id, helpful: 'yes' } })).status).toBe(422);
    expect((await checkedApi('POST', '/help/deflections', { ...contact, body: { article: pub.id, query: `hvordan ${reach}` } })).status).toBe(201);
    expect((await checkedApi('POST', '/help/deflections', { ...contact, body: { article: udvidet.id, query: 'x' } })).status).toBe(404);
    expect((await checkedApi('POST', '/help/deflections', { ...(await as(AGENT)), body: { article: pub.id, query: 'x' } })).status).toBe(403);
    expect((await checkedApi('GET', `/help/suggest?q=${encodeURIComponent(`zqxv${reach} wqzt`)}`, contact)).body.articles).toEqual([]);

    const stats = await checkedApi('GET', '/help/stats?from=2020-01-01&to=2099-12-31', await as(MANAGER));
    expect(stats.status).toBe(422); // more than three years
    const today = new Date().toISOString().slice(0, 10);
    const now = await checkedApi('GET', `/help/stats?from=${today}&to=${today}`, await as(MANAGER));
    expect(now.status, JSON.stringify(now.body)).toBe(200);
    expect(now.body.deflected).toBeGreaterThanOrEqual(1);
    expect(now.body.notHelpful).toBeGreaterThanOrEqual(1);
    expect(now.body.views).toBeGreaterThanOrEqual(1);
    expect(now.body.noResultQueries.map((x: { query: string }) => x.query)).toContain(`zqxv${reach} wqzt`);
    expect((await checkedApi('GET', '/help/stats', await as(AGENT))).status).toBe(403);
  });
});

describe('canned responses', () => {
  it('are rendered for a case in its contact’s language with every placeholder filled', async () => {
    const agent = await as(AGENT);
    const created = await checkedApi('POST', '/canned-responses', {
      ...agent,
      body: {
        name: `Kvittering ${word}`,
        text: {
          da: 'Hej {{contact.firstName}} {{contact.lastName}}, vi har modtaget sag #{{case.number}} "{{case.title}}" og svarer senest {{responseDue}}. Mvh {{agent.firstName}}',
          en: 'Hi {{contact.firstName}} {{contact.lastName}}, we received case #{{case.number}} "{{case.title}}" and answer by {{responseDue}}. Regards {{agent.firstName}}',
        },
        shared: false,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    const bad = await checkedApi('POST', '/canned-responses', { ...agent, body: { name: 'x', text: { da: 'Hej {{contact.name}}' }, shared: true } });
    expect(bad.status).toBe(422);
    expect(bad.body.fields).toEqual({ 'text.da': 'unknown_placeholder' });
    expect((await checkedApi('GET', '/canned-responses', agent)).body.items.map((c: { id: number }) => c.id)).toContain(id);
    expect((await checkedApi('GET', '/canned-responses', await as(MANAGER))).body.items.map((c: { id: number }) => c.id)).not.toContain(id);
    expect((await checkedApi('GET', '/canned-responses', await as(contact1('basis')))).status).toBe(403);

    const c = await newCase(contact2('udvidet'), 'support', { title: `Sag til standardsvar ${word}` });
    const rendered = await checkedApi('GET', `/canned-responses/${id}/render?case=${c.number}`, agent);
    expect(rendered.status).toBe(200);
    expect(rendered.body.text).toMatch(
      new RegExp(
        `^Hej Kim Kontakt \\(Udvidet A/S\\), vi har modtaget sag #${c.number} "Sag til standardsvar ${word}" og svarer senest .+\\d{2}[.:]\\d{2}\\. Mvh Anna$`,
      ),
    );
    expect(rendered.body.text).not.toContain('{{');
    await testDatabase().sequelize.query(`UPDATE people SET locale = 'en' WHERE email = :email`, { replacements: { email: contact2('udvidet') } });
    try {
      const english = await checkedApi('GET', `/canned-responses/${id}/render?case=${c.number}`, agent);
      expect(english.body).toMatchObject({ locale: 'en' });
      expect(english.body.text).toMatch(/^Hi Kim .* Regards Anna$/);
    } finally {
      await testDatabase().sequelize.query(`UPDATE people SET locale = 'da' WHERE email = :email`, { replacements: { email: contact2('udvidet') } });
    }
    expect((await checkedApi('GET', `/canned-responses/${id}/render?case=${c.number}`, await as(MANAGER))).status).toBe(404);
    expect((await checkedApi('GET', `/canned-responses/${id}/render?case=999999999`, agent)).status).toBe(404);
  });
});

describe('announcements', () => {
  it('mail each active contact and approver once in their language, show unread until read, and tell the desk who has read', async () => {
    const db = testDatabase();
    await db.sequelize.query(`UPDATE people SET locale = 'en' WHERE email = :email`, { replacements: { email: 'godkender@faktureret.test' } });
    try {
      const key = `announce-${word}`;
      const body = {
        title: { da: `Ny version ${word}`, en: `New version ${word}` },
        body: { da: 'Lønmodulet er opdateret.', en: 'The payroll module is updated.' },
        companies: ['faktureret'],
        important: true,
      };
      const first = await checkedApi('POST', '/announcements', { ...(await as(MANAGER)), body, headers: { 'Idempotency-Key': key } });
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      const again = await checkedApi('POST', '/announcements', { ...(await as(MANAGER)), body, headers: { 'Idempotency-Key': key } });
      expect(again.body.id).toBe(first.body.id);
      const id = first.body.id as number;
      const [{ n }] = await db.sequelize.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM people WHERE company_id = 'faktureret' AND active AND role IN ('contact', 'approver')`,
        { type: QueryTypes.SELECT },
      );
      expect(first.body.recipients).toBe(n);
      const mails = await db.sequelize.query<{ email: string; locale: string; template: string; params: Record<string, unknown>; case_number: null }>(
        `SELECT email, locale, template, params, case_number FROM notifications WHERE dedupe_key LIKE :key ORDER BY email`,
        { type: QueryTypes.SELECT, replacements: { key: `announcement:${id}:%` } },
      );
      expect(mails.length).toBe(n);
      expect(new Set(mails.map((m) => m.email)).size).toBe(n);
      const approverMail = mails.find((m) => m.email === 'godkender@faktureret.test')!;
      const contactMail = mails.find((m) => m.email === 'kontakt1@faktureret.test')!;
      expect(approverMail.params.title).toBe(`New version ${word}`);
      expect(contactMail.params.title).toBe(`Ny version ${word}`);
      expect(approverMail.template).toBe('announcement_important');

      expect((await checkedApi('POST', '/announcements', { ...(await as(AGENT)), body })).status).toBe(403);
      expect((await checkedApi('POST', '/announcements', { ...(await as(MANAGER)), body: { ...body, companies: ['no-such-company'] } })).status).toBe(422);

      const contact = await as(contact1('faktureret'));
      const mine = await checkedApi('GET', '/announcements', contact);
      expect(mine.body.items.find((a: { id: number }) => a.id === id)).toMatchObject({ read: false, important: true });
      expect((await checkedApi('GET', '/announcements', await as(contact1('basis')))).body.items.map((a: { id: number }) => a.id)).not.toContain(id);
      expect((await checkedApi('POST', `/announcements/${id}/read`, await as(contact1('basis')))).status).toBe(404);
      expect((await checkedApi('GET', `/announcements/${id}`, contact)).status).toBe(403);
      expect((await checkedApi('POST', `/announcements/${id}/read`, contact)).status).toBe(204);
      expect((await checkedApi('GET', '/announcements', contact)).body.items.find((a: { id: number }) => a.id === id).read).toBe(true);

      const staff = await checkedApi('GET', `/announcements/${id}`, await as(AGENT));
      expect(staff.status).toBe(200);
      const recipients = staff.body.recipients as { email: string; readAt: string | null }[];
      expect(recipients.length).toBe(n);
      expect(recipients.find((r) => r.email === 'kontakt1@faktureret.test')!.readAt).not.toBeNull();
      expect(recipients.find((r) => r.email === 'godkender@faktureret.test')!.readAt).toBeNull();

      const reminded = await checkedApi('POST', `/announcements/${id}/remind`, await as(MANAGER));
      expect(reminded.body.reminded).toBe(n - 1);
      const reminders = await db.sequelize.query<{ email: string }>(`SELECT email FROM notifications WHERE dedupe_key LIKE :key`, {
        type: QueryTypes.SELECT,
        replacements: { key: `announcement:${id}:%:reminder:%` },
      });
      expect(reminders.map((r) => r.email)).not.toContain('kontakt1@faktureret.test');
      expect(reminders.length).toBe(n - 1);
    } finally {
      await db.sequelize.query(`UPDATE people SET locale = 'da' WHERE email = :email`, { replacements: { email: 'godkender@faktureret.test' } });
    }
  });

  it('reads as a mail in the recipient’s language', () => {
    const en = translator('en');
    const da = translator('da');
    expect(en('mail:announcement_important.subject', { title: 'New version' })).toBe('Important: New version');
    expect(da('mail:announcement.subject', { title: 'Ny version' })).toBe('Meddelelse: Ny version');
    expect(en('mail:announcement.body', { title: 'T', body: 'B', link: 'https://desk.example/portal/announcements/4' })).toContain(
      'https://desk.example/portal/announcements/4',
    );
  });
});

describe('GET /me', () => {
  it('names the person with id, first and last name', async () => {
    const me = await checkedApi('GET', '/me', await as(contact1('basis')));
    expect(me.body).toMatchObject({ email: contact1('basis'), firstName: 'Karen', lastName: 'Kontakt (Basis ApS)' });
    expect(typeof me.body.id).toBe('number');
  });
});
