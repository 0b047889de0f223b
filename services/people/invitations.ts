// Invitations and password links: a person the desk creates gets a one-time link by e-mail to choose
// a password (the page /password/set/<token>, valid 72 hours for an invitation, 2 hours for a reset).
// Without a mail server (no SMTP_URL) nobody would ever receive it, so the link is handed back to the
// manager who sent it to pass on by hand, and written to the log in demo mode.
import type { Person } from '../../db/models/person.js';
import type { Company } from '../../db/models/company.js';
import { publicUrl } from '../../config/env.js';
import { translator } from '../../i18n/index.js';
import type { Services } from '../context.js';
import { issueLinkToken } from './sign-in.js';
import { enqueueMail } from '../mail/outbox.js';

/** A link that was sent by e-mail; `shown` when the sender must pass it on themselves (no mail server). */
export interface SentLink {
  purpose: 'invite' | 'reset';
  link: string;
  shown: boolean;
}

function handOver(s: Services, person: Person, purpose: SentLink['purpose'], link: string): SentLink {
  if (s.env.SMTP_URL) return { purpose, link, shown: false };
  if (s.env.DEMO_DATA) s.log.info({ email: person.email, link }, purpose === 'invite' ? 'invitation link (no mail server)' : 'password link (no mail server)');
  return { purpose, link, shown: true };
}

/** Invites a person to choose a password; `company` is null for desk staff. */
export async function sendInvitation(s: Services, person: Person, company: Company | null): Promise<SentLink> {
  const token = await issueLinkToken(s, person, 'invite');
  const t = translator(person.locale);
  const link = `${publicUrl(s.env)}/password/set/${token}`;
  await enqueueMail(s, person, 'invitation', {
    name: person.firstName,
    roleName: t(`roles.${person.role}`).toLowerCase(),
    company: company ? company.name : t('staff:deskName'),
    link,
  });
  return handOver(s, person, 'invite', link);
}

/** Sends a person who already has a password a link to choose a new one. */
export async function sendPasswordLink(s: Services, person: Person): Promise<SentLink> {
  const token = await issueLinkToken(s, person, 'reset');
  const link = `${publicUrl(s.env)}/password/set/${token}`;
  await enqueueMail(s, person, 'password_reset', { link, name: person.firstName });
  return handOver(s, person, 'reset', link);
}
