// /api/v1/tokens: exchange e-mail and password for a bearer token (rate limited like the login form),
// list your live tokens (a desk manager: everyone's with ?all=true), and revoke one.
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { checkLogin } from '../../services/people/sign-in.js';
import { issueApiToken, listApiTokens, revokeApiToken, type ApiTokenInfo } from '../../services/people/api-tokens.js';
import { forbidden, invalid } from '../../services/errors.js';
import { characterCount, textProblem } from '../../domain/text-input.js';
import { countFailedSignIn, loginLimits } from '../auth/login-limits.js';
import { ApiProblem } from './errors.js';
import { bodyObject, requireJsonBody } from './input.js';

const TOKEN_KEYS = new Set(['email', 'password', 'label']);
const REQUIRED = ['email', 'password'];
export const TOKEN_LABEL_MAX = 100;

export function tokenRequest(body: Record<string, unknown>): { email: string; password: string; label: string | null } {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(body)) if (!TOKEN_KEYS.has(key)) errors[key] = 'unknown_field';
  for (const key of REQUIRED) {
    const v = body[key];
    if (v === undefined || v === '') errors[key] = 'required';
    else if (typeof v !== 'string') errors[key] = 'invalid';
  }
  const label = body.label === undefined || body.label === null ? '' : body.label;
  if (typeof label !== 'string') errors.label = 'invalid';
  else if (textProblem(label, { multiline: false })) errors.label = 'control_characters';
  else if (characterCount(label) > TOKEN_LABEL_MAX) errors.label = 'too_long';
  if (Object.keys(errors).length) throw invalid(errors);
  return { email: body.email as string, password: body.password as string, label: (label as string).trim() || null };
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
    const { email, password, label } = tokenRequest(bodyObject(req));
    const person = await checkLogin(s, email, password);
    if (!person) {
      await countFailedSignIn(s, res);
      throw new ApiProblem(401, 'wrong e-mail address or password');
    }
    const { id, token, expiresAt } = await issueApiToken(s, person, label);
    res.status(201).json({ id, token, label, expiresAt: expiresAt.toISOString() });
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
