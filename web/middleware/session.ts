// Sessions stored in PostgreSQL (services/people/session-store.ts), so web replicas are stateless.
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import type { Locale } from '../../domain/types.js';
import type { Services } from '../../services/context.js';
import { sessionStore } from '../../services/people/session-store.js';

declare module 'express-session' {
  interface SessionData {
    personId?: number;
    locale?: Locale;
    /** The visitor picked `locale` before signing in: it becomes the person's language at login. */
    localeChosen?: boolean;
    flash?: { kind: 'ok' | 'error'; text: string };
    csrfToken?: string;
  }
}

export const SESSION_HOURS = 8;

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

/**
 * Every redirect waits until the session is saved: otherwise a browser that follows the 302 at once
 * can load the next page before a flash message (or a fresh login) has reached the store.
 */
export function saveSessionBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
  res.redirect = ((...args: unknown[]) => {
    if (!req.session) return redirect(...args);
    req.session.save((err) => (err ? next(err) : redirect(...args)));
  }) as Response['redirect'];
  next();
}
