// Free messages on a case that move nothing in its process: a desk note (internal, staff only) or a
// message to the customer (shown on the portal and mailed to the case's contact — or to another of the
// company's support contacts, or to a person a support contact agreed the desk may contact, SPEC §1).
// Files sent with a note are stored internal, so the customer never sees them. A closed case takes
// notes only.
import { z } from 'zod';
import { issuesToFieldErrors } from '../../domain/validation.js';
import { text } from '../../domain/text-input.js';
import { personEmail } from '../../domain/actions/fields.js';
import type { Person } from '../../db/models/person.js';
import type { CaseMessage } from '../../db/models/case-message.js';
import type { Services } from '../context.js';
import { findVisibleCase } from './access.js';
import { checkFiles, storeFiles, type IncomingFile } from './attachments.js';
import { conflict, forbidden, invalid } from '../errors.js';
import { isTerminal } from '../../domain/case-states.js';
import type { Locale } from '../../domain/types.js';
import type { CaseRow } from './access.js';
import { isStaff } from '../people/people.js';

export interface NewCaseMessage {
  body: unknown;
  /** True for a desk note; false for a message the customer sees. */
  internal: unknown;
  /** Who a customer-visible message is mailed to, if not the case's contact (an e-mail address). */
  to?: unknown;
  files?: IncomingFile[];
}

const messageSchema = z
  .object({
    body: text(10000),
    internal: z.boolean({ error: 'invalid_choice' }),
    to: personEmail().optional(),
  })
  .strict();

/** Adds a note or a customer-visible message to a case; throws a Refusal when it may not. */
export async function addCaseMessage(s: Services, person: Person, number: number, msg: NewCaseMessage): Promise<CaseMessage> {
  const record = await findVisibleCase(s, person, number);
  if (!isStaff(person)) throw forbidden('rules:refusals.notes_staff_only');
  const parsed = messageSchema.safeParse({ body: msg.body, internal: msg.internal, ...(msg.to === undefined ? {} : { to: msg.to }) });
  const errors: Record<string, string> = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  const checked = await checkFiles(msg.files ?? []);
  const files = checked.accepted;
  Object.assign(errors, checked.errors);
  if (!parsed.success || Object.keys(errors).length) throw invalid(errors);
  const { body, internal } = parsed.data;
  if (!internal && isTerminal(record.status)) throw conflict('rules:refusals.closed_no_message');
  const recipient = internal ? null : await recipientOf(s, record, parsed.data.to);

  return s.db.sequelize.transaction(async (transaction) => {
    const message = await s.db.models.CaseMessage.create({ caseNumber: number, authorId: person.id, body, internal }, { transaction });
    await storeFiles(s, number, person, files, internal, transaction, { messageId: Number(message.id) });
    if (recipient) {
      await s.db.models.Notification.create(
        {
          dedupeKey: `case-message:${message.id}`,
          personId: recipient.id,
          email: recipient.email,
          locale: recipient.locale,
          template: 'desk_message',
          params: { title: record.title, message: body, caseNumber: number },
          caseNumber: number,
        },
        { transaction },
      );
    }
    return message;
  });
}

interface Recipient {
  id: number | null;
  email: string;
  locale: Locale;
}

/**
 * Who a message to the customer goes to: the case's contact; another active support contact of the
 * company; or someone else only when a support contact agreed to it on this case (SPEC §1).
 */
async function recipientOf(s: Services, record: CaseRow, to: string | undefined): Promise<Recipient | null> {
  if (to === undefined) {
    const contact = await s.db.models.Person.findByPk(record.contactId);
    return contact?.active ? { id: contact.id, email: contact.email, locale: contact.locale } : null;
  }
  const contact = await s.db.models.Person.findOne({ where: { email: to, role: 'contact', companyId: record.companyId, active: true } });
  if (contact) return { id: contact.id, email: contact.email, locale: contact.locale };
  const agreed = (record.view?.contactAgreements ?? []).some((a) => a.reach.trim().toLowerCase() === to);
  if (!agreed) throw invalid({ to: 'needs_agreement' });
  const caseContact = await s.db.models.Person.findByPk(record.contactId);
  return { id: null, email: to, locale: caseContact?.locale ?? 'da' };
}
