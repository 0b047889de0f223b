// The sentence that hands a password link to the manager who sent it, when no mail server is set up
// (services/people/invitations.ts): otherwise the invitee could never finish the flow.
import type { Response } from 'express';
import type { SentLink } from '../../services/people/invitations.js';

export function linkNote(res: Response, sent: SentLink | null): string | null {
  if (!sent?.shown) return null;
  return res.locals.t(sent.purpose === 'invite' ? 'staff:links.invitationShown' : 'staff:links.resetShown', { link: sent.link });
}
