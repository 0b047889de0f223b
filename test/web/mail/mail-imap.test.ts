// IMAP polling against a real server (Debian's dovecot-imapd, started by the test): new mail is taken
// in (with IDLE: without waiting for the poll interval), marked with the desk's keyword, and a restart
// that finds a message stored but not yet marked takes it in once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { QueryTypes } from 'sequelize';
import { randomUUID } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { startMailInbound, type MailInbound } from '../../../worker/mail-inbound/index.js';
import { STORED_KEYWORD } from '../../../worker/mail-inbound/imap-poller.js';
import { testDatabase, closeTestDatabase, devServerClient } from '../../support/servers.js';
import { startDovecot, type Dovecot } from '../../support/dovecot.js';
import { eventually } from '../../support/mail.js';

let dovecot: Dovecot;
let s: Services;
let mailbox: ImapFlow;

beforeAll(async () => {
  dovecot = await startDovecot();
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    // A long poll interval: what arrives while connected must come by IDLE.
    env: readEnv({ ...process.env, NODE_ENV: 'test', MAIL_SMTP_PORT: '0', IMAP_URL: dovecot.url, IMAP_POLL_SECONDS: '600' }),
    log: pino({ level: 'silent' }),
  });
  mailbox = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
  await mailbox.connect();
});

afterAll(async () => {
  await mailbox?.logout().catch(() => {});
  await dovecot?.stop();
  await closeTestDatabase();
});

/** Delivers a mail into the desk's mailbox (as its mail server would); returns its Message-ID. */
async function deliver(subject: string, from = 'kontakt1@udvidet.test'): Promise<string> {
  const messageId = `<${randomUUID()}@kunde.example>`;
  const raw = await new MailComposer({ from, to: 'support@desk.test', subject, text: `${subject}: tekst.`, messageId }).compile().build();
  await mailbox.append('INBOX', raw);
  return messageId;
}

async function intake(messageId: string) {
  return s.db.sequelize.query<{ id: number; source: string; outcome: string | null; case_number: number | null }>(
    'SELECT id::int AS id, source, outcome, case_number FROM inbound_mails WHERE message_id = :messageId',
    { type: QueryTypes.SELECT, replacements: { messageId } },
  );
}

async function keywordsOf(messageId: string): Promise<string[]> {
  const lock = await mailbox.getMailboxLock('INBOX');
  try {
    for await (const m of mailbox.fetch('1:*', { envelope: true, flags: true })) if (m.envelope?.messageId === messageId) return [...(m.flags ?? [])];
    return [];
  } finally {
    lock.release();
  }
}

describe('IMAP polling (dovecot)', () => {
  it('takes in waiting mail at start and new mail by IDLE, marks it, and takes a re-found message in once after a restart', async () => {
    const waiting = await deliver('Ventede i postkassen');
    let inbound: MailInbound = await startMailInbound({ services: s });
    try {
      const [first] = await eventually(
        () => intake(waiting),
        (r) => r[0]?.outcome === 'case_created',
        20_000,
        'the waiting mail as a case',
      );
      expect(first.source).toBe('imap');
      expect(
        await eventually(
          () => keywordsOf(waiting),
          (k) => k.includes(STORED_KEYWORD),
          10_000,
          'the keyword',
        ),
      ).toContain('\\Seen');

      const started = Date.now();
      const live = await deliver('Kom mens vi ventede');
      await eventually(
        () => intake(live),
        (r) => r[0]?.outcome === 'case_created',
        20_000,
        'the new mail (IDLE)',
      );
      expect(Date.now() - started).toBeLessThan(10_000); // far below the 600 s poll interval
    } finally {
      await inbound.stop();
    }

    // A crash after storing but before marking: the message is found again on the next start.
    const lock = await mailbox.getMailboxLock('INBOX');
    try {
      await mailbox.messageFlagsRemove('1:*', [STORED_KEYWORD, '\\Seen']);
    } finally {
      lock.release();
    }
    const later = await deliver('Kom mens vi var nede');
    inbound = await startMailInbound({ services: s });
    try {
      await eventually(
        () => intake(later),
        (r) => r[0]?.outcome === 'case_created',
        20_000,
        'the mail that came while down',
      );
      await eventually(
        () => keywordsOf(waiting),
        (k) => k.includes(STORED_KEYWORD),
        10_000,
        'the re-found message marked',
      );
    } finally {
      await inbound.stop();
    }
    const rows = await intake(waiting);
    expect(rows).toHaveLength(1);
    const cases = await s.db.sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE fields->>'inboundMail' = :id`, {
      type: QueryTypes.SELECT,
      replacements: { id: String(rows[0].id) },
    });
    expect(cases[0].n).toBe(1);
  });
});
