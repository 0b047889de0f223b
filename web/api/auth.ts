// Bearer tokens for the JSON API: POST /tokens exchanges e-mail and password for a token, and every
// other endpoint needs `Authorization: Bearer <token>`. Session cookies are never looked at here.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { checkLogin, issueApiToken, personForApiToken } from '../../services/sign-in.js';
import { invalid } from '../../services/errors.js';
import { loginLimiter } from '../auth/routes.js';
import { ApiProblem } from './errors.js';
import { bodyObject, requireJsonBody } from './input.js';

const challenge = (error?: 'invalid_token') => ({ 'WWW-Authenticate': error ? `Bearer realm="api", error="${error}"` : 'Bearer realm="api"' });

/** Sets `req.person` from a valid bearer token; answers 401 otherwise. */
export function requireBearer(s: Services) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match) return next(new ApiProblem(401, 'a bearer token is required (POST /api/v1/tokens)', challenge()));
    const person = await personForApiToken(s, match[1]);
    if (!person) return next(new ApiProblem(401, 'the bearer token is invalid or has expired', challenge('invalid_token')));
    req.person = person;
    next();
  };
}

const TOKEN_KEYS = new Set(['email', 'password']);

export function tokenRoutes(s: Services): Router {
  const r = Router();
  r.post('/tokens', requireJsonBody, loginLimiter(), async (req, res) => {
    const body = bodyObject(req);
    const errors: Record<string, string> = {};
    for (const key of Object.keys(body)) if (!TOKEN_KEYS.has(key)) errors[key] = 'unknown_field';
    for (const key of TOKEN_KEYS) {
      const v = body[key];
      if (v === undefined || v === '') errors[key] = 'required';
      else if (typeof v !== 'string') errors[key] = 'invalid';
    }
    if (Object.keys(errors).length) throw invalid(errors);
    const person = await checkLogin(s, body.email, body.password);
    if (!person) throw new ApiProblem(401, 'wrong e-mail address or password');
    const { token, expiresAt } = await issueApiToken(s, person);
    res.status(201).set('Cache-Control', 'no-store').json({ token, expiresAt: expiresAt.toISOString() });
  });
  return r;
}
