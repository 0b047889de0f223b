// Telling the holder of an address that someone keeps failing to sign in with it (issue 25, item 6):
// one mail per counting window, at the failure that starts the slow-down, with what they can do.
import type { Services } from '../context.js';
import { enqueueMail } from '../mail/outbox.js';
import { publicUrl } from '../../config/env.js';

export async function tellOfFailedSignIns(s: Services, email: string, failures: number, windowEndsAt: Date): Promise<void> {
  if (!email) return;
  const person = await s.db.models.Person.findOne({ where: { email, active: true } });
  if (!person) return;
  await enqueueMail(
    s,
    person,
    'sign_in_attempts',
    { name: person.firstName, failures, link: `${publicUrl(s.env)}/password/forgot`, sessions: `${publicUrl(s.env)}/account/sessions` },
    `sign-in-attempts:${person.id}:${windowEndsAt.getTime()}`,
  );
}
