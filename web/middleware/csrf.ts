// CSRF protection for every state-changing page request (synchroniser token kept in the session).
// Forms carry it as the hidden field `_csrf`; scripts may send the `x-csrf-token` header.
import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';

export const {
  csrfSynchronisedProtection: csrfProtection,
  generateToken: csrfToken,
  invalidCsrfTokenError,
} = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof fromBody === 'string') return fromBody;
    const header = req.headers['x-csrf-token'];
    return typeof header === 'string' ? header : undefined;
  },
});
