// /api/v1/me: who the token belongs to, and setting up the authenticator app (TOTP) from a script:
// POST /me/2fa/totp starts enrolment ({secret, otpauthUrl}), POST /me/2fa/totp/confirm {code} makes it
// the person's second factor and answers the ten recovery codes — shown once, so these routes are
// mounted before the Idempotency-Key store (which would keep the answer).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { actorOf } from '../../services/people/people.js';
import { companyRef } from '../../services/companies/companies.js';
import { invalid } from '../../services/errors.js';
import { confirmTotp, startTotpEnrolment } from '../../services/people/second-factor/totp.js';
import { bodyObject, requireJsonBody } from './input.js';

/** Refuses any key of the body but `allowed` (422 `unknown_field`). */
function onlyKeys(body: Record<string, unknown>, allowed: string[]): void {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(body)) if (!allowed.includes(key)) errors[key] = 'unknown_field';
  if (Object.keys(errors).length) throw invalid(errors);
}

export function meRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.get('/me', bearer, async (req, res) => {
    const p = req.person!;
    res.json({
      id: p.id,
      email: p.email,
      name: p.fullName,
      firstName: p.firstName,
      lastName: p.lastName,
      role: p.role,
      company: await companyRef(s, p.companyId),
      canApprove: actorOf(p).canApprove,
    });
  });

  r.post('/me/2fa/totp', bearer, async (req, res) => {
    onlyKeys(bodyObject(req), []);
    res.status(201).json(await startTotpEnrolment(s, req.person!));
  });

  r.post('/me/2fa/totp/confirm', bearer, requireJsonBody, async (req, res) => {
    const body = bodyObject(req);
    onlyKeys(body, ['code']);
    if (body.code !== undefined && typeof body.code !== 'string') throw invalid({ code: 'invalid' });
    res.json({ recoveryCodes: await confirmTotp(s, req.person!, body.code) });
  });

  return r;
}
