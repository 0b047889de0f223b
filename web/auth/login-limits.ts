// Rate limits on signing in (the login form and POST /api/v1/tokens alike) and on password-reset
// requests: counted per normalised e-mail address (" Ann@X.dk " is "ann@x.dk") and per client
// address, in PostgreSQL so every web replica shares them. The client address is the connection's,
// unless TRUST_PROXY names the proxy in front; a spoofed X-Forwarded-For changes nothing.
import type { Request, RequestHandler, Response } from 'express';
import type { Services } from '../../services/context.js';
import { attemptsCounted, countAttempts, emailCounterKey } from '../../services/people/rate-limits.js';

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

interface Counter {
  key: string;
  limit: number;
}

/**
 * Refuses a request once any of its counters reached its limit in the window (all read in one
 * statement). A reset request counts at once; a sign-in counts only when the route finds the password
 * wrong (countFailedSignIn), so colleagues signing in at once from one office address are never refused.
 */
function limiter(s: Services, name: string, counters: (req: Request) => Counter[], counts: 'every' | 'failures'): RequestHandler {
  return async (req, res, next) => {
    const mine = counters(req).map((c) => ({ ...c, key: `${name}:${c.key}` }));
    const counted = await attemptsCounted(
      s,
      mine.map((c) => c.key),
    );
    const full = mine.find((c) => (counted.get(c.key)?.hits ?? 0) >= c.limit);
    if (full) {
      // The limit as the IETF RateLimit headers say it (draft-ietf-httpapi-ratelimit-headers).
      res.set({
        'RateLimit-Policy': `"${name}";q=${full.limit};w=${WINDOW_MS / 1000}`,
        'Retry-After': String(Math.max(1, Math.ceil((counted.get(full.key)!.resetAt.getTime() - s.now()) / 1000))),
      });
      return tooManyAttempts(req, res);
    }
    if (counts === 'every')
      await countAttempts(
        s,
        mine.map((c) => c.key),
        WINDOW_MS,
      );
    else res.locals.failureCounters = mine.map((c) => c.key);
    next();
  };
}

/** Counts a failed sign-in on the request's counters (called before answering it, so the next attempt sees it). */
export async function countFailedSignIn(s: Services, res: Response): Promise<void> {
  const keys = (res.locals.failureCounters as string[] | undefined) ?? [];
  if (keys.length) await countAttempts(s, keys, WINDOW_MS);
}

/** The client address the limits count: the connection's, or the one the trusted proxy reports (TRUST_PROXY). */
const clientAddress = (req: Request) => (req.ip ?? req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');

const perEmailAndAddress =
  (limits: { perEmail: number; perAddress: number }) =>
  (req: Request): Counter[] => [
    { key: emailCounterKey((req.body as { email?: unknown } | undefined)?.email), limit: limits.perEmail },
    { key: `address:${clientAddress(req)}`, limit: limits.perAddress },
  ];

/** Sign-in: 10 wrong passwords per e-mail address, 50 per client address, in 15 minutes. */
export function loginLimits(s: Services): RequestHandler {
  return limiter(s, 'login', perEmailAndAddress(LOGIN_LIMITS), 'failures');
}

/** Password-reset requests: every request counts. */
export function resetLimits(s: Services): RequestHandler {
  return limiter(s, 'reset', perEmailAndAddress(RESET_LIMITS), 'every');
}
