// Sessions stored in PostgreSQL (services/people/session-store.ts), so web replicas are stateless.
// Only a signed-in person (or one half way through signing in) has a session: an anonymous visitor
// gets none (their forms' CSRF token is stateless, their language a cookie). A session ends after 8
// idle hours, and — however busy — 12 hours after signing in (issue 25: no session rolls forever).
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import type { Locale } from '../../domain/types.js';
import type { Services } from '../../services/context.js';
import { sessionStore } from '../../services/people/session-store.js';

/** A password that was right, waiting for the second factor (the second step of signing in). */
export interface PendingSignIn {
  personId: number;
  /** Their address, which the sign-in limits count wrong codes on. */
  email: string;
  /** When the password was checked (ms); the second step must follow within PENDING_MINUTES. */
  at: number;
  next: string;
}

declare module 'express-session' {
  interface SessionData {
    personId?: number;
    locale?: Locale;
    flash?: { kind: 'ok' | 'error'; text: string };
    csrfToken?: string;
    /** When the person signed in (ms): the session ends SESSION_MAX_HOURS later, whatever happens. */
    signedInAt?: number;
    /** When the person was last seen (ms), written at most once a minute. */
    lastSeenAt?: number;
    userAgent?: string;
    address?: string;
    /** How the person signed in: password, totp, recovery_code, passkey, trusted_device, sso, link. */
    signInMethod?: string;
    /** REQUIRE_2FA asks a factor of this person and they have none yet: only enrolment is open to them. */
    mustEnrol?: boolean;
    pendingSignIn?: PendingSignIn;
    /** The WebAuthn challenge between the options and the browser's answer. */
    passkeyChallenge?: { challenge: string; purpose: 'register' | 'sign-in'; at: number };
    /** Single sign-on under way: what the callback must find again. */
    sso?: { state: string; nonce: string; verifier: string; next: string; at: number };
  }
}

export const SESSION_HOURS = 8;
export const SESSION_MAX_HOURS = 12;
const LAST_SEEN_RESOLUTION_MS = 60_000;

export function sessions(s: Services, opts: { secret: string; secure: boolean | 'auto' }) {
  const { store, close } = sessionStore(s, session);
  const middleware = session({
    store,
    name: 'sd.sid',
    secret: opts.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: opts.secure, maxAge: SESSION_HOURS * 3600_000 },
  });
  return { middleware, close };
}

export const regenerateSession = (req: Request) => new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));

/**
 * Ends a signed-in session 12 hours after its sign-in, and notes when the person was last seen. A
 * session from before sign-in times were kept starts its 12 hours now.
 */
export function sessionLifetime(now: () => number) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const sess = req.session;
    if (!sess?.personId) return next();
    const t = now();
    sess.signedInAt ??= t;
    if (t - sess.signedInAt > SESSION_MAX_HOURS * 3600_000) {
      await regenerateSession(req);
      return next();
    }
    if (!sess.lastSeenAt || t - sess.lastSeenAt > LAST_SEEN_RESOLUTION_MS) sess.lastSeenAt = t;
    next();
  };
}

/** Whether the session holds anything (an anonymous visitor's empty session is never stored). */
export const sessionInUse = (req: Request) => Boolean(req.session && Object.keys(req.session).some((k) => k !== 'cookie'));

/**
 * Every redirect waits until the session is saved: otherwise a browser that follows the 302 at once
 * can load the next page before a flash message (or a fresh login) has reached the store. An empty
 * (anonymous) session is not saved.
 */
export function saveSessionBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
  res.redirect = ((...args: unknown[]) => {
    if (!sessionInUse(req)) return redirect(...args);
    req.session.save((err) => (err ? next(err) : redirect(...args)));
  }) as Response['redirect'];
  next();
}
