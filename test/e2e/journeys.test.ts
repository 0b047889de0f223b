// The main user journeys in a real browser (headless Chromium): a support contact files each of the
// four request types; an agent acknowledges a case and asks a question that the contact answers; a
// change request is quoted at the desk and accepted by the price approver in two clicks; contacts
// and agents switch between Danish and English. Every page is watched for script errors, CSP
// violations, failed requests and broken links; screenshots of the main pages are kept under
// test-artifacts/screenshots/journey-*.png for people to look at.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from '../support/browser.js';
import { closeTestDatabase } from '../support/servers.js';
import type { CaseType } from '../../domain/types.js';
import {
  DANISH_DATE,
  ENGLISH_DATE,
  PNG,
  PageWatch,
  brokenLinks,
  caseNumberOf,
  clickAndLoad,
  clickTo,
  decide,
  fillRequest,
  newPerson,
  pathOf,
  readModel,
  requestValues,
  signIn,
  signOut,
  switchLanguage,
  text,
  timeTexts,
  token,
} from './journeys.support.js';

let browser: Browser;
let watches: PageWatch[] = [];
let links: string[] = [];
/** The cases filed in the first journey, by type. */
const filed: Partial<Record<CaseType, { number: number; title: string }>> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

/** A fresh browser (own cookies), watched; a failing test leaves a screenshot of where it was. */
async function open(who: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await newPage(browser);
  const watch = new PageWatch(page, who);
  watches.push(watch);
  onTestFailed(async () => {
    if (!page.isClosed()) await screenshot(page, `journey-failure-${who}`).catch(() => undefined);
  });
  return { page, watch };
}

/** A screenshot of a main page, and a check of the links on it. */
async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `journey-${name}`);
  links.push(...(await brokenLinks(page)));
}

/** Fails on anything the watched pages did wrong during the test, then closes them. */
async function finish(): Promise<void> {
  const problems = watches.flatMap((w) => w.problems);
  for (const w of watches) await w.page.context().close();
  watches = [];
  const broken = links;
  links = [];
  expect(problems, 'script errors, CSP violations or failed requests').toEqual([]);
  expect(broken, 'broken links').toEqual([]);
}

const badge = (page: Page) => text(page.locator('.page-head .badge').first());

