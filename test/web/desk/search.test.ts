// Full-text search against the running product (issue 11 item 4): what each audience finds (the desk
// also internal notes and file names; a contact only their company's customer-visible texts), Danish
// and English stemming, ranking, snippets marked and escaped, `#1042`, and the API's `q` and
// `unassigned`. Each test uses its own made-up words, so other tests' cases never match.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedApi } from '../../support/openapi-check.js';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, act, contact1, newCase } from '../../support/api-cases.js';
import { baseUrl, closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { PageClient } from '../../support/page-client.js';
import { signedIn } from '../admin/admin-support.js';
import { SEARCH_CANDIDATES } from '../../../services/cases/search/candidates.js';

afterAll(closeTestDatabase);

/** A made-up word nothing else contains (letters only, so no stemmer changes it). */
const word = () =>
  `zq${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}x`;

interface Item {
  number: number;
  search?: { rank: number; source: string | null; snippet: string | null; highlights: [number, number][] };
}

async function search(email: string, query: string, extra = ''): Promise<Item[]> {
  const res = await checkedApi('GET', `/cases?q=${encodeURIComponent(query)}&pageSize=200${extra}`, { token: await tokenFor(email) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Item[];
}
const numbers = (items: Item[]) => items.map((i) => i.number);

/** Writes on a case through the API: a staff note or message, or a contact's reply. */
async function write(email: string, number: number, body: Record<string, unknown>) {
  const res = await checkedApi('POST', `/cases/${number}/messages`, { token: await tokenFor(email), body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('what each audience finds', () => {
  it('finds a case by a word in its title, description, a reply, a desk message, a note and a file name — notes and files for the desk only', async () => {
    const [inTitle, inDescription, inReply, inMessage, inNote] = [word(), word(), word(), word(), word()];
    const c = await newCase(contact1('basis'), 'support', {
      title: `Kreditnota ${inTitle}`,
      description: `Når jeg krediterer ${inDescription} sker der intet.`,
    });
    await readModel(c.number);
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det i dag.' });
    await write(contact1('basis'), c.number, { body: `Det gælder faktura ${inReply} fra marts.` });
    await write(AGENT, c.number, { body: `Prøv menuen ${inMessage} igen.`, internal: false });
    await write(AGENT, c.number, { body: `Kunden har selv ændret ${inNote} i opsætningen.`, internal: true });

    for (const w of [inTitle, inDescription, inReply, inMessage, inNote]) expect(numbers(await search(AGENT, w)), w).toEqual([c.number]);
    for (const w of [inTitle, inDescription, inReply, inMessage]) expect(numbers(await search(contact1('basis'), w)), w).toEqual([c.number]);
    expect(await search(contact1('basis'), inNote)).toEqual([]);
    // Another company's contact never finds it, nor does a price approver by its texts.
    expect(await search(contact1('udvidet'), inDescription)).toEqual([]);
    expect(await search('godkender@basis.test', inReply)).toEqual([]);

    const [hit] = await search(AGENT, inNote);
    expect(hit.search).toMatchObject({ source: 'note' });
    const { snippet, highlights } = hit.search!;
    expect(snippet).toContain(`ændret ${inNote} i opsætningen`);
    expect(highlights.map(([a, b]) => snippet!.slice(a, b))).toEqual([inNote]);
  });

  it("finds an attachment's name for the desk, by its parts", async () => {
    const part = word();
    const c = await newCase(contact1('faktureret'), 'support');
    const form = new FormData();
    form.set('body', 'Skærmbillede vedlagt.');
    form.set('internal', 'false');
    form.append('attachments', new Blob([Buffer.from('Log ved login\n')], { type: 'text/plain' }), `login-${part}.log`);
    const res = await fetch(`${baseUrl()}/api/v1/cases/${c.number}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(AGENT)}` },
      body: form,
    });
    expect(res.status).toBe(201);
    const [hit] = await search(AGENT, part);
    expect(hit).toMatchObject({ number: c.number, search: { source: 'attachment' } });
    expect(await search(contact1('faktureret'), part)).toEqual([]);
  });
});

describe('language, ranking and numbers', () => {
  it('matches Danish and English word forms', async () => {
    const tag = word();
    const da = await newCase(contact1('udvidet'), 'support', { title: `Fakturaerne ${tag} kan ikke sendes`, description: 'Ingen af fakturaerne går igennem.' });
    const en = await newCase(contact1('udvidet'), 'support', {
      title: `Invoices ${tag} are rejected`,
      description: 'Every invoice we send is rejected by the bank.',
    });
    expect(numbers(await search(AGENT, `faktura ${tag}`))).toEqual([da.number]);
    expect(numbers(await search(AGENT, `rejecting invoice ${tag}`))).toEqual([en.number]);
    expect(numbers(await search(AGENT, `"kan ikke sendes" ${tag}`))).toEqual([da.number]);
    expect(numbers(await search(AGENT, `${tag} -invoices`))).toEqual([da.number]);
  });

  it('ranks a match in the title above one in the description, and a case number first', async () => {
    const tag = word();
    const inDescription = await newCase(contact1('hypercare'), 'support', { title: 'Et spørgsmål', description: `Om ${tag} og andet.` });
    const inTitle = await newCase(contact1('hypercare'), 'support', { title: `Spørgsmål om ${tag}`, description: 'Intet mere.' });
    const ranked = await search(AGENT, tag);
    expect(numbers(ranked)).toEqual([inTitle.number, inDescription.number]);
    expect(ranked[0].search!.rank).toBeGreaterThan(ranked[1].search!.rank);
    // The number finds its case first; another case whose text holds the same digits (the shared test
    // database has thousands) may follow it.
    expect(numbers(await search(AGENT, `#${inDescription.number}`))[0]).toBe(inDescription.number);
  });

  it('filters unassigned cases beside mine', async () => {
    const tag = word();
    const taken = await newCase(contact1('basis'), 'support', { title: `Ejet ${tag}` });
    const free = await newCase(contact1('basis'), 'support', { title: `Fri ${tag}` });
    await act(AGENT, taken.number, 'acknowledge', { plan: 'Jeg tager den.' });
    await readModel(taken.number, (r) => r.ownerId !== null);
    expect(numbers(await search(AGENT, tag, '&unassigned=true'))).toEqual([free.number]);
    expect(numbers(await search(AGENT, tag, '&unassigned=false'))).toEqual([taken.number]);
    expect(numbers(await search(AGENT, tag, '&mine=true'))).toEqual([taken.number]);
    expect((await checkedApi('GET', '/cases?unassigned=maybe', { token: await tokenFor(AGENT) })).status).toBe(422);
  });
});

describe('many matches', () => {
  it('ranks the newest matches within the filters and says there are more; the open filter follows a closed case', async () => {
    const tag = word();
    const db = testDatabase();
    // SEARCH_CANDIDATES + 5 closed cases with the word, received over a year ago (outside every month the SLA and billing pages count),
    // straight into the read model: the index triggers run as for any write.
    await db.sequelize.query(
      `INSERT INTO cases (number, workflow_id, type, status, channel, company_id, contact_id, title, description, received_at, version)
       SELECT n, 'search-test-' || n, 'support', 'closed', 'portal', 'basis', (SELECT id FROM people WHERE email = 'kontakt1@basis.test'),
              'Gammel sag ' || :tag, 'Lukket for længe siden.', now() - ((400 + g) || ' days')::interval, 1
         FROM (SELECT nextval('case_number_seq')::int AS n, g FROM generate_series(1, :count) g) s`,
      { replacements: { tag, count: SEARCH_CANDIDATES + 5 } },
    );
    const res = await checkedApi('GET', `/cases?q=${tag}`, { token: await tokenFor(AGENT) });
    expect(res.body).toMatchObject({ total: SEARCH_CANDIDATES, capped: true, pageSize: 50 });
    expect(res.body.items).toHaveLength(50);
    const page = await (await signedIn(AGENT)).get(`/desk?q=${tag}&status=all`);
    expect(page.html).toContain(`(${SEARCH_CANDIDATES}+ sager)`);
    expect(page.html).toContain(`de bedste blandt de ${SEARCH_CANDIDATES} nyeste`);
    expect((await search(AGENT, tag, '&open=true')).length).toBe(0);

    const open = await newCase(contact1('basis'), 'support', { title: `Ny sag ${tag}` });
    expect(numbers(await search(AGENT, tag, '&open=true'))).toEqual([open.number]);
    await db.models.CaseRecord.update({ status: 'closed' }, { where: { number: open.number } });
    expect(await search(AGENT, tag, '&open=true')).toEqual([]);
    const few = await checkedApi('GET', `/cases?q=${tag}&open=false&type=incident`, { token: await tokenFor(AGENT) });
    expect(few.body).toMatchObject({ total: 0, capped: false });
  });
});

describe('the pages', () => {
  it('shows ranked results with marked, escaped snippets in the desk queue, and #number opens the case', async () => {
    const tag = word();
    const c = await newCase(contact1('basis'), 'support', { title: `Printer ${tag}`, description: `Fejlen <script>alert(1)</script> & ${tag} ved printeren.` });
    const agent = await signedIn(AGENT);
    const page = await agent.get(`/desk?q=${tag}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`data-case="${c.number}"`);
    expect(page.html).toContain(`<mark>${tag}</mark>`);
    // The snippet is text: markup in the case never reaches the page as markup (ts_headline leaves tags out).
    expect(page.html).toMatch(new RegExp(`class="snippet[^"]*"[\\s\\S]*?&amp; <mark>${tag}</mark> ved printeren`));
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).toContain('bedste match først');

    const jump = await agent.get(`/desk?q=%23${c.number}`);
    expect(jump.status).toBe(302);
    expect(jump.location).toBe(`/desk/cases/${c.number}`);
    expect((await agent.get(`/desk?q=${c.number}`)).html).toContain(`data-case="${c.number}"`);
  });

  it("lets a contact search their company's ongoing and closed requests in the portal", async () => {
    const tag = word();
    const c = await newCase(contact1('faktureret'), 'support', { title: `Rapport ${tag}` });
    await readModel(c.number);
    await write(contact1('faktureret'), c.number, { body: `Tallene i ${tag} passer ikke.` });
    const contact = await signedIn(contact1('faktureret'));
    expect((await contact.get('/portal')).html).toContain('action="/portal/search"');
    const page = await contact.get(`/portal/search?q=${tag}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`data-case="${c.number}"`);
    expect(page.html).toContain(`<mark>${tag}</mark>`);
    const jump = await contact.get(`/portal/search?q=%23${c.number}`);
    expect(jump.location).toBe(`/portal/cases/${c.number}`);

    const other = await signedIn(contact1('basis'));
    const none = await other.get(`/portal/search?q=${tag}`);
    expect(none.html).not.toContain(`data-case="${c.number}"`);
    expect((await other.get(`/portal/search?q=%23${c.number}`)).status).toBe(200); // not theirs: no jump
    expect((await (await signedIn('godkender@faktureret.test')).get('/portal/search?q=x')).status).toBe(403);
    expect((await new PageClient().get('/portal/search?q=x')).status).toBe(302);
  });
});
