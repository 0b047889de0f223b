// The invoice mail (SPEC §7): exactly one mail per invoice, to the company's invoice e-mail, with the PDF
// and the UBL XML attached — making the invoices again queues nothing more — and none twice across a
// crash: a dispatcher process killed (-9) while an invoice mail is in the SMTP exchange, with more claimed
// behind it, leaves each invoice delivered exactly once after another dispatcher takes over.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pino } from 'pino';
import { QueryTypes } from 'sequelize';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { startMailDispatcher } from '../../../worker/mail-dispatcher.js';
import { getFreePort } from '../../../platform/free-port.js';
import { closeTestDatabase, devServerClient, testDatabase } from '../../support/servers.js';
import { frozenMonth, makeInvoices } from './invoices-support.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** An SMTP server that keeps what it accepted (answered 250) and can hold the next mail unanswered. */
async function sink() {
  const port = await getFreePort();
  const accepted: ParsedMail[] = [];
  let holdNext = false;
  let held: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 50 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('end', () => {
        if (holdNext) {
          holdNext = false;
          held = () => callback(new Error('not accepted')); // never 250: a real server keeps nothing it did not accept
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((m) => {
          accepted.push(m);
          callback();
        });
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    holdNext: () => (holdNext = true),
    isHolding: () => held !== null,
    release: () => held?.(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let s: Services;
let smtp: Awaited<ReturnType<typeof sink>>;

async function ownCompanies(n: number, month: string): Promise<string[]> {
  const db = testDatabase();
  const ids = [];
  for (let i = 0; i < n; i++) {
    const id = `invoice-mail-${randomUUID().slice(0, 8)}`;
    await db.models.Company.create({ id, name: `Postkunde ${i} ApS`, solutionType: 'standard', firstTrainingDay: null });
    await db.sequelize.query(
      `INSERT INTO company_billing (company_id, street, postcode, city, cvr, invoice_email, locale) VALUES (:id, 'Posthusvej 1', '9000', 'Aalborg', '41851007', :email, :locale)`,
      { replacements: { id, email: `faktura@${id}.test`, locale: i % 2 ? 'en' : 'da' } },
    );
    await frozenMonth(id, month, [{ kind: 'contact_fee', minutes: 0, amountOre: 50_000, text: `Månedligt gebyr (${month})` }]);
    ids.push(id);
  }
  return ids;
}

const mailsTo = (id: string) => smtp.accepted.filter((m) => m.to && 'text' in m.to && m.to.text === `faktura@${id}.test`);

async function outbox(ids: string[]) {
  return testDatabase().sequelize.query<{ email: string; sent_at: Date | null; attempts: number }>(
    `SELECT n.email, n.sent_at, n.attempts FROM notifications n JOIN invoices i ON n.dedupe_key = 'invoice:' || i.number WHERE i.company_id IN (:ids)`,
    { type: QueryTypes.SELECT, replacements: { ids } },
  );
}

/**
 * Sends everything due in the shared outbox: the mails earlier test files queued (the shared product runs
 * without a dispatcher) come first, and a batch of them that cannot be sent (sent 0) does not mean the
 * outbox is empty. A mail claimed by the dispatcher's own first round (it starts one by itself) is waited
 * for: it is on its way.
 */
async function drainOutbox(dispatcher: { runOnce(): Promise<number> }): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if ((await dispatcher.runOnce()) > 0) continue;
    const [row] = await testDatabase().sequelize.query<{ due: number }>(
      `SELECT count(*)::int AS due FROM notifications WHERE sent_at IS NULL AND attempts < 8
         AND created_at <= now() - (attempts * attempts) * interval '30 seconds'`,
      { type: QueryTypes.SELECT },
    );
    if (row!.due === 0) return;
    if (Date.now() > deadline) throw new Error(`the outbox still holds ${row!.due} due mails after two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  smtp = await sink();
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', SMTP_URL: smtp.url, MAIL_LEASE_SECONDS: '2' }),
    log: pino({ level: 'silent' }),
  });
});
afterAll(async () => {
  await smtp.close();
  await s.temporal.connection.close();
  await closeTestDatabase();
});

describe('the invoice mail', () => {
  it('goes once per invoice to the invoice e-mail, with the PDF and the XML attached', async () => {
    const month = '2018-03';
    const ids = await ownCompanies(2, month);
    const made = await makeInvoices(month, 201);
    const dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
    try {
      await drainOutbox(dispatcher);
      await makeInvoices(month, 200);
      expect(await dispatcher.runOnce()).toBe(0);
    } finally {
      await dispatcher.stop();
    }
    const rows = await outbox(ids);
    for (const [i, id] of ids.entries()) {
      const mails = mailsTo(id);
      expect(mails, `${id}: ${JSON.stringify(rows)}`).toHaveLength(1);
      const number = made.invoices.find((x) => x.company === id)!.number;
      const [pdf, xml] = mails[0]!.attachments;
      expect(mails[0]!.subject).toBe(
        i % 2 ? `Invoice ${number} from Nordlys Service Desk ApS · March 2018` : `Faktura ${number} fra Nordlys Service Desk ApS · marts 2018`,
      );
      expect(mails[0]!.replyTo?.text).toBe('faktura@desk.test');
      expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: `${i % 2 ? 'invoice' : 'faktura'}-${number}.pdf` });
      expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
      expect(xml).toMatchObject({ contentType: 'application/xml', filename: `${i % 2 ? 'invoice' : 'faktura'}-${number}.xml` });
      expect(xml!.content.toString()).toContain(`<cbc:ID>${number}</cbc:ID>`);
    }
    expect((await outbox(ids)).every((n) => n.sent_at !== null && n.attempts === 1)).toBe(true);
  });

  it('is delivered exactly once per invoice across a dispatcher killed mid-send', { timeout: 180_000 }, async () => {
    const month = '2018-04';
    const drain = startMailDispatcher(s, { intervalMs: 3_600_000 });
    await drainOutbox(drain); // the outbox holds only this test's mails from here
    await drain.stop();
    const ids = await ownCompanies(3, month);
    await makeInvoices(month, 201);
    // The first mail is accepted, the second held unanswered in the SMTP exchange, the third claimed behind it.
    let child: ChildProcess | null = null;
    const deliveredBefore = smtp.accepted.length;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'mail-dispatcher-child.ts')], {
        env: { ...process.env, DATABASE_URL: inject('databaseUrl'), SMTP_URL: smtp.url, MAIL_LEASE_SECONDS: '2', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await until(() => smtp.accepted.length > deliveredBefore, 60_000, 'the first invoice mail');
      smtp.holdNext();
      await until(() => smtp.isHolding(), 30_000, 'the second invoice mail in the SMTP exchange');
    } finally {
      child?.kill('SIGKILL');
    }
    smtp.release();
    const sent = (await outbox(ids)).filter((n) => n.sent_at !== null);
    expect(sent).toHaveLength(1); // the one accepted before the crash, marked sent

    await new Promise((r) => setTimeout(r, 2_500)); // the dead dispatcher's lease lapses
    const dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
    try {
      await drainOutbox(dispatcher);
    } finally {
      await dispatcher.stop();
    }
    for (const id of ids) expect(mailsTo(id), id).toHaveLength(1);
    const ids3 = smtp.accepted.map((m) => m.messageId);
    expect(new Set(ids3).size).toBe(ids3.length);
    expect((await outbox(ids)).every((n) => n.sent_at !== null)).toBe(true);
  });
});

async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
