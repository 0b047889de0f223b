// The mail dispatcher sends queued notifications over real SMTP (a local smtp-server stands in for
// the relay), in the recipient's language, exactly once, and retries when the relay refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { pino } from 'pino';
import { randomUUID } from 'node:crypto';
import { getFreePort } from '../../../platform/free-port.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { enqueueMail } from '../../../services/mail/outbox.js';
import { startMailDispatcher, type MailDispatcher } from '../../../worker/mail-dispatcher.js';
import type { Services } from '../../../services/context.js';
import { testDatabase, closeTestDatabase, devServerClient } from '../../support/servers.js';

interface Received {
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let port: number;
let refuse = false;
const inbox: Received[] = [];
let s: Services;
let dispatcher: MailDispatcher;

beforeAll(async () => {
  port = await getFreePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse) return callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  const temporal = await devServerClient();
  s = createServices({
    db: testDatabase(),
    temporal,
    env: readEnv({ ...process.env, NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://desk.example' }),
    log: pino({ level: 'silent' }),
  });
  dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
  await drain(); // mails other test files queued (the product under test does not dispatch)
});

/** Sends everything that is due. */
async function drain(): Promise<void> {
  while ((await dispatcher.runOnce()) > 0);
}

afterAll(async () => {
  await dispatcher?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await closeTestDatabase();
});

const decode = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

describe('mail dispatcher', () => {
  it("sends a queued mail once, in the recipient's language", async () => {
    const person = (await s.db.models.Person.findOne({ where: { email: 'kontakt2@udvidet.test' } }))!;
    const key = randomUUID();
    await enqueueMail(s, person, 'password_reset', { name: person.firstName, link: 'https://desk.example/password/set/abc' }, key);
    await enqueueMail(s, person, 'password_reset', { name: person.firstName, link: 'https://desk.example/password/set/abc' }, key); // same key: one mail
    const before = inbox.length;
    await drain();
    await drain();
    const mine = inbox.slice(before).filter((m) => m.to.includes('kontakt2@udvidet.test'));
    expect(mine).toHaveLength(1);
    const text = decode(mine[0].raw);
    expect(text).toMatch(/Subject: Nulstil din adgangskode/);
    expect(text).toContain('https://desk.example/password/set/abc');
    const row = await s.db.models.Notification.findOne({ where: { dedupeKey: key } });
    expect(row?.sentAt).not.toBeNull();
  });

  it('keeps a mail the relay refuses and sends it on a later run', async () => {
    const person = (await s.db.models.Person.findOne({ where: { email: 'kontakt1@basis.test' } }))!;
    const key = randomUUID();
    await enqueueMail(s, person, 'password_reset', { name: person.firstName, link: 'x' }, key);
    refuse = true;
    await dispatcher.runOnce();
    const failed = await s.db.models.Notification.findOne({ where: { dedupeKey: key } });
    expect(failed?.sentAt).toBeNull();
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toMatch(/mailbox busy/);
    refuse = false;
    // Retries back off (attempts² × 30 s); make this one due now.
    await failed!.update({ createdAt: new Date(Date.now() - 60_000) });
    await drain();
    const sent = await s.db.models.Notification.findOne({ where: { dedupeKey: key } });
    expect(sent?.sentAt).not.toBeNull();
    expect(inbox.some((m) => m.to.includes('kontakt1@basis.test'))).toBe(true);
  });
});
