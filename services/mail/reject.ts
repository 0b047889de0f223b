// A mail that does not become a case: logged for the desk with what the sender wrote, and — unless it
// was written by a machine, or the sender was already answered within a day — answered once, politely,
// naming the company's support contacts (SPEC §1). Written in one transaction with the mail's outcome.
import { Op, QueryTypes, type Transaction } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';

export type RejectReason = 'unknown_sender' | 'not_a_contact' | 'staff_sender' | 'automatic' | 'own_address' | 'unreadable';
export type RejectAnswer = 'contacts' | 'ask_company' | 'none_recent' | 'none_automatic';

const ANSWERED: RejectAnswer[] = ['contacts', 'ask_company'];
const SILENT: ReadonlySet<RejectReason> = new Set(['staff_sender', 'automatic', 'own_address', 'unreadable']);

export interface Rejection {
  inboundMailId: number | null;
  sender: string;
  subject: string;
  body: string;
  messageId: string | null;
  reason: RejectReason;
  person: Person | null;
}

export async function recordRejection(s: Services, r: Rejection, tx: Transaction): Promise<{ id: number; answer: RejectAnswer }> {
  const companyId = r.person?.companyId ?? (r.reason === 'unknown_sender' ? await companyByDomain(s, r.sender, tx) : null);
  const answer = SILENT.has(r.reason) || !r.sender ? 'none_automatic' : await answerFor(s, r.sender, companyId, tx);
  const row = await s.db.models.IntakeRejection.create(
    {
      channel: 'mail',
      sender: r.sender || '(none)',
      subject: r.subject || null,
      reason: r.reason,
      companyId,
      inboundMailId: r.inboundMailId,
      body: r.body.slice(0, 20_000),
      answer,
    },
    { transaction: tx },
  );
  if (answer === 'contacts' || answer === 'ask_company') {
    const contacts = companyId
      ? await s.db.models.Person.findAll({ where: { companyId, role: 'contact', active: true }, order: [['lastName', 'ASC']], transaction: tx })
      : [];
    await s.db.models.Notification.create(
      {
        dedupeKey: `intake-rejected:${r.inboundMailId ?? row.id}`,
        personId: r.person?.id ?? null,
        email: r.sender,
        locale: r.person?.locale ?? 'da',
        template: 'intake_rejected',
        params: { contacts: contacts.map((c) => `${c.fullName} <${c.email}>`), ...(r.messageId ? { inReplyTo: r.messageId } : {}) },
        caseNumber: null,
      },
      { transaction: tx },
    );
  }
  return { id: Number(row.id), answer };
}

/** Contacts named, or "ask your company to appoint one" — at most once a day per sender. */
async function answerFor(s: Services, sender: string, companyId: string | null, tx: Transaction): Promise<RejectAnswer> {
  // One sender's mails are judged one at a time, so two at once still get one answer.
  await s.db.sequelize.query('SELECT pg_advisory_xact_lock(hashtext(:key))', { transaction: tx, replacements: { key: `intake-answer:${sender}` } });
  const recent = await s.db.models.IntakeRejection.count({
    where: { sender, answer: { [Op.in]: ANSWERED }, createdAt: { [Op.gt]: new Date(s.now() - 24 * 3600_000) } },
    transaction: tx,
  });
  if (recent > 0) return 'none_recent';
  if (!companyId) return 'ask_company';
  const contacts = await s.db.models.Person.count({ where: { companyId, role: 'contact', active: true }, transaction: tx });
  return contacts ? 'contacts' : 'ask_company';
}

/** The company whose people share the sender's mail domain, if exactly one does. */
async function companyByDomain(s: Services, email: string, tx: Transaction): Promise<string | null> {
  const domain = email.split('@')[1];
  if (!domain) return null;
  const rows = await s.db.sequelize.query<{ company_id: string }>(
    'SELECT DISTINCT company_id FROM people WHERE company_id IS NOT NULL AND lower(email) LIKE :pattern LIMIT 2',
    { type: QueryTypes.SELECT, transaction: tx, replacements: { pattern: `%@${domain.replace(/[%_\\]/g, '\\$&')}` } },
  );
  return rows.length === 1 ? rows[0].company_id : null;
}
