// Invitations: a person the desk creates gets a one-time link by e-mail to choose a password
// (the page /password/set/<token>). The link is valid for 72 hours; the desk can send a new one.
import type { Person } from '../db/models/person.js';
import type { Company } from '../db/models/company.js';
import { publicUrl } from '../config/env.js';
import { translator } from '../i18n/index.js';
import type { Services } from './context.js';
import { issueLinkToken } from './sign-in.js';
import { enqueueMail } from './outbox.js';

export async function sendInvitation(s: Services, person: Person, company: Company): Promise<void> {
  const token = await issueLinkToken(s, person, 'invite');
  const roleName = translator(person.locale)(`roles.${person.role}`).toLowerCase();
  await enqueueMail(s, person, 'invitation', {
    name: person.firstName,
    roleName,
    company: company.name,
    link: `${publicUrl(s.env)}/password/set/${token}`,
  });
}
