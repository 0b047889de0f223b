// What the access and fuzz suites point routes at: two customer companies (A = faktureret, B = basis),
// each with a case with a file, a withdrawn case and (A) a quote awaiting acceptance, each title holding
// the company's marker word; spare API tokens to revoke; a company of the suite's own with two contacts
// (so people routes never touch a login the suite uses); and a rejected intake.
import { randomUUID } from 'node:crypto';
import { ApiClient, PageSession, type Answer } from './http.js';

export const ACTORS = ['anonymous', 'contactA', 'approverA', 'contactB', 'approverB', 'agent', 'manager'] as const;
export type Actor = (typeof ACTORS)[number];
export type Side = 'A' | 'B';

export const EMAIL: Record<Exclude<Actor, 'anonymous'>, string> = {
  contactA: 'kontakt1@faktureret.test',
  approverA: 'godkender@faktureret.test',
  contactB: 'kontakt1@basis.test',
  approverB: 'godkender@basis.test',
  agent: 'agent@desk.test',
  manager: 'manager@desk.test',
};

export interface SideFixtures {
  company: string;
  /** A word in every title of this side's cases: it must never show up in the other side's answers. */
  marker: string;
  plain: number;
  attachment: number;
  closed: number;
  quote: number | null;
  /** API tokens of this side's contact that the routes may revoke (one per route that revokes). */
  spareTokens: number[];
  /** A published article for this side's company only (its title holds the marker), with an image. */
  article: number;
  articleImage: number;
  /** An announcement to this side's company only (its title holds the marker). */
  announcement: number;
}

export interface Fixtures {
  A: SideFixtures;
  B: SideFixtures;
  /** The suite's own company and its two contacts. */
  company: string;
  people: [number, number];
  rejection: number | null;
  /** An invoice of the suite's own company (no customer login belongs to it), and its month. */
  invoice: number | null;
  month: string;
  /** Articles no customer may read — a published internal one and a draft — whose titles hold `deskMarker`. */
  deskOnly: { internal: number; draft: number; image: number; spareDraft: number };
  deskMarker: string;
  /** The agent's own canned response. */
  canned: number;
  pages: Record<Actor, PageSession>;
  tokens: Record<Actor, ApiClient>;
}

export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

function must<T extends Answer>(a: T, ok: number[], what: string): T {
  if (!ok.includes(a.status)) throw new Error(`setting up the fixtures: ${what} answered ${a.status}: ${a.text.slice(0, 300)}`);
  return a;
}

/** Files a support case with a PNG through the portal form; its number. */
async function portalCase(page: PageSession, title: string): Promise<number> {
  await page.get('/portal/new/support');
  const form = new FormData();
  for (const [k, v] of Object.entries({
    _csrf: page.csrf ?? '',
    title,
    workflow: 'Fakturering',
    description: 'Til adgangstesten.',
    tried: 'Intet',
    expected: 'Svar',
  }))
    form.set(k, v);
  form.append('attachments', new Blob([PNG], { type: 'image/png' }), 'skaermbillede.png');
  const res = must(await page.post('/portal/new/support', form), [302, 303], 'filing a portal case');
  return Number(/\/portal\/cases\/(\d+)/.exec(res.location ?? '')?.[1]);
}

async function apiCase(client: ApiClient, type: string, title: string, fields: Record<string, unknown>): Promise<number> {
  const res = await client.call('POST', '/cases', { type, title, description: 'Til adgangstesten.', fields });
  must(res, [201], `filing a ${type}`);
  return (res.json as { number: number }).number;
}

async function decide(client: ApiClient, number: number, action: string, body: Record<string, unknown> = {}): Promise<void> {
  must(await client.call('POST', `/cases/${number}/actions/${action}`, body), [200], `${action} on #${number}`);
}

