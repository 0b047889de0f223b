// Rate limits on signing in (the login form and POST /api/v1/tokens alike) and on password-reset
// requests: counted per normalised e-mail address (" Ann@X.dk " is "ann@x.dk") and per client
// address, in PostgreSQL so every web replica shares them. The client address is the connection's,
// unless TRUST_PROXY names the proxy in front; a spoofed X-Forwarded-For changes nothing.
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, ipKeyGenerator, type Options, type Store } from 'express-rate-limit';
import type { Services } from '../../services/context.js';
import { countAttempt, emailCounterKey, forgetAttempts, uncountAttempt } from '../../services/rate-limits.js';

const WINDOW_MS = 15 * 60_000;

/** Failed sign-ins allowed per window: per e-mail address, and per client address (an office shares one). */
export const LOGIN_LIMITS = { windowMinutes: WINDOW_MS / 60_000, perEmail: 10, perAddress: 50 } as const;
/** Password-reset requests allowed per window (each one sends a mail). */
export const RESET_LIMITS = { perEmail: 5, perAddress: 30 } as const;

/** express-rate-limit's store interface over the PostgreSQL counters. */
class PostgresCounterStore implements Store {
  readonly localKeys = false;
  private windowMs = WINDOW_MS;
  constructor(
    private readonly s: Services,
    readonly prefix: string,
  ) {}
  init(options: Options): void {
    this.windowMs = options.windowMs;
  }
  async increment(key: string) {
    const { hits, resetAt } = await countAttempt(this.s, this.prefix + key, this.windowMs);
    return { totalHits: hits, resetTime: resetAt };
  }
  decrement(key: string) {
    return uncountAttempt(this.s, this.prefix + key);
  }
  resetKey(key: string) {
    return forgetAttempts(this.s, this.prefix + key);
  }
}

function tooManyAttempts(req: Request, res: Response): void {
  if (req.originalUrl.startsWith('/api/')) return void res.status(429).json({ error: 'too many attempts; wait a moment and try again' });
  const t = res.locals.t;
  const email = (req.body as { email?: unknown })?.email;
  const values = { email: typeof email === 'string' ? email : '' };
  if (req.path.startsWith('/password/'))
    return void res.status(429).render('auth/forgot', { title: t('auth:forgot.title'), values, sent: false, limited: t('errors.rateLimited') });
  res.status(429).render('auth/login', { title: t('auth:login.title'), values, error: t('errors.rateLimited'), next: '' });
}

function limiter(s: Services, name: string, limit: number, key: (req: Request) => string, countOnly: ((res: Response) => boolean) | null): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    store: new PostgresCounterStore(s, `${name}:`),
    keyGenerator: key,
    // Only what `countOnly` says counts (a wrong password); everything else is taken back after the answer.
    skipSuccessfulRequests: countOnly !== null,
    requestWasSuccessful: (_req, res) => (countOnly ? !countOnly(res) : true),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: tooManyAttempts,
    // Without TRUST_PROXY a client's X-Forwarded-For is ignored on purpose: no warning for it.
    validate: { xForwardedForHeader: false },
  });
}

const byEmail = (req: Request) => emailCounterKey((req.body as { email?: unknown } | undefined)?.email);
const byAddress = (req: Request) => `address:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '')}`;
const wrongPassword = (res: Response) => res.statusCode === 401;

/** Sign-in: 10 wrong passwords per e-mail address, 50 per client address, in 15 minutes. */
export function loginLimits(s: Services): RequestHandler[] {
  return [limiter(s, 'login', LOGIN_LIMITS.perEmail, byEmail, wrongPassword), limiter(s, 'login', LOGIN_LIMITS.perAddress, byAddress, wrongPassword)];
}

/** Password-reset requests: every request counts. */
export function resetLimits(s: Services): RequestHandler[] {
  return [limiter(s, 'reset', RESET_LIMITS.perEmail, byEmail, null), limiter(s, 'reset', RESET_LIMITS.perAddress, byAddress, null)];
}
