// The mail process is woken when mail is queued (worker/mail-wake.ts, the outbox's NOTIFY trigger in
// db/migrations/0145-mail-queued-notify.ts) instead of polling: here its polls are an hour apart, so a
// mail that arrives was sent because of a notification — at once after it is queued, and, for a mail
// queued while the listening connection was gone, as soon as the LISTEN is back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { pino } from 'pino';
import { randomUUID } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import { getFreePort } from '../../../platform/free-port.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { enqueueMail } from '../../../services/mail/outbox.js';
import { startMailDispatcher, type MailDispatcher } from '../../../worker/mail-dispatcher.js';
import type { Services } from '../../../services/context.js';
import { testDatabase, closeTestDatabase, devServerClient } from '../../support/servers.js';

const HOUR = 3_600_000;
let smtp: SMTPServer;
const inbox: { raw: string; at: number }[] = [];
let s: Services;
let dispatcher: MailDispatcher;

beforeAll(async () => {
  const port = await getFreePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ raw, at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://desk.example' }),
    log: pino({ level: 'silent' }),
  });
  dispatcher = startMailDispatcher(s, { intervalMs: HOUR, fallbackMs: HOUR, listen: inject('databaseUrl') });
  await until(() => dispatcher.listening(), 'the dispatcher listens');
});

afterAll(async () => {
  await dispatcher?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await closeTestDatabase();
});

async function until(done: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Queues a password-reset mail carrying a marker of its own; returns the marker. */
async function queue(): Promise<string> {
  const person = (await s.db.models.Person.findOne({ where: { email: 'kontakt2@udvidet.test' } }))!;
  const marker = randomUUID();
  await enqueueMail(s, person, 'password_reset', { name: person.firstName, link: `https://desk.example/password/set/${marker}` }, marker);
  return marker;
}

const received = (marker: string) => inbox.some((m) => m.raw.replace(/=\r?\n/g, '').includes(marker));

describe('the mail dispatcher woken by LISTEN/NOTIFY', () => {
  it('sends a queued mail at once, without waiting for a poll', async () => {
    const queued = Date.now();
    const marker = await queue();
    await until(() => received(marker), 'the mail arrives', 15_000);
    const sent = inbox.find((m) => m.raw.replace(/=\r?\n/g, '').includes(marker))!;
    expect(sent.at - queued).toBeLessThan(15_000); // the next poll is an hour away
  });

  it('sends a mail queued while its listening connection was gone once the LISTEN is back', async () => {
    const [{ n }] = await s.db.sequelize.query<{ n: number }>(
      "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'service-desk-mail-wake' AND pid <> pg_backend_pid()",
      { type: QueryTypes.SELECT },
    );
    expect(n).toBeGreaterThanOrEqual(1);
    await until(() => !dispatcher.listening(), 'the dispatcher notices the lost connection');
    // The loss itself starts a round 150 ms later; queue after it has claimed, so only the new LISTEN (2 s on) can send this one.
    await new Promise((r) => setTimeout(r, 600));
    const marker = await queue(); // nobody listens: this NOTIFY is lost
    expect(dispatcher.listening()).toBe(false);
    await until(() => received(marker), 'the mail arrives after the LISTEN is back', 30_000);
    expect(dispatcher.listening()).toBe(true);
  });
});
