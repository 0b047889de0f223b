// /api/v1/tokens: exchange e-mail and password (and, for a person with a second factor, a code from
// their authenticator app or a recovery code) for a bearer token — rate limited like the login form,
// a wrong code counting like a wrong password; list your live tokens (a desk manager: everyone's with
// ?all=true), and revoke one.
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { checkLogin } from '../../services/people/sign-in.js';
import { issueApiToken, listApiTokens, revokeApiToken, type ApiTokenInfo } from '../../services/people/api-tokens.js';
import { answered, checkSecondFactor } from '../../services/people/second-factor/check.js';
import { secondFactorRequired } from '../../services/people/second-factor/policy.js';
import { forbidden, invalid } from '../../services/errors.js';
import { characterCount, textProblem } from '../../domain/text-input.js';
import { clientAddress, countFailedSignIn, loginLimits } from '../auth/login-limits.js';
import { ApiProblem } from './errors.js';
import { bodyObject, requireJsonBody } from './input.js';

const TOKEN_KEYS = new Set(['email', 'password', 'label', 'code', 'recoveryCode']);
const REQUIRED = ['email', 'password'];
export const TOKEN_LABEL_MAX = 100;

interface TokenRequest {
  email: string;
  password: string;
  label: string | null;
  code?: string;
  recoveryCode?: string;
}

export function tokenRequest(body: Record<string, unknown>): TokenRequest {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(body)) if (!TOKEN_KEYS.has(key)) errors[key] = 'unknown_field';
  for (const key of REQUIRED) {
    const v = body[key];
    if (v === undefined || v === '') errors[key] = 'required';
    else if (typeof v !== 'string') errors[key] = 'invalid';
  }
  for (const key of ['code', 'recoveryCode']) {
    const v = body[key];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > 40)) errors[key] = 'invalid';
  }
  const label = body.label === undefined || body.label === null ? '' : body.label;
  if (typeof label !== 'string') errors.label = 'invalid';
  else if (textProblem(label, { multiline: false })) errors.label = 'control_characters';
  else if (characterCount(label) > TOKEN_LABEL_MAX) errors.label = 'too_long';
  if (Object.keys(errors).length) throw invalid(errors);
  return {
    email: body.email as string,
    password: body.password as string,
    label: (label as string).trim() || null,
    code: typeof body.code === 'string' ? body.code : undefined,
    recoveryCode: typeof body.recoveryCode === 'string' ? body.recoveryCode : undefined,
  };
}

const tokenDocument = (t: ApiTokenInfo) => ({
  id: t.id,
  label: t.label,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  owner: t.owner,
});

export function tokenRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.post('/tokens', requireJsonBody, loginLimits(s), async (req, res) => {
    const request = tokenRequest(bodyObject(req));
    const signIn = await checkLogin(s, request.email, request.password);
    if (!signIn) {
      await countFailedSignIn(s, res);
      throw new ApiProblem(401, 'wrong e-mail address or password');
    }
    const { person, hasSecondFactor } = signIn;
    if (hasSecondFactor) {
      if (!answered(request)) return res.status(401).json({ error: 'this person signs in with a second factor: send code (or recoveryCode)', needs: 'code' });
      if (!(await checkSecondFactor(s, person.id, request))) {
        await countFailedSignIn(s, res);
        throw new ApiProblem(401, 'wrong or already used code');
      }
    } else if (secondFactorRequired(s.env, person)) {
      throw new ApiProblem(403, 'a second factor is required for your role: set it up on the account page (/account/security) first');
    }
    const { id, token, expiresAt } = await issueApiToken(s, person, request.label, { userAgent: req.get('user-agent'), address: clientAddress(req) });
    res.status(201).json({ id, token, label: request.label, expiresAt: expiresAt.toISOString() });
  });

  r.get('/tokens', bearer, async (req, res) => {
    const all = req.query.all;
    if (all !== undefined && all !== 'true' && all !== 'false') throw invalid({ all: 'invalid_choice' });
    if (all === 'true' && req.person!.role !== 'manager') throw forbidden('rules:refusals.tokens_managers_only');
    const items = await listApiTokens(s, req.person!, all === 'true');
    res.json({ items: items.map(tokenDocument) });
  });

  r.delete('/tokens/:id', bearer, async (req, res) => {
    const id = String(req.params.id);
    await revokeApiToken(s, req.person!, /^\d{1,10}$/.test(id) ? Number(id) : 0);
    res.status(204).end();
  });

  return r;
}
