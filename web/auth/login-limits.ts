// Rate limits on signing in (the login form, the second step and POST /api/v1/tokens alike) and on
// password-reset requests, counted in PostgreSQL so every web replica shares them. The client address
// is the connection's, unless TRUST_PROXY names the proxy in front; a spoofed X-Forwarded-For changes
// nothing. Sign-in failures — a wrong password or a wrong second-factor code — count three ways:
// - per e-mail address AND client: 10 in 15 minutes, then that client is refused for that address;
// - per client: 50 in 15 minutes (whatever the addresses), then that client is refused;
// - per e-mail address from every client: never a hard block (anyone who knows the address could
//   otherwise lock its holder out), but from the 10th failure on, a client that has itself failed on
//   the address must wait 1, 2, 4 … up to 60 seconds after the address's last failure; a client
//   that has not (the holder at their own computer) is not slowed. At the 10th the holder is mailed.
import type { Request, RequestHandler, Response } from 'express';
import type { Services } from '../../services/context.js';
import { attemptsCounted, countAttempts, emailCounterKey, normalizedEmail } from '../../services/people/rate-limits.js';
import { tellOfFailedSignIns } from '../../services/people/sign-in-warning.js';

const WINDOW_MS = 15 * 60_000;

/** Failed sign-ins allowed per window: per e-mail address and client, and per client address (an office shares one). */
export const LOGIN_LIMITS = { windowMinutes: WINDOW_MS / 60_000, perEmail: 10, perAddress: 50, slowDownFrom: 10, maxDelaySeconds: 60 } as const;
/** Password-reset requests allowed per window (each one sends a mail). */
export const RESET_LIMITS = { perEmail: 5, perAddress: 30 } as const;

/** The wait the address's failures ask of a client that has failed on it: 0 below the threshold, then 1, 2, 4 … 60 s. */
export function slowDownSeconds(failures: number): number {
  if (failures < LOGIN_LIMITS.slowDownFrom) return 0;
  return Math.min(LOGIN_LIMITS.maxDelaySeconds, 2 ** (failures - LOGIN_LIMITS.slowDownFrom));
}

function tooManyAttempts(req: Request, res: Response, view: ((res: Response, message: string) => void) | undefined): void {
  if (req.originalUrl.startsWith('/api/')) return void res.status(429).json({ error: 'too many attempts; wait a moment and try again' });
  const t = res.locals.t;
  res.status(429);
  if (view) return view(res, t('errors.rateLimited'));
  const email = (req.body as { email?: unknown })?.email;
  const values = { email: typeof email === 'string' ? email : '' };
  if (req.path.startsWith('/password/'))
    return void res.render('auth/forgot', { title: t('auth:forgot.title'), values, sent: false, limited: t('errors.rateLimited') });
  res.render('auth/login', { title: t('auth:login.title'), values, error: t('errors.rateLimited'), next: '' });
}

/** The client address the limits count: the connection's, or the one the trusted proxy reports (TRUST_PROXY). */
export const clientAddress = (req: Request) => (req.ip ?? req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');

interface Keys {
  email: string;
  pair: string;
  address: string;
}

const keysOf = (name: string, email: unknown, req: Request): Keys => {
  const emailKey = emailCounterKey(email);
  const client = clientAddress(req);
  return { email: `${name}:${emailKey}`, pair: `${name}:pair:${emailKey}:${client}`, address: `${name}:address:${client}` };
};

function refuse(req: Request, res: Response, name: string, limit: number, retryAfterSeconds: number, view?: (res: Response, message: string) => void) {
  // The limit as the IETF RateLimit headers say it (draft-ietf-httpapi-ratelimit-headers).
  res.set({ 'RateLimit-Policy': `"${name}";q=${limit};w=${WINDOW_MS / 1000}`, 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
  tooManyAttempts(req, res, view);
}

export interface SignInLimitOptions {
  /** The address whose failures count (default: the body's `email`; the second step: the person signing in). */
  emailOf?: (req: Request) => unknown;
  /** How a page shows the refusal (default: the login page). */
  view?: (res: Response, message: string) => void;
}

/**
 * Sign-in: refuses a client that reached a limit (all counters read in one statement); a failure is
 * counted only when the route finds the password or code wrong (countFailedSignIn), so colleagues
 * signing in at once from one office address are never refused.
 */
export function loginLimits(s: Services, opts: SignInLimitOptions = {}): RequestHandler {
  const emailOf = opts.emailOf ?? ((req: Request) => (req.body as { email?: unknown } | undefined)?.email);
  return async (req, res, next) => {
    const email = emailOf(req);
    const keys = keysOf('login', email, req);
    const counted = await attemptsCounted(s, [keys.email, keys.pair, keys.address]);
    const now = s.now();
    const secondsLeft = (key: string) => ((counted.get(key)?.resetAt.getTime() ?? now) - now) / 1000;
    if ((counted.get(keys.pair)?.hits ?? 0) >= LOGIN_LIMITS.perEmail)
      return refuse(req, res, 'login', LOGIN_LIMITS.perEmail, secondsLeft(keys.pair), opts.view);
    if ((counted.get(keys.address)?.hits ?? 0) >= LOGIN_LIMITS.perAddress)
      return refuse(req, res, 'login', LOGIN_LIMITS.perAddress, secondsLeft(keys.address), opts.view);
    const onAddress = counted.get(keys.email);
    const wait = slowDownSeconds(onAddress?.hits ?? 0);
    if (wait > 0 && (counted.get(keys.pair)?.hits ?? 0) > 0 && onAddress?.lastHitAt) {
      const left = onAddress.lastHitAt.getTime() + wait * 1000 - now;
      if (left > 0) return refuse(req, res, 'login-slow', LOGIN_LIMITS.slowDownFrom, left / 1000, opts.view);
    }
    res.locals.failureCounters = { keys, email: normalizedEmail(email) };
    next();
  };
}

/** Counts a failed sign-in on the request's counters (before answering, so the next attempt sees it); mails the holder at the 10th. */
export async function countFailedSignIn(s: Services, res: Response): Promise<void> {
  const counters = res.locals.failureCounters as { keys: Keys; email: string } | undefined;
  if (!counters) return;
  const { keys, email } = counters;
  const counted = await countAttempts(s, [keys.email, keys.pair, keys.address], WINDOW_MS);
  const onAddress = counted.get(keys.email);
  if (onAddress?.hits === LOGIN_LIMITS.slowDownFrom) await tellOfFailedSignIns(s, email, onAddress.hits, onAddress.resetAt);
}

/** Password-reset requests: every request counts, per e-mail address and per client. */
export function resetLimits(s: Services): RequestHandler {
  return async (req, res, next) => {
    const keys = keysOf('reset', (req.body as { email?: unknown } | undefined)?.email, req);
    const counted = await attemptsCounted(s, [keys.email, keys.address]);
    const now = s.now();
    for (const [key, limit] of [
      [keys.email, RESET_LIMITS.perEmail],
      [keys.address, RESET_LIMITS.perAddress],
    ] as const) {
      const c = counted.get(key);
      if ((c?.hits ?? 0) >= limit) return refuse(req, res, 'reset', limit, (c!.resetAt.getTime() - now) / 1000);
    }
    await countAttempts(s, [keys.email, keys.address], WINDOW_MS);
    next();
  };
}
