// What the every-page test visits with: cases of Basis ApS in the states whose pages differ (a new
// request, one waiting on the customer with a follower, a quote and a course offer awaiting the
// approver, a resolved and a closed, rated case), a rejected mail, a mail in the demo mailbox with an
// encoded subject, a password link, a signed rating link and a saved view of the queue. Titles and answers are long and hold long unbroken words, so a page that cannot wrap shows it.
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Services } from '../../../services/context.js';
import { issueLinkToken } from '../../../services/people/sign-in.js';
import { ratingLinkPath } from '../../../services/cases/satisfaction/rating-links.js';
import { saveView } from '../../../services/people/saved-views.js';
import { AGENT, MANAGER, act, approver, contact1, newCase } from '../../support/api-cases.js';
import { api, tokenFor } from '../../support/api-client.js';
import { readModel, testDatabase } from '../../support/servers.js';
import type { Role } from './page-list.js';

export const COMPANY = 'basis';
export const LOGINS: Record<Exclude<Role, 'anonymous'>, string> = {
  contact: contact1(COMPANY),
  approver: approver(COMPANY),
  agent: AGENT,
  manager: 'manager@desk.test',
};

export interface PageFixtures {
  /** Case numbers each role opens its case pages with. */
  cases: Partial<Record<Role, number[]>>;
  company: string;
  contactPerson: number;
  devMail: number;
  rejection: number;
  linkToken: string;
  /** A signed one-click rating link (the resolved case, its contact, 4 stars): its path's parts and its query. */
  ratingLink: { caseNumber: number; score: number; query: string };
  /** Knowledge articles: one published for the public, one draft. */
  articles: { published: number; draft: number };
  /** An announcement to the fixtures' company. */
  announcement: number;
}

const LONG_WORD = 'https://erp.basis.example/økonomi/fakturering/kreditnotaer/udkast?id=4711&visning=detaljeret';

async function supportCase(what: string) {
  return newCase(contact1(COMPANY), 'support', {
    title: `${what}: kreditnotaen til ordre 4711 kan ikke sendes fra fakturaoversigten (${randomUUID().slice(0, 6)})`,
    description: `Når jeg trykker Send på kreditnotaen, sker der ingenting. Se ${LONG_WORD}`,
    fields: {
      workflow: 'Fakturering → kreditnotaer → send til kunde',
      tried: `Genstartet browseren, logget ind igen og prøvet fra ${LONG_WORD}`,
      expected: 'At kreditnotaen bliver sendt til kunden som PDF og bogført med det samme',
    },
  });
}

async function deskCases(): Promise<{ contact: number[]; approver: number[]; resolved: number }> {
  const received = await supportCase('Ny');
  const waiting = await supportCase('Venter');
  await act(AGENT, waiting.number, 'acknowledge', { plan: 'Vi ser på det i dag.' });
  await act(AGENT, waiting.number, 'ask-customer', { message: 'Hvilket ordrenummer drejer det sig om?' });
  await act(contact1(COMPANY), waiting.number, 'add-follower', { email: approver(COMPANY) });
  const resolved = await supportCase('Løst');
  await act(AGENT, resolved.number, 'acknowledge', { plan: 'Vi ser på det i dag.' });
  await act(AGENT, resolved.number, 'qualify', {});
  await act(AGENT, resolved.number, 'resolve', { summary: 'Kreditnotaen sendes nu; indstillingen for PDF var slået fra.' });
  const closed = await supportCase('Lukket');
  await act(AGENT, closed.number, 'acknowledge', { plan: 'Vi ser på det i dag.' });
  await act(AGENT, closed.number, 'qualify', {});
  await act(AGENT, closed.number, 'log-time', { minutes: 20 });
  await act(AGENT, closed.number, 'resolve', { summary: 'Løst.' });
  await act(AGENT, closed.number, 'close', {});
  await act(contact1(COMPANY), closed.number, 'rate', { score: 4, comment: `Hurtigt og venligt svar. Se ${LONG_WORD}` });
  const quote = await newCase(contact1(COMPANY), 'change_request', {
    title: `Nyt felt til indkøbsordrenummer på ordren og fakturaen (${randomUUID().slice(0, 6)})`,
    fields: { businessReason: 'Vores største kunder kræver PO-nummeret på fakturaen', priceMatters: 'no' },
  });
  await act(AGENT, quote.number, 'acknowledge', { plan: 'Vi estimerer ændringen.' });
  await act(AGENT, quote.number, 'qualify', {});
  await act(AGENT, quote.number, 'quote', {
    estimationMinutes: 60,
    hours: 12,
    priceOre: 1_140_000,
    scope: 'Felt på ordre og faktura, med i udskrift og eksport.',
  });
  const course = await newCase(contact1(COMPANY), 'course_booking', {
    title: `Grundkursus for to nye medarbejdere i bogholderiet (${randomUUID().slice(0, 6)})`,
    fields: { course: 'rapporter', participants: [{ name: 'Anna Holm', email: 'anna.holm@basis.test' }], period: 'Marts', onSite: false },
  });
  await act(AGENT, course.number, 'acknowledge', { plan: 'Vi sender et tilbud.' });
  await act(AGENT, course.number, 'offer', { text: 'Rapportkursus den 12. marts, online, 3 timer.', priceOre: 1_100_000 });
  const all = [received, waiting, resolved, closed, quote, course].map((c) => c.number as number);
  for (const n of all) await readModel(n);
  return { contact: all, approver: [quote.number, course.number, waiting.number], resolved: resolved.number };
}