/** A billed phone case of the suite's own company, its month locked for that company alone and invoiced: the invoice's number. */
async function ownInvoice(tokens: Record<Actor, ApiClient>, company: string, contactEmail: string, month: string): Promise<number | null> {
  const res = await tokens.agent.call('POST', '/cases', {
    type: 'support',
    title: `Faktura ${company}`,
    description: 'Til adgangstesten.',
    channel: 'phone',
    contactEmail,
    fields: { workflow: 'Fakturering', tried: 'Intet', expected: 'Svar' },
  });
  const number = (must(res, [201], 'a phone case').json as { number: number }).number;
  for (const [action, body] of [
    ['acknowledge', { plan: 'Vi ringer.' }],
    ['qualify', {}],
    ['log-time', { minutes: 20 }],
    ['resolve', { summary: 'Løst.' }],
    ['close', {}],
  ] as const)
    await decide(tokens.agent, number, action, body);
  must(await tokens.manager.call('POST', `/billing/${month}/lock`, { company }), [200], 'locking the month');
  const made = must(await tokens.manager.call('POST', `/billing/${month}/invoices`, {}), [200, 201], 'making the invoices');
  return (made.json as { invoices: { number: number; company: string }[] }).invoices.find((i) => i.company === company)?.number ?? null;
}

async function spareTokens(email: string, base: string, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await new ApiClient(base, null).call('POST', '/tokens', { email, password: 'demo1234', label: `spare ${i}` });
    ids.push((must(res, [201], 'a spare token').json as { id: number }).id);
  }
  return ids;
}

async function side(base: string, f: Pick<Fixtures, 'pages' | 'tokens'>, s: Side, withQuote: boolean): Promise<SideFixtures> {
  const contact = f.tokens[s === 'A' ? 'contactA' : 'contactB'];
  const marker = `access${s}${randomUUID().slice(0, 8)}`;
  const plain = await portalCase(f.pages[s === 'A' ? 'contactA' : 'contactB'], `Sag ${marker} med fil`);
  const closed = await apiCase(contact, 'change_request', `Sag ${marker} trukket tilbage`, { businessReason: 'Test', priceMatters: 'no' });
  await decide(contact, closed, 'withdraw', { reason: 'Ikke længere aktuel.' });
  let quote: number | null = null;
  if (withQuote) {
    quote = await apiCase(contact, 'change_request', `Sag ${marker} med tilbud`, { businessReason: 'Test', priceMatters: 'yes' });
    await decide(f.tokens.agent, quote, 'acknowledge', { plan: 'Vi estimerer.' });
    await decide(f.tokens.agent, quote, 'qualify');
    await decide(f.tokens.agent, quote, 'quote', { estimationMinutes: 30, hours: 2, priceOre: 200_000 });
  }
  const doc = must(await f.tokens.agent.call('GET', `/cases/${plain}`), [200], 'reading the case').json as { attachments: { id: number }[] };
  const company = s === 'A' ? 'faktureret' : 'basis';
  const article = await knowledgeArticle(f, `Artikel ${marker}`, 'company', true, company);
  const announced = must(
    await f.tokens.manager.call('POST', '/announcements', { title: { da: `Meddelelse ${marker}` }, body: { da: 'Til adgangstesten.' }, companies: [company] }),
    [201],
    'an announcement',
  ).json as { id: number };
  return {
    company: s === 'A' ? 'faktureret' : 'basis',
    marker,
    plain,
    attachment: doc.attachments[0]?.id ?? 0,
    closed,
    quote,
    spareTokens: await spareTokens(EMAIL[s === 'A' ? 'contactA' : 'contactB'], base, 4),
    article: article.id,
    articleImage: article.image,
    announcement: announced.id,
  };
}

