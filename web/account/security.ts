// /account/security: a person's second factor — the authenticator app (TOTP: a QR code drawn on the
// server, then a code to confirm, then ten recovery codes shown once), passkeys (web/public/passkey.js
// asks the browser), new recovery codes, and forgetting the devices remembered for 30 days. While
// REQUIRE_2FA waits for a factor, this is the only page the person can open.
import { Router, type Request, type Response } from 'express';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Services } from '../../services/context.js';
import type { Person } from '../../services/people/people.js';
import { Refusal, invalid } from '../../services/errors.js';
import { hasSecondFactor, secondFactorRequired, secondFactorsOf } from '../../services/people/second-factor/policy.js';
import { confirmTotp, pendingTotp, qrSvg, removeTotp, startTotpEnrolment } from '../../services/people/second-factor/totp.js';
import { dropRecoveryCodesWithoutFactor, issueRecoveryCodes } from '../../services/people/second-factor/recovery-codes.js';
import {
  PASSKEY_LABEL_MAX,
  addPasskey,
  credentialJson,
  listPasskeys,
  passkeyRegistrationOptions,
  removePasskey,
} from '../../services/people/second-factor/passkeys.js';
import { forgetDevices, trustedDeviceCount } from '../../services/people/second-factor/trusted-devices.js';
import { textProblem } from '../../domain/text-input.js';
import { redirectWithFlash } from '../desk/flash.js';

const CHALLENGE_MINUTES = 5;
const idParam = (raw: unknown) => (typeof raw === 'string' && /^\d{1,10}$/.test(raw) ? Number(raw) : 0);

export function securityRoutes(s: Services): Router {
  const r = Router();

  async function show(
    req: Request,
    res: Response,
    more: { recoveryCodes?: string[]; enrolling?: boolean; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    const person = req.person!;
    const [factors, passkeys, devices, pending] = await Promise.all([
      secondFactorsOf(s, person.id),
      listPasskeys(s, person.id),
      trustedDeviceCount(s, person.id),
      more.enrolling ? pendingTotp(s, person) : Promise.resolve(null),
    ]);
    res.status(status).render('account/security', {
      title: res.locals.t('account:security.title'),
      factors,
      passkeys,
      devices,
      required: secondFactorRequired(s.env, person),
      mustEnrol: Boolean(req.session.mustEnrol),
      enrolment: pending ? { ...pending, qr: await qrSvg(pending.otpauthUrl) } : null,
      recoveryCodes: more.recoveryCodes ?? null,
      errors: more.errors ?? {},
    });
  }

  /** After the first factor is set up the session is no longer held at the enrolment page. */
  const enrolled = (req: Request) => {
    delete req.session.mustEnrol;
  };

  r.get('/security', (req, res) => show(req, res));

  r.post('/security/totp', async (req, res) => {
    await startTotpEnrolment(s, req.person!);
    await show(req, res, { enrolling: true });
  });

  r.post('/security/totp/confirm', async (req, res) => {
    try {
      const recoveryCodes = await confirmTotp(s, req.person!, (req.body as Record<string, unknown>).code);
      enrolled(req);
      req.session.flash = undefined;
      await show(req, res, { recoveryCodes });
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return show(req, res, { enrolling: true, errors: err.fieldErrors }, 422);
      throw err;
    }
  });

  /** Whether removing one factor would leave a person whom REQUIRE_2FA asks for one without any. */
  async function lastRequired(person: Person, removing: 'totp' | 'passkey'): Promise<boolean> {
    if (!secondFactorRequired(s.env, person)) return false;
    const f = await secondFactorsOf(s, person.id);
    return removing === 'totp' ? f.passkeys === 0 : !f.totp && f.passkeys <= 1;
  }

  const dropCodesWhenNoFactor = (person: Person) => dropRecoveryCodesWithoutFactor(s, person.id);

  r.post('/security/totp/remove', async (req, res) => {
    const t = res.locals.t;
    if (await lastRequired(req.person!, 'totp'))
      return redirectWithFlash(req, res, { kind: 'error', text: t('account:security.keepOne') }, '/account/security');
    await removeTotp(s, req.person!.id);
    await dropCodesWhenNoFactor(req.person!);
    redirectWithFlash(req, res, { kind: 'ok', text: t('account:security.totpRemoved') }, '/account/security');
  });

  r.post('/security/recovery-codes', async (req, res) => {
    if (!hasSecondFactor(await secondFactorsOf(s, req.person!.id))) return res.redirect(303, '/account/security');
    await show(req, res, { recoveryCodes: await issueRecoveryCodes(s, req.person!.id) });
  });

  r.get('/security/passkeys/options', async (req, res) => {
    const options = await passkeyRegistrationOptions(s, req.person!);
    req.session.passkeyChallenge = { challenge: options.challenge, purpose: 'register', at: s.now() };
    res.set('Cache-Control', 'no-store').json(options);
  });

  r.post('/security/passkeys', async (req, res) => {
    const person = req.person!;
    const body = req.body as Record<string, unknown>;
    const challenge = req.session.passkeyChallenge;
    delete req.session.passkeyChallenge;
    try {
      const label = typeof body.label === 'string' ? body.label.trim() : '';
      if (textProblem(label, { multiline: false })) throw invalid({ label: 'control_characters' });
      if (label.length > PASSKEY_LABEL_MAX) throw invalid({ label: 'too_long' });
      const response = credentialJson<RegistrationResponseJSON>(body.credential, 'credential');
      if (challenge?.purpose !== 'register' || s.now() - challenge.at > CHALLENGE_MINUTES * 60_000) throw invalid({ credential: 'passkey_not_verified' });
      const before = await secondFactorsOf(s, person.id);
      await addPasskey(s, person, response, challenge.challenge, label || res.locals.t('account:security.passkeyDefault'));
      enrolled(req);
      // The first factor comes with recovery codes, whichever it is.
      if (!hasSecondFactor(before) || before.recoveryCodes === 0) return show(req, res, { recoveryCodes: await issueRecoveryCodes(s, person.id) });
      redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:security.passkeyAdded') }, '/account/security');
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return show(req, res, { errors: err.fieldErrors }, 422);
      throw err;
    }
  });

  r.post('/security/passkeys/:id/remove', async (req, res) => {
    const t = res.locals.t;
    if (await lastRequired(req.person!, 'passkey'))
      return redirectWithFlash(req, res, { kind: 'error', text: t('account:security.keepOne') }, '/account/security');
    await removePasskey(s, req.person!.id, idParam(req.params.id));
    await dropCodesWhenNoFactor(req.person!);
    redirectWithFlash(req, res, { kind: 'ok', text: t('account:security.passkeyRemoved') }, '/account/security');
  });

  r.post('/security/devices/forget', async (req, res) => {
    await forgetDevices(s, req.person!.id);
    redirectWithFlash(req, res, { kind: 'ok', text: res.locals.t('account:security.devicesForgotten') }, '/account/security');
  });

  return r;
}
