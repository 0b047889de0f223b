// Queues an e-mail to a person in the notifications outbox; the worker's dispatcher sends it.
import { randomUUID } from 'node:crypto';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';

export async function enqueueMail(s: Services, to: Person, template: string, params: Record<string, unknown>, dedupeKey: string = randomUUID()): Promise<void> {
  await s.db.models.Notification.findOrCreate({
    where: { dedupeKey },
    defaults: { dedupeKey, personId: to.id, email: to.email, locale: to.locale, template, params, caseNumber: null },
  });
}
