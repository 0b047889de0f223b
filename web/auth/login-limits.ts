// Rate limits on signing in (the login form and POST /api/v1/tokens alike) and on password-reset
// requests: counted per normalised e-mail address (" Ann@X.dk " is "ann@x.dk") and per client
// address, in PostgreSQL so every web replica shares them. The client address is the connection's,
// unless TRUST_PROXY names the proxy in front; a spoofed X-Forwarded-For changes nothing.
import type { Request, RequestHandler, Response } from 'express';
import type { Services } from '../../services/context.js';
import { attemptsCounted, countAttempt, emailCounterKey } from '../../services/rate-limits.js';

const WINDOW_MS = 15 * 60_000;

/** Failed sign-ins allowed per window: per e-mail address, and per client address (an office shares one). */
export const LOGIN_LIMITS = { windowMinutes: WINDOW_MS / 60_000, perEmail: 10, perAddress: 50 } as const;
/** Password-reset requests allowed per window (each one sends a mail). */
export const RESET_LIMITS = { perEmail: 5, perAddress: 30 } as const;

function tooManyAttempts(req: Request, res: Response): void {
  if (req.originalUrl.startsWith('/api/')) return void res.status(429).json({ error: 'too many attempts; wait a moment and try again' });
  const t = res.locals.t;
  const email = (req.body as { email?: unknown })?.email;
  const values = { email: typeof email === 'string' ? email : '' };
  if (req.path.startsWith('/password/'))
    return void res.status(429).render('auth/forgot', { title: t('auth:forgot.title'), values, sent: false, limited: t('errors.rateLimited') });
  res.status(429).render('auth/login', { title: t('auth:login.title'), values, error: t('errors.rateLimited'), next: '' });
}

/**
 * Refuses a request once `limit` attempts were counted on its key in the window. A reset request counts
 * at once; a sign-in counts only when the route finds the password wrong (countFailedSignIn), so
 * colleagues signing in at once from one office address are never refused.
 */
function limiter(s: Services, name: string, limit: number, key: (req: Request) => string, counts: 'every' | 'failures'): RequestHandler {
  return async (req, res, next) => {
    const counter = `${name}:${key(req)}`;
    const counted = await attemptsCounted(s, counter);
    if (counted && counted.hits >= limit) {
      // The limit as the IETF RateLimit headers say it (draft-ietf-httpapi-ratelimit-headers).
      res.set({
        'RateLimit-Policy': `"${name}";q=${limit};w=${WINDOW_MS / 1000}`,
        'Retry-After': String(Math.max(1, Math.ceil((counted.resetAt.getTime() - s.now()) / 1000))),
      });
      return tooManyAttempts(req, res);
    }
    if (counts === 'every') await countAttempt(s, counter, WINDOW_MS);
    else res.locals.failureCounters = [...((res.locals.failureCounters as string[] | undefined) ?? []), counter];
    next();
  };
}

/** Counts a failed sign-in on the request's counters (called before answering it, so the next attempt sees it). */
export async function countFailedSignIn(s: Services, res: Response): Promise<void> {
  for (const counter of (res.locals.failureCounters as string[] | undefined) ?? []) await countAttempt(s, counter, WINDOW_MS);
}

/** The client address the limits count: the connection's, or the one the trusted proxy reports (TRUST_PROXY). */
const clientAddress = (req: Request) => (req.ip ?? req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');

const byEmail = (req: Request) => emailCounterKey((req.body as { email?: unknown } | undefined)?.email);
const byAddress = (req: Request) => `address:${clientAddress(req)}`;

/** Sign-in: 10 wrong passwords per e-mail address, 50 per client address, in 15 minutes. */
export function loginLimits(s: Services): RequestHandler[] {
  return [limiter(s, 'login', LOGIN_LIMITS.perEmail, byEmail, 'failures'), limiter(s, 'login', LOGIN_LIMITS.perAddress, byAddress, 'failures')];
}

/** Password-reset requests: every request counts. */
export function resetLimits(s: Services): RequestHandler[] {
  return [limiter(s, 'reset', RESET_LIMITS.perEmail, byEmail, 'every'), limiter(s, 'reset', RESET_LIMITS.perAddress, byAddress, 'every')];
}
