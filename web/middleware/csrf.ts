// CSRF protection for every state-changing page request. Forms carry the token as the hidden field
// `_csrf`; scripts may send the `x-csrf-token` header.
// - A session (a signed-in person, or a sign-in under way) keeps a synchroniser token (csrf-sync).
// - An anonymous visitor has no session at all — a page view must not write a session row — so their
//   forms (sign-in, forgotten password, language) carry a stateless token: the HMAC of a random
//   nonce kept in a cookie of its own (the signed double-submit cookie pattern).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import { cookieOptions, readCookie } from './cookies.js';

const sync = csrfSync({
  getTokenFromRequest: (req: Request) => tokenFromRequest(req),
});
export const invalidCsrfTokenError = sync.invalidCsrfTokenError;

const NONCE_COOKIE = 'sd.csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokenFromRequest(req: Request): string | undefined {
  const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (typeof fromBody === 'string') return fromBody;
  const header = req.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/** A request whose session is stored (signed in, or signing in): it uses the session's token. */
const hasSession = (req: Request) => Boolean(req.session?.personId || req.session?.csrfToken || req.session?.pendingSignIn);

export function csrfGuards(secret: string, secure: boolean | 'auto') {
  const mac = (nonce: string) => createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url');

  /** The token for the forms of this response (an anonymous visitor gets the nonce cookie with it). */
  function csrfToken(req: Request, res: Response): string {
    if (hasSession(req)) return sync.generateToken(req);
    let nonce = readCookie(req, NONCE_COOKIE);
    if (!nonce || !/^[A-Za-z0-9_-]{24}$/.test(nonce)) {
      nonce = randomBytes(18).toString('base64url');
      res.cookie(NONCE_COOKIE, nonce, cookieOptions(req, secure));
      // A later read in this request (a second form) sees the same nonce.
      req.headers.cookie = `${req.headers.cookie ? `${req.headers.cookie}; ` : ''}${NONCE_COOKIE}=${nonce}`;
    }
    return mac(nonce);
  }

  function csrfProtection(req: Request, res: Response, next: NextFunction): void {
    if (SAFE_METHODS.has(req.method)) return next();
    if (hasSession(req)) return sync.csrfSynchronisedProtection(req, res, next);
    const nonce = readCookie(req, NONCE_COOKIE);
    const sent = tokenFromRequest(req);
    if (!nonce || !sent) return next(invalidCsrfTokenError);
    const expected = Buffer.from(mac(nonce));
    const given = Buffer.from(sent);
    next(expected.length === given.length && timingSafeEqual(expected, given) ? undefined : invalidCsrfTokenError);
  }

  return { csrfToken, csrfProtection };
}
