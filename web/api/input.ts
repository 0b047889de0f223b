// Reading what an API client sent: the JSON body as an object, and a case number from the path.
import type { NextFunction, Request, Response } from 'express';
import { notFound, invalid } from '../../services/errors.js';
import { ApiProblem } from './errors.js';
import { carriesBody } from '../middleware/body-format.js';

/** The JSON body as a plain object; no body counts as `{}`, any other JSON value is 422. */
export function bodyObject(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalid({ _: 'invalid' });
  return body as Record<string, unknown>;
}

/** A body that is not JSON is refused before it is read; an empty one (no body, or Content-Length: 0) is `{}`. */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (carriesBody(req) && req.is('application/json') === false) return next(new ApiProblem(415, 'send the body as JSON (Content-Type: application/json)'));
  next();
}

/** A case number in the path; anything else is simply not a case (404). */
export function caseNumberParam(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) throw notFound();
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw notFound();
  return n;
}
