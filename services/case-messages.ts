// Free messages on a case that move nothing in its process: a desk note (internal, staff only) or a
// message to the customer (shown on the portal and mailed to the case's contact). Files sent with a
// note are stored internal, so the customer never sees them.
import { z } from 'zod';
import { issuesToFieldErrors } from '../domain/validation.js';
import { text } from '../domain/text-input.js';
import type { Person } from '../db/models/person.js';
import type { CaseMessage } from '../db/models/case-message.js';
import type { Services } from './context.js';
import { findVisibleCase } from './case-access.js';
import { checkFiles, storeFiles, type IncomingFile } from './attachments.js';
import { forbidden, invalid } from './errors.js';
import { isStaff } from './people.js';

export interface NewCaseMessage {
  body: unknown;
  /** True for a desk note; false for a message the customer sees. */
  internal: unknown;
  files?: IncomingFile[];
}

const messageSchema = z
  .object({
    body: text(10000),
    internal: z.boolean({ error: 'invalid_choice' }),
  })
  .strict();

/** Adds a note or a customer-visible message to a case; throws a Refusal when it may not. */
export async function addCaseMessage(s: Services, person: Person, number: number, msg: NewCaseMessage): Promise<CaseMessage> {
  const record = await findVisibleCase(s, person, number);
  if (!isStaff(person)) throw forbidden('rules:refusals.notes_staff_only');
  const parsed = messageSchema.safeParse({ body: msg.body, internal: msg.internal });
  const errors: Record<string, string> = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  const files = msg.files ?? [];
  Object.assign(errors, checkFiles(files));
  if (!parsed.success || Object.keys(errors).length) throw invalid(errors);
  const { body, internal } = parsed.data;

  return s.db.sequelize.transaction(async (transaction) => {
    const message = await s.db.models.CaseMessage.create({ caseNumber: number, authorId: person.id, body, internal }, { transaction });
    await storeFiles(s, number, person, files, internal, transaction, { messageId: Number(message.id) });
    if (!internal) {
      const contact = await s.db.models.Person.findByPk(record.contactId, { transaction });
      if (contact?.active) {
        await s.db.models.Notification.create(
          {
            dedupeKey: `case-message:${message.id}`,
            personId: contact.id,
            email: contact.email,
            locale: contact.locale,
            template: 'desk_message',
            params: { title: record.title, message: body, caseNumber: number },
            caseNumber: number,
          },
          { transaction },
        );
      }
    }
    return message;
  });
}
