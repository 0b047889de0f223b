// What a support contact's mail does to cases: a new case on the mail channel (type support until the
// desk qualifies it), or a customer reply on the case it answers. Both are safe to repeat after a
// crash: the case carries the mail's id, and the reply signal carries a request id Temporal dedupes.
import { createHash } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Person } from '../../db/models/person.js';
import { isTerminal } from '../../domain/case-states.js';
import { mailReplySignal } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { createCase } from '../cases/intake.js';
import { storeFiles, type IncomingFile } from '../cases/attachments.js';
import { actorOf } from '../people/people.js';

export interface MailContent {
  inboundMailId: number;
  receivedAt: Date;
  title: string;
  text: string;
  files: IncomingFile[];
}

/** The case this mail already made (a repeat after a crash), if any. */
async function caseOfMail(s: Services, inboundMailId: number): Promise<number | null> {
  const [row] = await s.db.sequelize.query<{ number: number }>(`SELECT number FROM cases WHERE channel = 'mail' AND fields->>'inboundMail' = :id LIMIT 1`, {
    type: QueryTypes.SELECT,
    replacements: { id: String(inboundMailId) },
  });
  return row?.number ?? null;
}

/**
 * A case whose intake transaction died after its workflow had started: the workflow wrote the case row
 * itself, without the mail's text and files. Found by what the workflow knows (channel, contact, title,
 * no registering agent) among rows written since the mail was stored, and completed here.
 */
async function adoptOrphan(s: Services, contact: Person, m: MailContent): Promise<number | null> {
  return s.db.sequelize.transaction(async (tx) => {
    const [row] = await s.db.sequelize.query<{ number: number }>(
      `SELECT number FROM cases WHERE channel = 'mail' AND contact_id = :contact AND title = :title AND registered_by_id IS NULL
         AND NOT (fields ? 'inboundMail') AND created_at >= :since ORDER BY number LIMIT 1 FOR UPDATE`,
      { type: QueryTypes.SELECT, transaction: tx, replacements: { contact: contact.id, title: m.title, since: m.receivedAt } },
    );
    if (!row) return null;
    await s.db.sequelize.query('UPDATE cases SET description = :text, fields = :fields WHERE number = :n', {
      transaction: tx,
      replacements: { text: m.text, fields: JSON.stringify({ inboundMail: m.inboundMailId }), n: row.number },
    });
    await storeFiles(s, row.number, contact, m.files, false, tx);
    s.log.warn({ case: row.number, inboundMail: m.inboundMailId }, 'mail case completed after its intake was interrupted');
    return row.number;
  });
}

export async function openMailCase(s: Services, contact: Person, m: MailContent, retried: boolean): Promise<number> {
  const existing = (await caseOfMail(s, m.inboundMailId)) ?? (retried ? await adoptOrphan(s, contact, m) : null);
  if (existing) return existing;
  const record = await createCase(s, {
    by: contact,
    contact,
    type: 'support',
    channel: 'mail',
    content: { title: m.title, description: m.text, fields: { inboundMail: m.inboundMailId } },
    files: m.files,
  });
  return record.number;
}

/** The open case of the contact's company with this number, if there is one to reply on. */
export async function replyableCase(s: Services, contact: Person, number: number | null) {
  if (!number) return null;
  const c = await s.db.models.CaseRecord.findByPk(number);
  return c && c.companyId === contact.companyId && !isTerminal(c.status) ? c : null;
}

/** A request id Temporal keeps per workflow: the same mail's reply signal is applied once, however often it is sent. */
function requestIdOf(inboundMailId: number): string {
  const h = createHash('sha256').update(`mail-reply:${inboundMailId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Signals the reply to the case's workflow; false when the workflow has ended meanwhile. */
export async function signalReply(s: Services, workflowId: string, contact: Person, message: string, inboundMailId: number): Promise<boolean> {
  try {
    await s.temporal.workflowService.signalWorkflowExecution({
      namespace: s.temporal.options.namespace,
      workflowExecution: { workflowId },
      signalName: mailReplySignal.name,
      input: { payloads: [defaultPayloadConverter.toPayload({ actor: actorOf(contact), message })] },
      identity: s.temporal.options.identity,
      requestId: requestIdOf(inboundMailId),
    });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 5) return false; // NOT_FOUND: the case's process has completed
    throw err;
  }
}

export async function storeReplyFiles(s: Services, caseNumber: number, contact: Person, files: IncomingFile[], tx: Transaction): Promise<void> {
  if (files.length) await storeFiles(s, caseNumber, contact, files, false, tx);
}
