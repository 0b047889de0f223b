// A crash anywhere between storing a raw mail and recording what it became processes it exactly once
// after a restart: the sweeper finds it, the case it may already have made is found by the mail's id,
// a reply signal is deduplicated by Temporal, and a case whose intake died after its workflow started
// is completed instead of doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { QueryTypes } from 'sequelize';
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { storeInboundMail } from '../../../services/mail/inbound-store.js';
import { processInboundMail } from '../../../services/mail/process-inbound.js';
import { createCase } from '../../../services/cases/intake.js';
import { actOnCase } from '../../../services/cases/actions.js';
import { startInboundProcessor } from '../../../worker/mail-inbound/processor.js';
import { testDatabase, closeTestDatabase, devServerClient, readModel } from '../../support/servers.js';
import { eventually } from '../../support/mail.js';

let s: Services;

beforeAll(async () => {
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', MAIL_LEASE_SECONDS: '2' }),
    log: pino({ level: 'silent' }),
  });
});
afterAll(closeTestDatabase);

const compose = (m: { from: string; subject: string; text: string; inReplyTo?: string; headers?: Record<string, string> }) =>
  new MailComposer({ to: 'support@desk.test', messageId: `<${randomUUID()}@kunde.example>`, ...m }).compile().build();

async function mailRow(id: number) {
  const [row] = await s.db.sequelize.query<{ outcome: string | null; case_number: number | null; attempts: number }>(
    'SELECT outcome, case_number, attempts FROM inbound_mails WHERE id = :id',
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  return row;
}

async function casesOfMail(id: number): Promise<number[]> {
  const rows = await s.db.sequelize.query<{ number: number }>(`SELECT number FROM cases WHERE fields->>'inboundMail' = :id`, {
    type: QueryTypes.SELECT,
    replacements: { id: String(id) },
  });
  return rows.map((r) => r.number);
}

/** As if the process died right after it had claimed the mail (its lease has lapsed since). */
async function diedWhileProcessing(id: number): Promise<void> {
  await s.db.sequelize.query(
    `UPDATE inbound_mails SET processed_at = NULL, outcome = NULL, case_number = NULL, attempts = attempts + 1,
       claimed_at = now() - interval '1 minute', claimed_until = now() - interval '1 second' WHERE id = :id`,
    { replacements: { id } },
  );
}

describe('a crash between storing and processing a mail', () => {
  it('is processed once by the sweeper after a restart', async () => {
    const raw = await compose({ from: 'kontakt1@hypercare.test', subject: 'Gemt men ikke behandlet', text: 'Processen døde lige efter.' });
    const { id } = await storeInboundMail(s, raw, 'smtp', 'kontakt1@hypercare.test');
    await diedWhileProcessing(id);
    const processor = startInboundProcessor(s, { sweepMs: 200 });
    try {
      const row = await eventually(
        () => mailRow(id),
        (r) => r.outcome !== null,
        15_000,
        'the mail processed',
      );
      expect(row.outcome).toBe('case_created');
      await new Promise((r) => setTimeout(r, 600)); // several more sweeps
      await processor.sweep();
      await processor.idle();
    } finally {
      await processor.stop();
    }
    expect(await casesOfMail(id)).toHaveLength(1);
  });

  it('finds the case a mail already made when the crash came after the case, before the outcome', async () => {
    const raw = await compose({ from: 'kontakt2@hypercare.test', subject: 'Sag oprettet, udfald ikke skrevet', text: 'Tekst.' });
    const { id } = await storeInboundMail(s, raw, 'smtp', null);
    const first = await processInboundMail(s, id);
    expect(first.outcome).toBe('case_created');
    await diedWhileProcessing(id);
    const again = await processInboundMail(s, id);
    expect(again).toEqual(first);
    expect(await casesOfMail(id)).toEqual([first.caseNumber]);
  });

  it('adds a reply once when the crash came after the signal, before the outcome', async () => {
    const created = await processInboundMail(
      s,
      (await storeInboundMail(s, await compose({ from: 'kontakt1@udvidet.test', subject: 'Svar to gange?', text: 'Start.' }), 'smtp', null)).id,
    );
    const n = created.caseNumber!;
    await readModel(n);
    const reply = (await storeInboundMail(s, await compose({ from: 'kontakt1@udvidet.test', subject: `Re: [#${n}]`, text: 'Et svar, én gang.' }), 'smtp', null))
      .id;
    expect((await processInboundMail(s, reply)).outcome).toBe('reply_added');
    await diedWhileProcessing(reply);
    expect((await processInboundMail(s, reply)).outcome).toBe('reply_added');
    const agent = (await s.db.models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
    await actOnCase(s, agent, n, 'acknowledge', { plan: 'Efter svaret.' }); // a later event: the reply has surely been recorded by now
    await readModel(n, (r) => r.status === 'acknowledged');
    const replies = await s.db.models.CaseEventRecord.findAll({ where: { caseNumber: n, kind: 'reply' } });
    expect(replies.map((e) => e.text)).toEqual(['Et svar, én gang.']);
  });

  it('completes the case whose intake transaction died after its workflow had started, instead of making a second', async () => {
    const title = `Forældreløs ${randomUUID().slice(0, 6)}`;
    const raw = await compose({ from: 'kontakt1@faktureret.test', subject: title, text: 'Beskrivelsen fra mailen.' });
    const { id } = await storeInboundMail(s, raw, 'smtp', null);
    // What the dead attempt left: a case the workflow wrote without the mail's text or id.
    const contact = (await s.db.models.Person.findOne({ where: { email: 'kontakt1@faktureret.test' } }))!;
    const orphan = await createCase(s, { by: contact, contact, type: 'support', channel: 'mail', content: { title, description: '', fields: {} }, files: [] });
    await diedWhileProcessing(id);
    const result = await processInboundMail(s, id);
    expect(result).toEqual({ outcome: 'case_created', caseNumber: orphan.number });
    const row = await s.db.models.CaseRecord.findByPk(orphan.number);
    expect(row?.description).toBe('Beskrivelsen fra mailen.');
    expect(await casesOfMail(id)).toEqual([orphan.number]);
  });
});
