// Starting a signed-in session, however the person proved who they are (password, second factor,
// single sign-on, a password link): a fresh session id (no fixation), when and from where they signed
// in (for the sessions page and the 12-hour limit), and — when REQUIRE_2FA asks a second factor of
// them and they have none yet — a session that only opens the enrolment page.
import type { NextFunction, Request, Response } from 'express';
import type { Services } from '../../services/context.js';
import type { Person } from '../../services/people/people.js';
import { hasSecondFactor, secondFactorRequired, secondFactorsOf } from '../../services/people/second-factor/policy.js';
import { regenerateSession } from '../middleware/session.js';
import { languageCookie, setLanguageCookie } from '../middleware/language-cookie.js';
import { clientAddress } from './login-limits.js';

export type SignInMethod = 'password' | 'totp' | 'recovery_code' | 'passkey' | 'trusted_device' | 'sso' | 'link';

export async function beginSession(
  s: Services,
  req: Request,
  res: Response,
  person: Person,
  method: SignInMethod,
  opts: { hasSecondFactor?: boolean } = {},
): Promise<void> {
  await regenerateSession(req);
  const now = s.now();
  Object.assign(req.session, {
    personId: person.id,
    signedInAt: now,
    lastSeenAt: now,
    userAgent: (req.get('user-agent') ?? '').slice(0, 300),
    address: clientAddress(req),
    signInMethod: method,
  });
  // Single sign-on proves the person at their company's provider, which has its own second factor.
  if (method !== 'sso' && secondFactorRequired(s.env, person)) {
    const has = opts.hasSecondFactor ?? hasSecondFactor(await secondFactorsOf(s, person.id));
    if (!has) req.session.mustEnrol = true;
  }
  // A language picked on the login page is the person's choice from now on.
  const picked = languageCookie(req);
  if (picked?.chosen) {
    if (picked.locale !== person.locale) await person.update({ locale: picked.locale });
    setLanguageCookie(req, res, s.env.COOKIE_SECURE, picked.locale, false);
  }
}

/** Paths a person who must set up a second factor may still use. */
const ENROLMENT_PATHS = /^\/(account\/security(\/|$)|logout$|language$)/;
export const ENROLMENT_PAGE = '/account/security';

/** While REQUIRE_2FA waits for the person's second factor, every other page leads to the enrolment page. */
export function enrolmentGate(req: Request, res: Response, next: NextFunction): void {
  if (!req.person || !req.session?.mustEnrol || ENROLMENT_PATHS.test(req.path)) return next();
  if (req.method === 'GET') return res.redirect(ENROLMENT_PAGE);
  const t = res.locals.t;
  res.status(403).render('errors/error', { status: 403, title: t('auth:secondFactor.enrolFirstTitle'), message: t('auth:secondFactor.enrolFirst') });
}
