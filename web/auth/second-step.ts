// The second step of signing in (/login/second-factor): after the right password, a person with a
// second factor gives a code from their authenticator app or one of their recovery codes — or uses a
// passkey (the browser answers a challenge; web/public/passkey.js). A wrong code counts toward the
// sign-in limits like a wrong password. "Remember this device" skips the step there for 30 days.
import { Router, type Request, type Response } from 'express';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Services } from '../../services/context.js';
import { activePerson, type Person } from '../../services/people/people.js';
import { checkSecondFactor } from '../../services/people/second-factor/check.js';
import { secondFactorsOf } from '../../services/people/second-factor/policy.js';
import { credentialJson, passkeySignInOptions, usePasskey } from '../../services/people/second-factor/passkeys.js';
import { Refusal } from '../../services/errors.js';
import { countFailedSignIn, loginLimits } from './login-limits.js';
import { beginSession, type SignInMethod } from './signed-in.js';
import { fields } from '../middleware/form-fields.js';
import type { rememberedDevices } from './remembered-device.js';

/** How long the second step may take after the password. */
export const PENDING_MINUTES = 10;
const CHALLENGE_MINUTES = 5;

export function secondStepRoutes(s: Services, devices: ReturnType<typeof rememberedDevices>): Router {
  const r = Router();

  /** The person whose password was right a moment ago, or null (no sign-in under way, or it took too long). */
  async function pendingPerson(req: Request): Promise<Person | null> {
    const pending = req.session?.pendingSignIn;
    if (!pending || s.now() - pending.at > PENDING_MINUTES * 60_000) return null;
    return activePerson(s, pending.personId);
  }

  async function show(req: Request, res: Response, person: Person, error: string | null, status = 200) {
    const factors = await secondFactorsOf(s, person.id);
    res.status(status).render('auth/second-factor', { title: res.locals.t('auth:secondFactor.title'), factors, error });
  }

  const startAgain = (req: Request, res: Response) => {
    if (req.session) delete req.session.pendingSignIn;
    res.redirect(303, '/login');
  };

  async function finish(req: Request, res: Response, person: Person, method: SignInMethod, remember: boolean) {
    const next = req.session.pendingSignIn!.next;
    const flash = req.session.flash;
    if (remember) await devices.remember(req, res, person.id);
    await beginSession(s, req, res, person, method, { hasSecondFactor: true });
    if (flash) req.session.flash = flash;
    res.redirect(303, next);
  }

  r.get('/login/second-factor', async (req, res) => {
    const person = await pendingPerson(req);
    if (!person) return startAgain(req, res);
    await show(req, res, person, null);
  });

  // The wrong codes count on the address of the person signing in, like wrong passwords.
  const limits = loginLimits(s, {
    emailOf: (req) => req.session?.pendingSignIn?.email,
    view: (res, message) => res.render('auth/second-factor', { title: res.locals.t('auth:secondFactor.title'), factors: null, error: message }),
  });

  r.post('/login/second-factor', fields('code', 'remember'), limits, async (req, res) => {
    const person = await pendingPerson(req);
    if (!person) return startAgain(req, res);
    const { code, remember } = req.body as Record<string, unknown>;
    const looksLikeApp = typeof code === 'string' && code.replace(/\D/g, '').length === 6 && /^[\d\s-]+$/.test(code);
    if (!(await checkSecondFactor(s, person.id, { code }))) {
      await countFailedSignIn(s, res);
      return show(req, res, person, res.locals.t('auth:secondFactor.wrong'), 401);
    }
    await finish(req, res, person, looksLikeApp ? 'totp' : 'recovery_code', remember === 'on');
  });

  r.get('/login/passkey/options', async (req, res) => {
    const person = await pendingPerson(req);
    if (!person) return res.status(401).json({ error: 'sign in with your password first' });
    const options = await passkeySignInOptions(s, person.id);
    req.session.passkeyChallenge = { challenge: options.challenge, purpose: 'sign-in', at: s.now() };
    res.set('Cache-Control', 'no-store').json(options);
  });

  r.post('/login/passkey', fields('credential', 'remember'), limits, async (req, res) => {
    const person = await pendingPerson(req);
    if (!person) return startAgain(req, res);
    const challenge = req.session.passkeyChallenge;
    delete req.session.passkeyChallenge;
    let ok = false;
    try {
      const response = credentialJson<AuthenticationResponseJSON>((req.body as Record<string, unknown>).credential, 'credential');
      ok =
        Boolean(challenge?.purpose === 'sign-in' && s.now() - challenge.at < CHALLENGE_MINUTES * 60_000) &&
        (await usePasskey(s, person.id, response, challenge!.challenge));
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
    }
    if (!ok) {
      await countFailedSignIn(s, res);
      return show(req, res, person, res.locals.t('auth:secondFactor.passkeyFailed'), 401);
    }
    await finish(req, res, person, 'passkey', (req.body as Record<string, unknown>).remember === 'on');
  });

  return r;
}
