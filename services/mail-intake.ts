// Requests and replies that arrive by e-mail (SPEC §1, §3). Only support contacts talk to the desk:
// a mail from anyone else does not become a case; the sender gets a polite answer naming their
// company's support contacts, and the desk sees the rejected intake in a log. A mail whose subject
// carries a case number ("[#1042]") of the sender's company is a reply on that case (a workflow signal).
import { z } from 'zod';
import { Op } from 'sequelize';
import type { Person } from '../db/models/person.js';
import type { CaseRecord } from '../db/models/case-record.js';
import { isTerminal } from '../domain/case-states.js';
import { issuesToFieldErrors } from '../domain/validation.js';
import { optionalText, text } from '../domain/text-input.js';
import { mailReplySignal } from '../workflows/messages.js';
import type { Services } from './context.js';
import { invalid } from './errors.js';
import { actorOf } from './people.js';
import { fileCase } from './case-intake.js';

export const inboundMailSchema = z
  .object({
    from: z.string({ error: 'required' }).trim().toLowerCase().email({ error: 'invalid_email' }).max(320, { error: 'too_long' }),
    subject: optionalText(200, { multiline: false }).default(''),
    text: text(20000),
  })
  .strict();

export type MailOutcome =
  | { outcome: 'case_created'; case: CaseRecord }
  | { outcome: 'reply_added'; case: CaseRecord }
  | { outcome: 'rejected'; reason: 'unknown_sender' | 'not_a_contact' };

const CASE_REF = /\[#(\d{1,9})\]/;

/** Handles one inbound mail on behalf of `robot` (the staff account the mail gateway uses). */
export async function receiveMail(s: Services, robot: Person, raw: unknown): Promise<MailOutcome> {
  const parsed = inboundMailSchema.safeParse(unfoldedSubject(raw));
  if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error.issues));
  const mail = parsed.data;
  const { Person: People, CaseRecord: Cases, IntakeRejection } = s.db.models;

  const sender = await People.findOne({ where: { email: mail.from, active: true } });
  if (!sender || sender.role !== 'contact') {
    const reason = sender ? 'not_a_contact' : 'unknown_sender';
    const companyId = sender?.companyId ?? (await companyByDomain(s, mail.from));
    await IntakeRejection.create({ channel: 'mail', sender: mail.from, subject: mail.subject || null, reason, companyId });
    await answerRejectedSender(s, mail.from, sender, companyId);
    return { outcome: 'rejected', reason };
  }

  const ref = mail.subject.match(CASE_REF);
  if (ref) {
    const c = await Cases.findByPk(Number(ref[1]));
    if (c && c.companyId === sender.companyId && !isTerminal(c.status)) {
      await s.temporal.workflow.getHandle(c.workflowId).signal(mailReplySignal, { actor: actorOf(sender), message: mail.text });
      return { outcome: 'reply_added', case: c };
    }
  }
  const title = (mail.subject.replace(CASE_REF, '').trim() || mail.text.split('\n')[0]).slice(0, 200);
  const record = await fileCase(s, robot, {
    type: 'support',
    values: { title, description: mail.text.slice(0, 10000) },
    contactEmail: sender.email,
    channel: 'mail',
    mode: 'api',
  });
  return { outcome: 'case_created', case: record };
}

/** A folded subject header (line breaks and tabs from a long subject) is read as one line. */
function unfoldedSubject(raw: unknown): unknown {
  const subject = (raw as { subject?: unknown } | null)?.subject;
  return typeof subject === 'string' ? { ...(raw as object), subject: subject.replace(/[\t\r\n]+/g, ' ') } : raw;
}

/** A company whose contacts share the sender's mail domain, if exactly one does. */
async function companyByDomain(s: Services, email: string): Promise<string | null> {
  const domain = email.split('@')[1];
  const rows = await s.db.models.Person.findAll({ where: { email: { [Op.iLike]: `%@${domain}` }, companyId: { [Op.ne]: null } }, attributes: ['companyId'] });
  const companies = [...new Set(rows.map((r) => r.companyId))];
  return companies.length === 1 ? companies[0] : null;
}

async function answerRejectedSender(s: Services, to: string, sender: Person | null, companyId: string | null): Promise<void> {
  const contacts = companyId ? await s.db.models.Person.findAll({ where: { companyId, role: 'contact', active: true }, order: [['lastName', 'ASC']] }) : [];
  const locale = sender?.locale ?? 'da';
  const named = contacts.map((c) => `${c.fullName} <${c.email}>`).join(', ');
  const contactsText = contacts.length
    ? locale === 'da'
      ? `Kontakt venligst en af jeres supportkontakter: ${named}.`
      : `Please contact one of your support contacts: ${named}.`
    : locale === 'da'
      ? 'Bed venligst jeres virksomhed om at udpege en supportkontakt.'
      : 'Please ask your company to appoint a support contact.';
  await s.db.models.Notification.create({
    dedupeKey: `intake-rejected:${to}:${Date.now()}`,
    personId: sender?.id ?? null,
    email: to,
    locale,
    template: 'intake_rejected',
    params: { contacts: contactsText },
    caseNumber: null,
  });
}
