// Signing in and out, the language switch, and password links (invitation and reset).
import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { checkLogin, personForLink, sendPasswordReset, setPasswordFromLink } from '../../services/people/sign-in.js';
import { normalizedEmail } from '../../services/people/rate-limits.js';
import { Refusal } from '../../services/errors.js';
import { isLocale } from '../../i18n/index.js';
import { homeOf } from '../middleware/auth.js';
import { countFailedSignIn, loginLimits, resetLimits } from './login-limits.js';

/** Only local paths are followed after login, never another site. */
function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && next.length <= 2000 && /^\/(?![/\\])[\w\-./?=&%#+,:~]*$/.test(next) ? next : fallback;
}

export function authRoutes(s: Services): Router {
  const r = Router();

  r.get('/', (req, res) => res.redirect(req.person ? homeOf(req.person) : '/login'));

  r.get('/login', (req, res) => {
    if (req.person) return res.redirect(homeOf(req.person));
    res.render('auth/login', { title: res.locals.t('auth:login.title'), values: { email: '' }, error: null, next: safeNext(req.query.next, '') });
  });

  r.post('/login', loginLimits(s), async (req, res) => {
    const { email, password, next } = req.body as Record<string, unknown>;
    const person = await checkLogin(s, email, password);
    if (!person) {
      await countFailedSignIn(s, res);
      return res.status(401).render('auth/login', {
        title: res.locals.t('auth:login.title'),
        values: { email: typeof email === 'string' ? email : '' },
        error: res.locals.t('auth:login.failed'),
        next: safeNext(next, ''),
      });
    }
    const { locale, localeChosen } = req.session;
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.personId = person.id;
    // A language picked on the login page is the person's choice from now on.
    if (localeChosen && locale && locale !== person.locale) await person.update({ locale });
    res.redirect(safeNext(next, homeOf(person)));
  });

  r.post('/logout', (req, res, next) => {
    // A fresh anonymous session that keeps only the language, so the login page speaks it.
    const locale = req.person?.locale ?? req.session.locale;
    req.session.regenerate((err) => {
      if (err) return next(err);
      if (locale) req.session.locale = locale;
      res.redirect('/login');
    });
  });

  r.post('/language', async (req, res) => {
    const { locale, next } = req.body as Record<string, unknown>;
    if (isLocale(locale)) {
      req.session.locale = locale;
      if (req.person) await req.person.update({ locale });
      else req.session.localeChosen = true;
    }
    res.redirect(safeNext(next, '/'));
  });

  r.get('/password/forgot', (_req, res) => res.render('auth/forgot', { title: res.locals.t('auth:forgot.title'), values: { email: '' }, sent: false }));

  r.post('/password/forgot', resetLimits(s), async (req, res) => {
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
  r.post('/password/set/:token', async (req, res) => {
    const { password, confirm } = req.body as Record<string, unknown>;
    try {
      const person = await setPasswordFromLink(s, String(req.params.token), password, confirm);
      if (!person) return res.status(404).render('auth/link-expired', { title: res.locals.t('auth:setPassword.expiredTitle') });
      await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
      req.session.personId = person.id;
      req.session.flash = { kind: 'ok', text: res.locals.t('auth:setPassword.done') };
      res.redirect(homeOf(person));
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return showSet(req, res, err.fieldErrors, 422);
      throw err;
    }
  });

  return r;
}