describe('main journeys in the browser', () => {
  it('a support contact files each of the four request types', async () => {
    const { page, watch } = await open('contact');
    expect(await signIn(page, 'kontakt1@udvidet.test')).toBe('/portal');
    await shoot(page, 'portal-ongoing');
    const word = token();

    for (const type of ['support', 'incident', 'change_request', 'product_idea'] as const) {
      await clickTo(page, page.locator('nav.mainnav a[href="/portal/new"]'), /^\/portal\/new$/);
      if (type === 'support') await shoot(page, 'portal-new');
      await clickTo(page, page.locator(`ul.typechoice a[href="/portal/new/${type}"]`), new RegExp(`^/portal/new/${type}$`));
      const title = `${type} ${word}: ${{ support: 'Kreditnota på bogført faktura', incident: 'Fakturaer kan ikke sendes', change_request: 'PO-nummer på ordren', product_idea: 'Sortér ordrer efter kunde' }[type]}`;
      const values = requestValues(type, title);

      if (type === 'incident') {
        // First without the number of users: the form comes back with the message next to that field.
        await fillRequest(page, type, { ...values, affectedUsers: '' });
        await page.setInputFiles('input[type=file]', { name: 'fejl.png', mimeType: 'image/png', buffer: PNG });
        watch.allow(422, '/portal/new/incident');
        await clickAndLoad(page, page.locator('form button[type="submit"].primary'));
        expect(pathOf(page)).toBe('/portal/new/incident');
        const field = page.locator('.field:has(#f-affectedUsers)');
        expect(await field.getAttribute('class')).toContain('has-error');
        expect(await text(field.locator('#f-affectedUsers-error'))).toBe('Skal udfyldes.');
        expect(await page.getAttribute('#f-affectedUsers', 'aria-invalid')).toBe('true');
        expect(await page.locator('.field.has-error').count(), 'only the missing field is in error').toBe(1);
        expect(await page.locator(':focus').getAttribute('id'), 'focus lands on the field in error').toBe('f-affectedUsers');
        for (const name of ['title', 'since', 'description', 'steps', 'expected', 'actual'])
          expect(await page.inputValue(`#f-${name}`), name).toBe(values[name]);
        expect(await page.isChecked('#f-trained')).toBe(true);
        // The file chosen is kept (issue 20): offered again as a ticked box, sent with the next attempt.
        const kept = page.locator('.kept-files input[name="kept_upload"]');
        expect(await kept.count(), 'keeps the file chosen').toBe(1);
        expect(await kept.isChecked()).toBe(true);
        expect(await text(page.locator('.kept-files label'))).toContain('fejl.png');
        await shoot(page, 'portal-form-incident-errors');
        await page.fill('#f-affectedUsers', values.affectedUsers!);
      } else {
        await fillRequest(page, type, values);
      }
      await shoot(page, `portal-form-${type}`);
      await clickTo(page, page.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);

      const number = caseNumberOf(page);
      filed[type] = { number, title };
      expect(await text(page.locator('.flash-ok'))).toContain(`Din henvendelse er modtaget som sag #${number}.`);
      expect(await text(page.locator('h1'))).toBe(`#${number} ${title}`);
      expect(await badge(page)).toBe('Modtaget');
      // The screenshot is listed with the case's files and on the timeline with the receipt.
      if (type === 'incident') expect(await page.locator('ul.files:not(.timeline-files) a').allTextContents()).toEqual(['fejl.png']);
      if (type === 'incident') expect(await page.locator('li.k-received ul.timeline-files a').allTextContents()).toEqual(['fejl.png']);
      if (type === 'change_request') expect(await text(page.locator('dl.request-fields'))).toContain('Nej');
      await shoot(page, `portal-case-${type}`);
    }

    await clickTo(page, page.locator('nav.mainnav a[href="/portal"]'), /^\/portal$/);
    expect(await text(page.locator('h1'))).toBe('Igangværende henvendelser');
    for (const { number, title } of Object.values(filed)) {
      const row = page.locator(`tbody tr:has(a[href="/portal/cases/${number}"])`);
      expect(await row.count(), `case #${number} is listed`).toBe(1);
      expect(await text(row)).toContain(title);
      expect(await text(row.locator('.badge'))).toBe('Modtaget');
    }
    await shoot(page, 'portal-ongoing-four');
    await finish();
  });

  it('an agent acknowledges a case and asks a question; the contact answers', async () => {
    expect(filed.support, 'the support request of the first journey').toBeDefined();
    const { number, title } = filed.support!;
    const agent = (await open('agent')).page;
    expect(await signIn(agent, 'agent@desk.test')).toBe('/desk');
    await agent.goto(`/desk?q=${number}`);
    expect(await agent.locator(`tr[data-case="${number}"]`).count()).toBe(1);
    await shoot(agent, 'desk-queue');
    await clickTo(agent, agent.locator(`tr[data-case="${number}"] a[href="/desk/cases/${number}"]`).first(), new RegExp(`^/desk/cases/${number}$`));
    expect(await badge(agent)).toBe('Modtaget');
    await shoot(agent, 'desk-case-received');

    const plan = 'Vi finder ud af, hvorfor Kreditér er grå, og vender tilbage i dag.';
    await decide(agent, 'acknowledge', { plan });
    await decide(agent, 'qualify');
    expect(await badge(agent)).toBe('Under behandling');
    const question = 'Er fakturaen allerede betalt af kunden? Kreditering kræver, at betalingen er udlignet.';
    await decide(agent, 'ask-customer', { message: question });
    expect(await text(agent.locator('.flash-ok'))).toBe('Spørgsmålet er sendt til kunden.');
    expect(await badge(agent)).toBe('Afventer kunden');
    await shoot(agent, 'desk-case-asked');

    const contact = (await open('contact')).page;
    await signIn(contact, 'kontakt1@udvidet.test');
    const row = contact.locator(`tbody tr:has(a[href="/portal/cases/${number}"])`);
    expect(await text(row), 'the ongoing list says who is waiting').toContain('Afventer jeres svar');
    await clickTo(contact, row.locator(`a[href="/portal/cases/${number}"]`).last(), new RegExp(`^/portal/cases/${number}$`));
    expect(await text(contact.locator('h1'))).toBe(`#${number} ${title}`);
    expect(await text(contact.locator('section.next-step'))).toContain('Afventer jeres svar');
    expect(await text(contact.locator('.reply-card h2'))).toBe('Servicedesken venter på jeres svar');
    expect(await text(contact.locator('.reply-card blockquote.question'))).toContain(question);
    expect(await text(contact.locator('ol.timeline'))).toContain(plan);
    await shoot(contact, 'portal-case-question');

    const answer = 'Ja, den er betalt den 3. marts, men betalingen står stadig som ikke udlignet.';
    await contact.fill('#a-reply-message', answer);
    await clickAndLoad(contact, contact.getByRole('button', { name: 'Send svar' }));
    expect(pathOf(contact)).toBe(`/portal/cases/${number}`);
    expect(await text(contact.locator('.flash-ok'))).toBe('Dit svar er sendt til servicedesken.');
    expect(await badge(contact)).toBe('Under behandling');
    expect(await text(contact.locator('section.next-step'))).not.toContain('Afventer jeres svar');
    expect(await text(contact.locator('ol.timeline'))).toContain(answer);
    await shoot(contact, 'portal-case-replied');

    await agent.reload();
    expect(await badge(agent)).toBe('Under behandling');
    expect(await text(agent.locator('#timeline ol.timeline'))).toContain(answer);
    await shoot(agent, 'desk-case-reply');
    await finish();
  });

  it('a change request is quoted at the desk and accepted by the price approver in two clicks', async () => {
    const filer = (await open('filer')).page;
    await signIn(filer, 'kontakt2@faktureret.test');
    await filer.goto('/portal/new/change_request');
    const title = `Ny eksport til lønsystemet ${token()}`;
    await fillRequest(filer, 'change_request', requestValues('change_request', title));
    await clickTo(filer, filer.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);
    const number = caseNumberOf(filer);
    expect(await badge(filer)).toBe('Modtaget');

    const agent = (await open('agent')).page;
    await signIn(agent, 'agent@desk.test');
    await agent.goto(`/desk/cases/${number}`);
    await decide(agent, 'acknowledge', { plan: 'Vi estimerer eksporten og sender et tilbud.' });
    await decide(agent, 'qualify');
    expect(await badge(agent)).toBe('Estimeres');
    await agent.locator('#action-quote summary').click();
    await shoot(agent, 'desk-quote-form');
    await decide(agent, 'quote', { estimationMinutes: '45', hours: '2,5', price: '2.500,00' });
    expect(await badge(agent)).toBe('Tilbud afventer accept');
    expect(await text(agent.locator('.case-side'))).toContain('2.500,00 kr.');
    await shoot(agent, 'desk-case-quoted');

    await filer.reload();
    expect(await badge(filer)).toBe('Tilbud afventer accept');
    expect(await text(filer.locator('#quote-heading + dl'))).toContain('2.500,00 kr.');
    expect(await filer.locator('button', { hasText: 'Acceptér tilbud' }).count(), 'a contact without the approval right cannot accept').toBe(0);
    expect(await text(filer.locator('.offer-card .notice'))).toContain('prisgodkender');
    await shoot(filer, 'portal-quote-contact');

    const approver = (await open('approver')).page;
    const asked: string[] = [];
    approver.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    expect(await signIn(approver, 'godkender@faktureret.test'), 'the approver lands on the approvals list').toBe('/portal/approvals');
    const offer = approver.locator('li.offer', { has: approver.locator(`a[href="/portal/cases/${number}"]`) });
    expect(await text(offer)).toContain('2.500,00 kr.');
    await shoot(approver, 'portal-approvals');
    await clickTo(approver, approver.getByRole('link', { name: `#${number} ${title}` }), new RegExp(`^/portal/cases/${number}$`)); // click 1
    expect(await badge(approver)).toBe('Tilbud afventer accept');
    await shoot(approver, 'portal-approver-quote');
    await clickAndLoad(approver, approver.getByRole('button', { name: 'Acceptér tilbud' })); // click 2, and the confirmation
    expect(asked).toEqual(['Acceptér tilbuddet på 2.500,00 kr.?']);
    expect(pathOf(approver)).toBe(`/portal/cases/${number}`);
    expect(await text(approver.locator('.flash-ok'))).toBe('Tilbuddet er accepteret. Servicedesken går i gang.');
    expect(await badge(approver)).toBe('Tilbud accepteret');
    await shoot(approver, 'portal-quote-accepted');
    await clickTo(approver, approver.locator('a[href="/portal/approvals"]').first(), /^\/portal\/approvals$/);
    expect(await text(approver.locator('section[aria-labelledby="answered-heading"]'))).toContain(title);
    await shoot(approver, 'portal-approvals-answered');

    await agent.reload();
    expect(await badge(agent)).toBe('Tilbud accepteret');
    expect(await text(agent.locator('.case-side'))).toContain('Accepteret');
    await shoot(agent, 'desk-case-accepted');
    expect((await readModel(number, (r) => r.status === 'accepted')).status).toBe('accepted');
    await finish();
  });

  it('a contact and an agent switch to English and back, and keep their choice across logins', async () => {
    const password = 'journey-password-1';
    const contactEmail = await newPerson('contact', 'udvidet', password);
    const agentEmail = await newPerson('agent', null, password);
    const { page } = await open('en-contact');

    expect(await signIn(page, contactEmail, password)).toBe('/portal');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await switchLanguage(page, 'en');
    expect(await text(page.locator('h1'))).toBe('Ongoing requests');
    expect(await text(page.locator('.page-head a.button'))).toBe('New request');
    expect(await page.locator('nav.mainnav a').allTextContents()).toEqual(['New request', 'Ongoing', 'Closed', 'Help']);
    expect(await text(page.locator('form[action="/logout"] button'))).toBe('Log out');
    for (const t of await timeTexts(page)) expect(t).toMatch(ENGLISH_DATE);
    await shoot(page, 'en-portal-ongoing');

    await clickTo(page, page.locator('nav.mainnav a[href="/portal/new"]'), /^\/portal\/new$/);
    expect(await text(page.locator('h1'))).toBe('New request');
    expect(await text(page.locator('a[href="/portal/new/support"] strong'))).toBe('I need help');
    expect(await text(page.locator('.portal-notes h2'))).toBe('Good to know');
    await shoot(page, 'en-portal-new');
    await clickTo(page, page.locator('a[href="/portal/new/support"]'), /^\/portal\/new\/support$/);
    expect(await page.locator('label[for="f-title"]').textContent()).toContain('Subject');
    const title = `Credit note on a posted invoice ${token()}`;
    await fillRequest(page, 'support', { ...requestValues('support', title), workflow: 'Invoicing', description: 'How do I credit a posted invoice?' });
    expect(await text(page.locator('form button[type="submit"].primary'))).toBe('Send the request');
    await clickTo(page, page.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);
    const number = caseNumberOf(page);
    const flash = await text(page.locator('.flash-ok'));
    expect(flash).toMatch(new RegExp(`^Your request has been received as case #${number}\\. We will respond by (.+)\\.$`));
    expect(/respond by (.+)\.$/.exec(flash)![1]).toMatch(ENGLISH_DATE);
    expect(await badge(page)).toBe('Received');
    expect(await text(page.locator('#next-heading'))).toBe('Next step');
    expect(await text(page.locator('#timeline-heading'))).toBe('Timeline');
    expect(await text(page.locator('#facts-heading'))).toBe('About the case');
    const dates = await timeTexts(page);
    expect(dates.length).toBeGreaterThan(1);
    for (const t of dates) expect(t).toMatch(ENGLISH_DATE);
    await shoot(page, 'en-portal-case');

    await signOut(page);
    expect(await signIn(page, contactEmail, password)).toBe('/portal');
    expect(await page.getAttribute('html', 'lang'), 'English is kept after logging in again').toBe('en');
    expect(await text(page.locator('h1'))).toBe('Ongoing requests');
    await page.goto(`/portal/cases/${number}`);
    await switchLanguage(page, 'da');
    expect(await badge(page)).toBe('Modtaget');
    expect(await text(page.locator('#next-heading'))).toBe('Næste skridt');
    for (const t of await timeTexts(page)) expect(t).toMatch(DANISH_DATE);
    await page.goto('/portal');
    expect(await text(page.locator('h1'))).toBe('Igangværende henvendelser');
    await shoot(page, 'da-portal-ongoing');

    const desk = (await open('en-agent')).page;
    expect(await signIn(desk, agentEmail, password)).toBe('/desk');
    expect(await text(desk.locator('h1'))).toContain('Køen');
    await switchLanguage(desk, 'en');
    expect(await text(desk.locator('h1'))).toContain('The queue');
    expect(await text(desk.locator('.page-head a.button'))).toBe('Register a call or mail');
    expect(await desk.locator('nav.mainnav a').allTextContents()).toEqual([
      'Queue',
      'Register a call',
      'Rejected intake',
      'Mail (demo)',
      'Competence',
      'Knowledge',
    ]);
    for (const t of await timeTexts(desk)) expect(t).toMatch(ENGLISH_DATE);
    await shoot(desk, 'en-desk-queue');
    await desk.goto(`/desk/cases/${number}`);
    expect(await badge(desk)).toBe('Received');
    expect(await text(desk.locator('#actions-heading'))).toBe('Actions');
    expect(await text(desk.locator('#action-acknowledge summary'))).toBe('Acknowledge with a plan');
    for (const t of await timeTexts(desk)) expect(t).toMatch(ENGLISH_DATE);
    await shoot(desk, 'en-desk-case');

    await signOut(desk);
    expect(await signIn(desk, agentEmail, password)).toBe('/desk');
    expect(await desk.getAttribute('html', 'lang'), 'English is kept after logging in again').toBe('en');
    expect(await text(desk.locator('h1'))).toContain('The queue');
    await switchLanguage(desk, 'da');
    expect(await text(desk.locator('h1'))).toContain('Køen');
    for (const t of await timeTexts(desk)) expect(t).toMatch(DANISH_DATE);
    await shoot(desk, 'da-desk-queue');
    await finish();
  });
});