/** An article (published or a draft) with one image, written by the agent and published by the manager. */
async function knowledgeArticle(f: Pick<Fixtures, 'pages' | 'tokens'>, title: string, audience: string, publish: boolean, company?: string) {
  const created = must(
    await f.tokens.agent.call('POST', '/articles', {
      title: { da: title, en: title },
      body: { da: `${title}.`, en: `${title}.` },
      audience,
      ...(company ? { company } : {}),
    }),
    [201],
    'an article',
  ).json as { id: number };
  if (publish) must(await f.tokens.manager.call('POST', `/articles/${created.id}/publish`), [200], 'publishing an article');
  const page = f.pages.agent;
  await page.get(`/desk/knowledge/articles/${created.id}`);
  const form = new FormData();
  form.set('_csrf', page.csrf ?? '');
  form.append('images', new Blob([PNG], { type: 'image/png' }), 'skaerm.png');
  must(await page.post(`/desk/knowledge/articles/${created.id}/images`, form), [302, 303], 'an article image');
  const html = (await page.get(`/desk/knowledge/articles/${created.id}`)).text;
  const image = Number(/\(image:(\d+)\)/.exec(html)?.[1] ?? 0);
  return { id: created.id, image };
}

export async function createFixtures(base: string): Promise<Fixtures> {
  const signedIn = ACTORS.filter((a): a is Exclude<Actor, 'anonymous'> => a !== 'anonymous');
  const pages = { anonymous: new PageSession(base) } as Record<Actor, PageSession>;
  const tokens = { anonymous: new ApiClient(base, null) } as Record<Actor, ApiClient>;
  await pages.anonymous.get('/login');
  for (const a of signedIn) {
    pages[a] = await PageSession.signIn(base, EMAIL[a]);
    tokens[a] = await ApiClient.signIn(base, EMAIL[a]);
  }
  const A = await side(base, { pages, tokens }, 'A', true);
  const B = await side(base, { pages, tokens }, 'B', false);

  const company = `reliability-${randomUUID().slice(0, 8)}`;
  const mgr = pages.manager;
  await mgr.get('/admin/companies/new');
  must(
    await mgr.postForm('/admin/companies/new', { id: company, name: `Pålidelighed ${company}`, solutionType: 'standard', firstTrainingDay: '' }),
    [302, 303],
    'a company',
  );
  for (const first of ['Mia', 'Max']) {
    await mgr.get(`/admin/companies/${company}`);
    must(
      await mgr.postForm(`/admin/companies/${company}/contacts`, {
        firstName: first,
        lastName: 'Test',
        email: `${first.toLowerCase()}.${company}@reliability.test`,
        locale: 'da',
      }),
      [302, 303],
      'a contact',
    );
  }
  const page = await mgr.get(`/admin/companies/${company}`);
  const people = [...new Set([...page.text.matchAll(/\/people\/(\d+)\//g)].map((m) => Number(m[1])))];
  if (people.length < 2) throw new Error(`setting up the fixtures: the company page lists ${people.length} people`);

  await tokens.agent.call('POST', '/inbound-mail', { from: `stranger-${company}@nowhere.test`, subject: `Hej ${company}`, text: 'Kan I hjælpe?' });
  const list = await pages.agent.get('/desk/rejected-intake');
  const rejection = Number(/\/desk\/rejected-intake\/(\d+)/.exec(list.text)?.[1] ?? 0) || null;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 7);
  const invoice = await ownInvoice(tokens, company, `mia.${company}@reliability.test`, month);
  const deskMarker = `desk${randomUUID().slice(0, 8)}`;
  const internal = await knowledgeArticle({ pages, tokens }, `Intern ${deskMarker}`, 'internal', true);
  const draft = await knowledgeArticle({ pages, tokens }, `Kladde ${deskMarker}`, 'public', false);
  // The draft the state-changing routes point at (a desk manager's publish there is permitted, and done): no marker.
  const spareDraft = await knowledgeArticle({ pages, tokens }, `Kladde til udgivelse ${randomUUID().slice(0, 8)}`, 'public', false);
  const canned = must(
    await tokens.agent.call('POST', '/canned-responses', { name: `Adgang ${deskMarker}`, text: { da: 'Hej {{contact.firstName}}' }, shared: false }),
    [201],
    'a canned response',
  ).json as { id: number };
  return {
    A,
    B,
    company,
    people: [people[0]!, people[1]!],
    rejection,
    invoice,
    month,
    deskOnly: { internal: internal.id, draft: draft.id, image: internal.image, spareDraft: spareDraft.id },
    deskMarker,
    canned: canned.id,
    pages,
    tokens,
  };
}
