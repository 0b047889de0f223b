// Signing in and out, the language switch, and password links (invitation and reset). The second
// step of signing in is web/auth/second-step.ts, single sign-on web/auth/single-sign-on.ts.
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { checkLogin, personForLink, sendPasswordReset, setPasswordFromLink } from '../../services/people/sign-in.js';
import { normalizedEmail } from '../../services/people/rate-limits.js';
import { Refusal } from '../../services/errors.js';
import { isLocale } from '../../i18n/index.js';
import { homeOf } from '../middleware/auth.js';
import { regenerateSession } from '../middleware/session.js';
import { setLanguageCookie } from '../middleware/language-cookie.js';
import { countFailedSignIn, loginLimits, resetLimits } from './login-limits.js';
import { beginSession } from './signed-in.js';
import { rememberedDevices } from './remembered-device.js';
import { secondStepRoutes } from './second-step.js';
import { singleSignOnRoutes, ssoOffered } from './single-sign-on.js';
import { safeNext } from './safe-next.js';
import { hasSecondFactor, secondFactorsOf } from '../../services/people/second-factor/policy.js';
import { fields } from '../middleware/form-fields.js';

export function authRoutes(s: Services, opts: { secret: string }): Router {
  const r = Router();
  const devices = rememberedDevices(s, opts.secret);

  r.get('/', (req, res) => res.redirect(req.person ? homeOf(req.person) : '/login'));

  const showLogin = (req: Request, res: Response, values: { email: string }, error: string | null, next: string) =>
    res.render('auth/login', { title: res.locals.t('auth:login.title'), values, error, next, sso: ssoOffered(s) });

  r.get('/login', (req, res) => {
    if (req.person) return res.redirect(homeOf(req.person));
    const problem = typeof req.query.sso === 'string' && /^[a-z_]{1,30}$/.test(req.query.sso) ? res.locals.t(`auth:sso.problems.${req.query.sso}`) : null;
    showLogin(req, res, { email: '' }, problem, safeNext(req.query.next, ''));
  });

  r.post('/login', fields('email', 'password', 'next'), loginLimits(s), async (req, res) => {
    const { email, password, next } = req.body as Record<string, unknown>;
    const signIn = await checkLogin(s, email, password);
    if (!signIn) {
      await countFailedSignIn(s, res);
      return res.status(401).render('auth/login', {
        title: res.locals.t('auth:login.title'),
        values: { email: typeof email === 'string' ? email : '' },
        error: res.locals.t('auth:login.failed'),
        next: safeNext(next, ''),
        sso: ssoOffered(s),
      });
    }
    const { person, hasSecondFactor } = signIn;
    const to = safeNext(next, homeOf(person));
    if (hasSecondFactor && !(await devices.trusted(req, person.id))) {
      // The password was right; the second factor comes next, in a session that signs nobody in yet.
      await regenerateSession(req);
      req.session.pendingSignIn = { personId: person.id, email: person.email, at: s.now(), next: to };
      return res.redirect(303, '/login/second-factor');
    }
    await beginSession(s, req, res, person, hasSecondFactor ? 'trusted_device' : 'password', { hasSecondFactor });
    res.redirect(to);
  });

  r.use(secondStepRoutes(s, devices));
  r.use(singleSignOnRoutes(s));

  r.post('/logout', async (req, res) => {
    // The language goes on in a cookie, so the login page speaks it (no session for a visitor).
    const locale = req.person?.locale;
    if (locale) setLanguageCookie(req, res, s.env.COOKIE_SECURE, locale, false);
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    res.redirect('/login');
  });

  r.post('/language', fields('locale', 'next'), async (req, res) => {
    const { locale, next } = req.body as Record<string, unknown>;
    if (isLocale(locale)) {
      if (req.person) await req.person.update({ locale });
      else setLanguageCookie(req, res, s.env.COOKIE_SECURE, locale, true);
    }
    res.redirect(safeNext(next, '/'));
  });

  r.get('/password/forgot', (_req, res) => res.render('auth/forgot', { title: res.locals.t('auth:forgot.title'), values: { email: '' }, sent: false }));

  r.post('/password/forgot', fields('email'), resetLimits(s), async (req, res) => {
    const email = normalizedEmail((req.body as { email?: unknown }).email);
    await sendPasswordReset(s, email);
    // The same answer whether or not the address is known, so addresses cannot be probed.
    res.render('auth/forgot', { title: res.locals.t('auth:forgot.title'), values: { email }, sent: true });
  });

  const showSet = async (req: Request, res: Response, errors: Record<string, string> = {}, status = 200) => {
    const person = await personForLink(s, String(req.params.token));
    if (!person) return res.status(404).render('auth/link-expired', { title: res.locals.t('auth:setPassword.expiredTitle') });
    // `invitee`, not `person`: the page's `person` is whoever is signed in (nobody, usually), and the
    // top bar would otherwise show the invitee as signed in before they have chosen a password.
    res.status(status).render('auth/set-password', { title: res.locals.t('auth:setPassword.title'), invitee: person, errors, token: req.params.token });
  };
  r.get('/password/set/:token', (req, res) => showSet(req, res));
  r.post('/password/set/:token', fields('password', 'confirm'), async (req, res) => {
    const { password, confirm } = req.body as Record<string, unknown>;
    try {
      // Setting the password ends the person's other sessions, API tokens, links and trusted devices.
      const person = await setPasswordFromLink(s, String(req.params.token), password, confirm);
      if (!person) return res.status(404).render('auth/link-expired', { title: res.locals.t('auth:setPassword.expiredTitle') });
      // A person with a second factor still proves it: a password link alone must not get past it.
      if (hasSecondFactor(await secondFactorsOf(s, person.id))) {
        await regenerateSession(req);
        req.session.pendingSignIn = { personId: person.id, email: person.email, at: s.now(), next: homeOf(person) };
        req.session.flash = { kind: 'ok', text: res.locals.t('auth:setPassword.done') };
        return res.redirect(303, '/login/second-factor');
      }
      await beginSession(s, req, res, person, 'link', { hasSecondFactor: false });
      req.session.flash = { kind: 'ok', text: res.locals.t('auth:setPassword.done') };
      res.redirect(homeOf(person));
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return showSet(req, res, err.fieldErrors, 422);
      throw err;
    }
  });

  return r;
}
