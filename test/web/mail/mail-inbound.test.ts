// E-mail as a real channel, through the real protocols: mails sent with nodemailer to the product's
// embedded SMTP listener become cases, replies and rejections; the desk's own mails, captured by a real
// SMTP receiver, carry the headers that thread them and keep machines quiet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { QueryTypes } from 'sequelize';
import { randomUUID } from 'node:crypto';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { startMailDispatcher, type MailDispatcher } from '../../../worker/mail-dispatcher.js';
import { api, tokenFor } from '../../support/api-client.js';
import { testDatabase, closeTestDatabase, devServerClient, readModel } from '../../support/servers.js';
import { eventually, sendToDesk, startMailCatcher, type MailCatcher } from '../../support/mail.js';
import { launchBrowser, loginAs, newPage, screenshot } from '../../support/browser.js';

let s: Services;
let catcher: MailCatcher;
let dispatcher: MailDispatcher;
let agent: string;

beforeAll(async () => {
  catcher = await startMailCatcher();
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${catcher.port}`, PUBLIC_URL: 'https://desk.example' }),
    log: pino({ level: 'silent' }),
  });
  dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
  agent = await tokenFor('agent@desk.test');
});

afterAll(async () => {
  await dispatcher?.stop();
  await catcher?.close();
  await closeTestDatabase();
});

const drain = async () => {
  while ((await dispatcher.runOnce()) > 0);
};

/** The case (as the API's queue lists it) whose title holds `word`. */
async function caseWithWord(word: string, ms = 15_000): Promise<{ number: number; title: string; channel: string }> {
  const found = await eventually(
    () => api('GET', `/cases?q=${encodeURIComponent(word)}`, { token: agent }),
    (r) => r.status === 200 && r.body.items.length > 0,
    ms,
    `a case titled with ${word}`,
  );
  return found.body.items[0];
}

const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a40000000049454e44ae426082',
  'hex',
);

describe('mail to the embedded SMTP listener', () => {
  it("a support contact's mail is a case in the desk queue within 2 s; a reply to the acknowledgement (In-Reply-To only, new subject) lands on it", async () => {
    const word = `Printerkø${randomUUID().slice(0, 6)}`;
    const sent = Date.now();
    const originalId = await sendToDesk({
      from: 'Kontakt Et <kontakt1@basis.test>',
      subject: `${word} står stille`,
      text: 'Printerkøen står stille siden i morges.',
    });
    const listed = await caseWithWord(word, 2000);
    const elapsed = Date.now() - sent;
    expect(elapsed).toBeLessThan(2000);
    expect(listed.channel).toBe('mail');
    const n = listed.number;
    await readModel(n);

    const ack = await api('POST', `/cases/${n}/actions/acknowledge`, { token: agent, body: { plan: 'Vi genstarter køen i dag.' } });
    expect(ack.status).toBe(200);
    // Mail is sent after the decision, by the dispatcher: drain until the acknowledgement is out.
    const received = await eventually(
      async () => {
        await drain();
        return catcher.to('kontakt1@basis.test', new RegExp(`\\[#${n}\\]`));
      },
      (mails) => mails.some((m) => m.parsed.text?.includes('Vi genstarter køen i dag.')),
      15_000,
      'the acknowledgement mail',
    );
    const ackMail = received.find((m) => m.parsed.text?.includes('Vi genstarter køen i dag.'));
    const receipt = received.find((m) => m !== ackMail);
    expect(ackMail, 'the acknowledgement mail').toBeDefined();
    // Threaded with the customer's own mail and the case; replies come back to the desk address.
    expect(ackMail!.header('message-id')).toMatch(/^<n\d+\.[0-9a-f]{12}@desk\.test>$/);
    expect(ackMail!.header('in-reply-to')).toBe(originalId);
    expect(ackMail!.header('references')).toContain(originalId);
    expect(ackMail!.header('references')).toContain(`<case-${n}@desk.test>`);
    expect(ackMail!.header('reply-to')).toBe('support@desk.test');
    expect(ackMail!.header('auto-submitted')).toBeUndefined(); // a person wrote the plan
    expect(receipt?.header('auto-submitted')).toBe('auto-generated');
    expect(receipt?.parsed.text).toMatch(/inden for 8 arbejdstimer/); // from config/terms.json

    await sendToDesk({
      from: 'kontakt1@basis.test',
      subject: 'Noget helt andet',
      inReplyTo: ackMail!.header('message-id'),
      text: `Køen kører igen, tak.\n\nDen tir. 12. maj 2026 kl. 10.00 skrev Service Desk <support@desk.test>:\n> Vi genstarter køen i dag.`,
    });
    const doc = await eventually(
      () => api('GET', `/cases/${n}`, { token: agent }),
      (r) => r.body.timeline?.some((e: { kind: string }) => e.kind === 'reply'),
      15_000,
      'the reply on the timeline',
    );
    const replies = doc.body.timeline.filter((e: { kind: string }) => e.kind === 'reply');
    expect(replies.map((e: { text: string }) => e.text)).toEqual(['Køen kører igen, tak.']);
  });

  it('keeps both attachments of a mail, and shows an HTML mail with a script inert', async () => {
    const word = `Skærmbillede${randomUUID().slice(0, 6)}`;
    await sendToDesk({
      from: 'kontakt2@basis.test',
      subject: `${word} og log`,
      html: `<p>Se <b>vedhæftet</b>.</p><script>window.__pwned = 1; alert('x')</script><img src="x" onerror="window.__pwned = 2">`,
      attachments: [
        { filename: 'skaerm.png', content: png, contentType: 'image/png' },
        { filename: 'log.txt', content: 'linje 1\nlinje 2\n', contentType: 'text/plain' },
      ],
    });
    const { number } = await caseWithWord(word);
    const doc = (await api('GET', `/cases/${number}`, { token: agent })).body;
    expect(doc.attachments.map((a: { filename: string }) => a.filename).sort()).toEqual(['log.txt', 'skaerm.png']);
    expect(doc.description).toContain('Se vedhæftet.');
    expect(doc.description).not.toMatch(/alert|__pwned|script|onerror/);
    const stored = await s.db.sequelize.query<{ safe_html: string }>('SELECT safe_html FROM inbound_mails WHERE case_number = :n', {
      type: QueryTypes.SELECT,
      replacements: { n: number },
    });
    expect(stored[0].safe_html).toContain('<b>vedhæftet</b>');
    expect(stored[0].safe_html).not.toMatch(/script|onerror|__pwned/);

    const browser = await launchBrowser();
    try {
      const page = await newPage(browser);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await loginAs(page, 'agent@desk.test');
      await page.goto(`/desk/cases/${number}`);
      await page.getByText('Se vedhæftet.').first().waitFor();
      expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
      expect(dialogs).toBe(0);
      await screenshot(page, 'mail-html-case');
    } finally {
      await browser.close();
    }
  });

  it('answers an unknown sender once a day, never an auto-reply, and makes no case of either', async () => {
    const stranger = `ukendt-${randomUUID().slice(0, 8)}@nowhere.example`;
    const firstId = await sendToDesk({ from: stranger, subject: 'Kan I hjælpe?', text: 'Hej, jeg har et problem.' });
    await sendToDesk({ from: stranger, subject: 'Igen', text: 'Hej igen.' });
    const robot = `robot-${randomUUID().slice(0, 8)}@nowhere.example`;
    await sendToDesk({ from: robot, subject: 'Fraværende', text: 'Jeg er på ferie.', headers: { 'Auto-Submitted': 'auto-replied' } });
    const logged = await eventually(
      () => s.db.models.IntakeRejection.findAll({ where: { sender: [stranger, robot] }, order: [['id', 'ASC']] }),
      (rows) => rows.length === 3,
      15_000,
      'three rejections',
    );
    expect(logged.map((r) => [r.sender, r.reason, r.answer])).toEqual([
      [stranger, 'unknown_sender', 'ask_company'],
      [stranger, 'unknown_sender', 'none_recent'],
      [robot, 'automatic', 'none_automatic'],
    ]);
    await drain();
    const answers = catcher.to(stranger);
    expect(answers).toHaveLength(1);
    expect(answers[0].header('in-reply-to')).toBe(firstId);
    expect(answers[0].header('auto-submitted')).toBe('auto-generated');
    expect(answers[0].parsed.text).toMatch(/udpege en supportkontakt/);
    expect(catcher.to(robot)).toHaveLength(0);
    const cases = await s.db.sequelize.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inbound_mails WHERE from_address IN (:senders) AND outcome <> 'rejected'`,
      { type: QueryTypes.SELECT, replacements: { senders: [stranger, robot] } },
    );
    expect(cases[0].n).toBe(0);
  });

  it('treats bounces and list mail as machine-written and answers none of them', async () => {
    const list = `liste-${randomUUID().slice(0, 8)}@lists.example`;
    await sendToDesk({ from: list, subject: 'Nyhedsbrev', text: 'Nyt i denne måned', headers: { 'List-Id': '<news.lists.example>', Precedence: 'bulk' } });
    const daemon = `MAILER-DAEMON@${randomUUID().slice(0, 8)}.example`;
    await sendToDesk({
      from: daemon,
      subject: 'Undelivered Mail Returned to Sender',
      text: 'The mail could not be delivered.',
      envelope: { from: '', to: 'support@desk.test' },
    });
    const rows = await eventually(
      () => s.db.models.IntakeRejection.findAll({ where: { sender: [list, daemon.toLowerCase()] } }),
      (r) => r.length === 2,
      15_000,
      'two rejections',
    );
    expect(rows.map((r) => [r.reason, r.answer])).toEqual([
      ['automatic', 'none_automatic'],
      ['automatic', 'none_automatic'],
    ]);
  });

  it('takes the same Message-ID once, however often it arrives', async () => {
    const word = `Dobbelt${randomUUID().slice(0, 6)}`;
    const messageId = `<${randomUUID()}@kunde.example>`;
    for (let i = 0; i < 3; i++) await sendToDesk({ from: 'kontakt1@udvidet.test', subject: `${word} sendt tre gange`, text: 'Samme mail.', messageId });
    await caseWithWord(word);
    await new Promise((r) => setTimeout(r, 500));
    const list = await api('GET', `/cases?q=${word}`, { token: agent });
    expect(list.body.total).toBe(1);
  });

  it('refuses mail for addresses that are not the desk', async () => {
    const err = await sendToDesk({ from: 'kontakt1@basis.test', to: 'someone@elsewhere.example', subject: 'x', text: 'y' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toMatch(/550|no such mailbox/);
  });
});

describe('the outbox', () => {
  it('records the Message-ID each mail carried, and marks each mail sent on its own', async () => {
    const person = (await s.db.models.Person.findOne({ where: { email: 'kontakt2@udvidet.test' } }))!;
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    for (const key of keys)
      await s.db.models.Notification.create({
        dedupeKey: key,
        personId: person.id,
        email: person.email,
        locale: 'en',
        template: 'password_reset',
        params: { name: 'X', link: key },
      });
    await drain();
    const rows = await s.db.sequelize.query<{ sent_at: Date | null; message_id: string; dedupe_key: string }>(
      'SELECT sent_at, message_id, dedupe_key FROM notifications WHERE dedupe_key IN (:keys) ORDER BY id',
      { type: QueryTypes.SELECT, replacements: { keys } },
    );
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);
    const sent = catcher.mails.filter((m) => keys.some((k) => m.parsed.text?.includes(k)));
    expect(sent).toHaveLength(3);
    // The Message-ID recorded for each row is the one its mail carried.
    for (const r of rows) expect(sent.find((m) => m.parsed.text?.includes(r.dedupe_key))?.header('message-id')).toBe(r.message_id);
    expect(new Set(sent.map((m) => m.header('message-id'))).size).toBe(3);
  });
});
