// Each order type end to end in a real browser (headless Chromium) against the running product: a
// support contact orders it on the portal's "new request" page, the desk acknowledges and offers, the
// price approver accepts on the portal, the desk starts, delivers and closes, and the case bills
// exactly as configured. The support-contact order replaces a contact: the new person signs in with
// the invitation once the training is delivered, the replaced one cannot, and their open case shows
// the new contact. Screenshots land in test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from '../../support/browser.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { caseNumberOf, clickAndLoad, clickTo, decide, fillRequest, pathOf, requestValues, signIn, signOut, text, token } from '../../e2e/journeys.support.js';
import { ownCompany, type OwnCompany } from './orders-support.js';
import type { CaseType } from '../../../domain/types.js';

let browser: Browser;
let co: OwnCompany;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  co = await ownCompany('web-orders');
});
afterAll(async () => {
  await browser?.close();
  await closeTestDatabase();
});

async function page(email: string | null): Promise<Page> {
  const p = await newPage(browser);
  await p.context().route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  p.on('dialog', (d) => void d.accept());
  if (email) await signIn(p, email);
  pages.push(p);
  return p;
}

/** A contact orders `type` on the portal; returns the case number. */
async function order(p: Page, type: CaseType, values: Record<string, string>): Promise<number> {
  await clickTo(p, p.locator('nav.mainnav a[href="/portal/new"]'), /^\/portal\/new$/);
  await clickTo(p, p.locator(`ul.order-typechoice a[href="/portal/new/${type}"]`), new RegExp(`^/portal/new/${type}$`));
  await fillRequest(p, type, values);
  await screenshot(p, `orders-form-${type}`);
  await clickTo(p, p.locator('form button[type="submit"].primary'), /^\/portal\/cases\/\d+$/);
  expect(await text(p.locator('.flash-ok'))).toContain('Din henvendelse er modtaget');
  return caseNumberOf(p);
}

/** The approver accepts the order's offer on the portal case page. */
async function accept(p: Page, number: number, price: string): Promise<void> {
  await p.goto(`/portal/cases/${number}`);
  expect(await text(p.locator('.order-offer'))).toContain(price);
  await screenshot(p, `orders-portal-offer-${number}`);
  await clickAndLoad(p, p.getByRole('button', { name: 'Acceptér tilbud' }));
  expect(await text(p.locator('.flash-ok'))).toContain('Tilbuddet er accepteret');
}

/** The desk's billing lines on the case page, as [kind class, amount text]. */
async function billing(p: Page): Promise<string[][]> {
  const rows = p.locator('table.desk-billing tbody tr');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push([(await rows.nth(i).getAttribute('class')) ?? '', await text(rows.nth(i).locator('td').last())]);
  return out;
}