/** A mail kept by the demo mailbox, its subject encoded as mail headers carry it (RFC 2047). */
async function devMail(): Promise<number> {
  const subject = '[#1042] Vi har modtaget din henvendelse – Ændring af fakturaen';
  const encoded = `=?UTF-8?Q?${Buffer.from(subject).toString('hex').replace(/../g, '=$&').toUpperCase()}?=`;
  const raw = [
    'From: Service Desk <support@desk.test>',
    'To: kontakt1@basis.test',
    `Subject: ${encoded}`,
    `Message-ID: <${randomUUID()}@desk.test>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hej Karin\n\nVi har modtaget din henvendelse. Se ${LONG_WORD}\n`,
  ].join('\r\n');
  const [rows] = (await testDatabase().sequelize.query(
    'INSERT INTO dev_mails (message_id, recipient, subject, raw) VALUES (:id, :to, :subject, :raw) RETURNING id',
    {
      replacements: { id: randomUUID(), to: 'kontakt1@basis.test', subject: encoded, raw: Buffer.from(raw) },
      type: QueryTypes.INSERT,
    },
  )) as unknown as [{ id: string }[]];
  return Number(rows[0]!.id);
}

async function rejection(): Promise<number> {
  const sender = `ukendt-${randomUUID().slice(0, 8)}@andetfirma.test`;
  const res = await api('POST', '/inbound-mail', {
    token: await tokenFor(AGENT),
    body: { from: sender, subject: 'Kan I hjælpe med lønkørslen?', text: 'Hej, lønnen er ikke kørt.' },
  });
  if (res.status >= 300) throw new Error(`inbound mail: ${res.status} ${JSON.stringify(res.body)}`);
  for (let i = 0; i < 100; i += 1) {
    const [row] = await testDatabase().sequelize.query<{ id: string }>('SELECT id FROM intake_rejections WHERE sender = :sender ORDER BY id DESC LIMIT 1', {
      replacements: { sender },
      type: QueryTypes.SELECT,
    });
    if (row) return Number(row.id);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no rejected intake for ${sender}`);
}

async function created(email: string, path: string, body: unknown): Promise<number> {
  const res = await api('POST', path, { token: await tokenFor(email), body });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: number }).id;
}

/** A published public article, a draft, a shared canned response and an announcement to Basis ApS. */
async function knowledge(): Promise<{ articles: PageFixtures['articles']; announcement: number }> {
  const article = (what: string) => ({
    title: { da: `${what}: sådan sender du kreditnotaer fra fakturaoversigten`, en: `${what}: sending credit notes from the invoice list` },
    body: { da: `Åbn fakturaoversigten og vælg kreditnotaen. Se ${LONG_WORD}`, en: `Open the invoice list and choose the credit note. See ${LONG_WORD}` },
    audience: 'public',
    category: 'general',
  });
  const published = await created(AGENT, '/articles', article('Vejledning'));
  const publish = await api('POST', `/articles/${published}/publish`, { token: await tokenFor(MANAGER) });
  if (publish.status !== 200) throw new Error(`publish: ${publish.status} ${JSON.stringify(publish.body)}`);
  const draft = await created(AGENT, '/articles', article('Udkast'));
  await created(AGENT, '/canned-responses', {
    name: 'Kvittering for fakturaspørgsmål',
    text: { da: `Hej {{contact.firstName}}, vi har modtaget sag #{{case.number}}. Se ${LONG_WORD}`, en: null },
    shared: true,
  });
  const announcement = await created(MANAGER, '/announcements', {
    title: { da: 'Ny version af fakturamodulet med kreditnotaer til kunder', en: 'A new version of the invoice module' },
    body: { da: `Kreditnotaer kan nu sendes direkte. Se ${LONG_WORD}`, en: `Credit notes can now be sent directly. See ${LONG_WORD}` },
    companies: [COMPANY],
    important: true,
  });
  return { articles: { published, draft }, announcement };
}

/** A customer company whose long name must wrap in the company list's card on a phone. */
async function longNamedCompany(): Promise<void> {
  await testDatabase().models.Company.findOrCreate({
    where: { id: 'langt-navn' },
    defaults: {
      id: 'langt-navn',
      name: 'Nordjyllands Lønadministrations- og Bogføringsservicefællesskab ApS',
      solutionType: 'standard',
      firstTrainingDay: null,
    },
  });
}

export async function pageFixtures(): Promise<PageFixtures> {
  const db = testDatabase();
  await longNamedCompany();
  const { contact, approver: quotes, resolved } = await deskCases();
  const person = (await db.models.Person.findOne({ where: { email: contact1(COMPANY) } }))!;
  const invited = await db.models.Person.findOne({ where: { email: 'kontakt2@basis.test' } });
  const agent = (await db.models.Person.findOne({ where: { email: AGENT } }))!;
  const s = { db, now: () => Date.now() } as unknown as Services;
  await saveView(s, agent, `Mine åbne sager hos Basis ApS (${randomUUID().slice(0, 6)})`, `company=${COMPANY}&mine=on&sort=-received`);
  const rating = { caseNumber: resolved, personId: person.id, score: 4 };
  const ratingPath = await ratingLinkPath(s, rating);
  return {
    cases: { anonymous: [contact[0]!], contact, approver: quotes, agent: contact, manager: [contact[0]!, quotes[0]!] },
    company: COMPANY,
    contactPerson: person.id,
    devMail: await devMail(),
    rejection: await rejection(),
    linkToken: await issueLinkToken(s, invited!, 'reset'),
    ratingLink: { caseNumber: resolved, score: rating.score, query: ratingPath.slice(ratingPath.indexOf('?')) },
    ...(await knowledge()),
  };
}
