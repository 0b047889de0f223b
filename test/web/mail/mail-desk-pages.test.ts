// The desk's mail pages: the rejected-intake log (read a rejected mail, turn it into a case for a
// support contact, once), and the demo catch-all mailbox at /dev/mail, where staff answer a mail as
// its recipient and the answer goes through the SMTP listener onto the case — tried in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { randomUUID } from 'node:crypto';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { startMailDispatcher, type MailDispatcher } from '../../../worker/mail-dispatcher.js';
import { api, tokenFor } from '../../support/api-client.js';
import { PageClient } from '../../support/page-client.js';
import { testDatabase, closeTestDatabase, devServerClient, readModel } from '../../support/servers.js';
import { eventually, sendToDesk } from '../../support/mail.js';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';

let s: Services;
let agent: string;

beforeAll(async () => {
  // Demo data on and no SMTP_URL: this dispatcher delivers into the catch-all mailbox, as under `npm start`.
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', DEMO_DATA: 'on', SMTP_URL: '' }),
    log: pino({ level: 'silent' }),
  });
  agent = await tokenFor('agent@desk.test');
});
afterAll(closeTestDatabase);

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('rejected intake', () => {
  it('lists a rejected mail with reason and answer, shows it, and turns it into a case for a chosen contact once', async () => {
    const sender = `kollega-${randomUUID().slice(0, 6)}@basis.test`;
    const word = `Lønkørsel${randomUUID().slice(0, 6)}`;
    await sendToDesk({
      from: sender,
      subject: `${word} fejler`,
      text: 'Lønkørslen stopper ved trin 3.',
      attachments: [{ filename: 'fejl.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    const rejection = await eventually(
      () => s.db.models.IntakeRejection.findOne({ where: { sender } }),
      (r) => r !== null,
      15_000,
      'the rejection',
    );

    const desk = await new PageClient().login('agent@desk.test');
    const list = await desk.get('/desk/rejected-intake');
    expect(list.status).toBe(200);
    const row = list.html.slice(list.html.indexOf(`data-rejection="${rejection!.id}"`));
    expect(row.slice(0, 1500)).toContain(sender);
    expect(row.slice(0, 1500)).toContain('Ukendt afsender');
    expect(row.slice(0, 1500)).toContain('Besvaret med virksomhedens supportkontakter');

    const item = await desk.get(`/desk/rejected-intake/${rejection!.id}`);
    expect(item.html).toContain('Lønkørslen stopper ved trin 3.');
    expect(item.html).toContain('fejl.pdf');

    const bad = await desk.post(`/desk/rejected-intake/${rejection!.id}/case`, { contactEmail: sender, type: 'support' });
    expect(bad.status).toBe(422);
    const made = await desk.post(`/desk/rejected-intake/${rejection!.id}/case`, { contactEmail: 'kontakt2@basis.test', type: 'incident' });
    expect(made.status).toBe(302);
    const n = Number(/\/desk\/cases\/(\d+)/.exec(made.location ?? '')?.[1]);
    const doc = (await api('GET', `/cases/${n}`, { token: agent })).body;
    expect(doc).toMatchObject({ title: `${word} fejler`, type: 'incident', channel: 'mail', contact: { email: 'kontakt2@basis.test' } });
    expect(doc.description).toContain('Lønkørslen stopper ved trin 3.');
    expect(doc.attachments.map((a: { filename: string }) => a.filename)).toEqual(['fejl.pdf']);

    const again = await desk.post(`/desk/rejected-intake/${rejection!.id}/case`, { contactEmail: 'kontakt2@basis.test', type: 'incident' });
    expect(again.status).toBe(409);
    expect((await desk.get(`/desk/rejected-intake/${rejection!.id}`)).html).toContain(`/desk/cases/${n}`);

    const contact = await new PageClient().login('kontakt1@basis.test');
    expect((await contact.get('/desk/rejected-intake')).status).toBe(403);
  });
});

describe('the demo catch-all mailbox', () => {
  let dispatcher: MailDispatcher;
  beforeAll(() => {
    dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
  });
  afterAll(() => dispatcher.stop());

  it('is for staff only', async () => {
    const anonymous = await new PageClient().get('/dev/mail');
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
    const contact = await new PageClient().login('kontakt1@basis.test');
    expect((await contact.get('/dev/mail')).status).toBe(403);
  });

  it('shows the mail the desk sent, and a reply as its recipient lands on the case (in a browser)', async () => {
    const word = `Demoflow${randomUUID().slice(0, 6)}`;
    await sendToDesk({ from: 'kontakt1@hypercare.test', subject: `${word} i browseren`, text: 'Prøver hele mail-løkken.' });
    const { body } = await eventually(
      () => api('GET', `/cases?q=${word}`, { token: agent }),
      (r) => r.body.items?.length === 1,
      15_000,
      'the case',
    );
    const n: number = body.items[0].number;
    await readModel(n);
    while ((await dispatcher.runOnce()) > 0);

    const browser = await launchBrowser();
    try {
      const page = await newPage(browser);
      await loginAs(page, 'agent@desk.test');
      await page.goto('/dev/mail');
      // The acknowledgement of receipt to the contact (the desk's own notice about the case goes to staff).
      const link = page
        .locator('tr', { hasText: 'kontakt1@hypercare.test' })
        .locator('a', { hasText: `[#${n}]` })
        .first();
      await link.waitFor();
      await screenshot(page, 'dev-mail-list');
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.getByText('Message-ID').first().waitFor();
      expect(await page.textContent('body')).toContain('Auto-Submitted');
      await page.fill('textarea[name="text"]', `Svar fra browseren ${word}.`);
      await screenshot(page, 'dev-mail-open');
      await Promise.all([page.waitForURL((u) => u.pathname === '/dev/mail'), page.click('form[action$="/reply"] button[type="submit"]')]);

      const doc = await eventually(
        () => api('GET', `/cases/${n}`, { token: agent }),
        (r) => r.body.timeline?.some((e: { kind: string }) => e.kind === 'reply'),
        15_000,
        'the reply on the case',
      );
      expect(doc.body.timeline.find((e: { kind: string }) => e.kind === 'reply').text).toBe(`Svar fra browseren ${word}.`);
      await page.goto(`/desk/cases/${n}`);
      await page.getByText(`Svar fra browseren ${word}.`).first().waitFor();
      await screenshot(page, 'dev-mail-reply-on-case');
      await page.goto('/desk/rejected-intake');
      await screenshot(page, 'rejected-intake');

      const raw = await page.request.get(`${href}/raw`);
      expect(await raw.text()).toMatch(/^Message-ID: <n\d+\./m);
    } finally {
      await browser.close();
    }
  });
});