describe('orders in the browser', () => {
  it('course booking, consultancy and a support contact replacement, each from order to billed close', async () => {
    const contact = await page(co.contactA);
    const agent = await page('agent@desk.test');
    const approver = await page(co.approver);
    // Bent is signed in before he is replaced: the replacement ends that session too.
    const bentSignedIn = await page(co.contactB);
    await contact.goto('/portal/new');
    expect(await contact.locator('ul.order-typechoice li').count()).toBe(3);
    await screenshot(contact, 'orders-portal-new');

    // Bent's open case, which the replacement takes over.
    const bentsCase = await checkedApi('POST', '/cases', {
      token: await tokenFor(co.contactB),
      body: { type: 'product_idea', title: `Bents idé ${token()}`, description: 'Sortering efter kunde.', fields: { value: 'Overblik' } },
    });
    expect(bentsCase.status).toBe(201);

    // The desk's recommendation links to the order form filled in (replace Bent).
    await contact.goto(`/portal/new/contact_order?action=replace&replaces=${encodeURIComponent(co.contactB)}`);
    expect(await contact.inputValue('#f-action')).toBe('replace');
    expect(await contact.inputValue('#f-replaces')).toBe(co.contactB);

    const newEmail = `dorte-${token()}@${co.id}.test`;
    // What the offer form suggests (from the catalogue and the terms), what the desk offers, and what is billed.
    const cases: {
      type: CaseType;
      suggested: Record<string, string>;
      offer: Record<string, string>;
      price: string;
      work?: Record<string, string>;
      line: string[];
    }[] = [
      {
        // The catalogue's Grundkursus: 4.500 kr. per participant, three participants.
        type: 'course_booking',
        suggested: { price: '13.500,00' },
        offer: { text: 'Grundkursus 3. marts kl. 9–15 hos jer.' },
        price: '13.500,00 kr.',
        line: ['line-order_price', '13.500,00 kr.'],
      },
      {
        // The expected hours at the hourly rate are suggested; the desk offers fewer hours at another rate.
        type: 'consultancy',
        suggested: { hours: '10', rate: '950,00' },
        offer: { text: 'Op til 8 timer i november.', hours: '8', rate: '1.000,00' },
        price: '1.000,00 kr.',
        work: { minutes: '90' },
        line: ['line-time', '1.500,00 kr.'],
      },
      {
        // The contact training: 2 hours (standard) at the configured hourly rate.
        type: 'contact_order',
        suggested: { hours: '2', rate: '950,00' },
        offer: { text: 'Supportkontaktundervisning tirsdag kl. 9–11.' },
        price: '1.900,00 kr.',
        line: ['line-contact_training', '1.900,00 kr.'],
      },
    ];
    for (const c of cases) {
      const values = requestValues(c.type, `${c.type} ${token()}`);
      if (c.type === 'contact_order')
        Object.assign(values, { action: 'replace', replaces: co.contactB, email: newEmail, firstName: 'Dorte', lastName: 'Dahl' });
      const number = await order(contact, c.type, values);

      await agent.goto(`/desk/cases/${number}`);
      await decide(agent, 'acknowledge', { plan: 'Vi sender et tilbud i dag.' });
      await agent.locator('#action-offer summary').click();
      for (const [field, value] of Object.entries(c.suggested)) expect(await agent.inputValue(`#a-offer-${field}`), field).toBe(value);
      await screenshot(agent, `orders-desk-offer-${c.type}`);
      await decide(agent, 'offer', c.offer);
      await accept(approver, number, c.price);

      await agent.goto(`/desk/cases/${number}`);
      await decide(agent, 'start-work');
      if (c.work) await decide(agent, 'log-time', c.work);
      await decide(agent, 'deliver', { summary: 'Leveret som aftalt.' });
      await decide(agent, 'close');
      expect(await billing(agent)).toEqual([c.line]);
      if (c.type === 'contact_order') {
        const said = await text(agent.locator('ol.timeline, .timeline').first());
        expect(said).toContain('Dorte Dahl er supportkontakt og har fået en invitation til portalen');
        expect(said).toContain('erstatter Bent Test, som ikke længere har adgang');
        expect(said).toContain(`Dorte Dahl overtager den åbne sag #${bentsCase.body.number}`);
      }
      await screenshot(agent, `orders-desk-billed-${c.type}`);
    }

    // The new contact chooses a password with the invitation's link and signs in; Bent cannot any more.
    const dorte = (await testDatabase().models.Person.findOne({ where: { email: newEmail } }))!;
    const invitation = (await testDatabase().models.Notification.findOne({ where: { personId: dorte.id, template: 'invitation' } }))!;
    const fresh = await page(null);
    await fresh.goto(String(invitation.params.linkPath));
    await fresh.fill('#f-password', 'dortes-kodeord-1');
    await fresh.fill('#f-confirm', 'dortes-kodeord-1');
    await clickTo(fresh, fresh.locator('form button[type="submit"].primary'), /^\/portal$/);
    await signOut(fresh);
    expect(await signIn(fresh, newEmail, 'dortes-kodeord-1')).toBe('/portal');
    await screenshot(fresh, 'orders-new-contact-portal');
    const bent = await page(null);
    await bent.goto('/login');
    await bent.fill('input[name="email"]', co.contactB);
    await bent.fill('input[name="password"]', 'demo1234');
    await clickAndLoad(bent, bent.locator('form[action="/login"] button[type="submit"]'));
    expect(pathOf(bent)).toBe('/login');
    await bentSignedIn.goto('/portal');
    expect(pathOf(bentSignedIn)).toBe('/login');

    // Bent's open case now names Dorte as its contact.
    await agent.goto(`/desk/cases/${bentsCase.body.number}`);
    await expect.poll(async () => (await agent.reload(), await text(agent.locator('.case-side dl.facts')))).toContain('Dorte Dahl');
    const timeline = await text(agent.locator('ol.timeline, .timeline').first());
    expect(timeline).toContain('Ny supportkontakt på sagen');
    expect(timeline).toContain('fra Bent Test til Dorte Dahl');
    await screenshot(agent, 'orders-desk-moved-case');
    // Dorte finds it among her company's open cases in the portal.
    await fresh.goto(`/portal/cases/${bentsCase.body.number}`);
    expect(await text(fresh.locator('h1'))).toContain('Bents idé');
  });
});
