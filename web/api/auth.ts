// Bearer tokens for the JSON API: every endpoint but POST /tokens needs `Authorization: Bearer <token>`.
// Session cookies are never looked at here.
import type { NextFunction, Request, Response } from 'express';
import type { Services } from '../../services/context.js';
import { personForApiToken } from '../../services/people/api-tokens.js';
import { ApiProblem } from './errors.js';

export const challenge = (error?: 'invalid_token') => ({ 'WWW-Authenticate': error ? `Bearer realm="api", error="${error}"` : 'Bearer realm="api"' });

/** Sets `req.person` from a valid bearer token (unexpired, not revoked); answers 401 otherwise. */
export function requireBearer(s: Services) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    // Already authenticated on this request (the Idempotency-Key check runs first).
    if (req.person) return next();
    const header = req.get('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match) return next(new ApiProblem(401, 'a bearer token is required (POST /api/v1/tokens)', challenge()));
    const person = await personForApiToken(s, match[1]);
    if (!person) return next(new ApiProblem(401, 'the bearer token is invalid, expired or revoked', challenge('invalid_token')));
    req.person = person;
    next();
  };
}
