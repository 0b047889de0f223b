// Requests by e-mail: a support contact's mail becomes a case on the mail channel, a reply with the
// case number resumes a case waiting on the customer (a workflow signal), and a mail from anyone
// else is rejected, logged for the desk and answered politely with the company's support contacts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { acceptJsonMail } from '../../../services/mail/intake.js';
import { actOnCase } from '../../../services/cases/actions.js';
import type { Services } from '../../../services/context.js';
import { Refusal } from '../../../services/errors.js';
import type { Person } from '../../../db/models/person.js';
import { testDatabase, closeTestDatabase, devServerClient } from '../../support/servers.js';

let s: Services;
let agent: Person;

beforeAll(async () => {
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test' }),
    log: pino({ level: 'silent' }),
  });
  agent = (await s.db.models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
});
afterAll(closeTestDatabase);

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('mail intake', () => {
  it("turns a support contact's mail into a case on the mail channel", async () => {
    const result = await acceptJsonMail(s, {
      from: 'Kontakt1@Basis.test',
      subject: 'Rapporten mangler kolonner',
      text: 'Siden i går mangler kolonnen "Pris".',
    });
    expect(result.outcome).toBe('case_created');
    if (result.outcome !== 'case_created') return;
    const row = await until(
      () => s.db.models.CaseRecord.findByPk(result.caseNumber),
      (r) => (r?.version ?? 0) >= 1,
    );
    expect(row?.channel).toBe('mail');
    expect(row?.title).toBe('Rapporten mangler kolonner');
    expect(row?.status).toBe('received');
    expect(row?.billable).toBe(false); // Basis covers mail
  });

  it('adds a reply with the case number to the case and resumes it', async () => {
    const created = await acceptJsonMail(s, { from: 'kontakt2@faktureret.test', subject: 'Hjælp til skemaer', text: 'Hvordan kopierer jeg et skema?' });
    if (created.outcome !== 'case_created') throw new Error('no case');
    const n = created.caseNumber;
    await until(
      () => s.db.models.CaseRecord.findByPk(n),
      (r) => (r?.version ?? 0) >= 1,
    );
    await actOnCase(s, agent, n, 'acknowledge', { plan: 'Vi ser på det.' });
    await actOnCase(s, agent, n, 'ask-customer', { message: 'Hvilket skema?' });
    const reply = await acceptJsonMail(s, { from: 'kontakt2@faktureret.test', subject: `SV: [#${n}] Hjælp til skemaer`, text: 'Skemaet "Service".' });
    expect(reply.outcome).toBe('reply_added');
    const row = await until(
      () => s.db.models.CaseRecord.findByPk(n),
      (r) => r?.status === 'acknowledged',
    );
    expect(row?.status).toBe('acknowledged');
    const events = await s.db.models.CaseEventRecord.findAll({ where: { caseNumber: n, kind: 'reply' } });
    expect(events.map((e) => e.text)).toEqual(['Skemaet "Service".']);
  });

  it("does not add a reply to another company's case: it becomes a new case instead", async () => {
    const other = await acceptJsonMail(s, { from: 'kontakt1@udvidet.test', subject: 'Spørgsmål', text: 'Et spørgsmål.' });
    if (other.outcome !== 'case_created') throw new Error('no case');
    await until(
      () => s.db.models.CaseRecord.findByPk(other.caseNumber),
      (r) => (r?.version ?? 0) >= 1,
    );
    const result = await acceptJsonMail(s, {
      from: 'kontakt1@basis.test',
      subject: `[#${other.caseNumber}] hej`,
      text: 'Forsøg på at skrive på en andens sag.',
    });
    expect(result.outcome).toBe('case_created');
    expect(result.caseNumber).not.toBe(other.caseNumber);
    expect((await s.db.models.CaseRecord.findByPk(result.caseNumber!))?.companyId).toBe('basis');
  });

  it('rejects a mail from someone who is not a support contact, logs it and answers with the contacts', async () => {
    const result = await acceptJsonMail(s, { from: 'kollega@faktureret.test', subject: 'Printer virker ikke', text: 'Hjælp!' });
    expect(result).toMatchObject({ outcome: 'rejected', reason: 'unknown_sender' });
    const logged = await s.db.models.IntakeRejection.findOne({ where: { sender: 'kollega@faktureret.test' }, order: [['id', 'DESC']] });
    expect(logged?.companyId).toBe('faktureret');
    const answer = await s.db.models.Notification.findOne({
      where: { email: 'kollega@faktureret.test', template: 'intake_rejected' },
      order: [['id', 'DESC']],
    });
    expect(answer?.params.contacts).toEqual(
      expect.arrayContaining([expect.stringContaining('kontakt1@faktureret.test'), expect.stringContaining('kontakt2@faktureret.test')]),
    );
    expect(logged?.answer).toBe('contacts');

    const approver = await acceptJsonMail(s, { from: 'godkender@basis.test', subject: 'Et ønske', text: 'Kan I lave…' });
    expect(approver).toMatchObject({ outcome: 'rejected', reason: 'not_a_contact' });
    const stranger = await acceptJsonMail(s, { from: 'someone@nowhere.example', subject: '', text: 'Hello' });
    expect(stranger).toMatchObject({ outcome: 'rejected', reason: 'unknown_sender' });
    const strangerAnswer = await s.db.models.Notification.findOne({ where: { email: 'someone@nowhere.example' } });
    expect(strangerAnswer?.params.contacts).toEqual([]);
    const strangerLog = await s.db.models.IntakeRejection.findOne({ where: { sender: 'someone@nowhere.example' } });
    expect(strangerLog?.answer).toBe('ask_company');
  });

  it('refuses a malformed mail with field errors', async () => {
    const err = await acceptJsonMail(s, { from: 'not-an-address', text: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect((err as Refusal).fieldErrors).toMatchObject({ from: 'invalid_email', text: 'required' });
  });
});
