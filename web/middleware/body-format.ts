// What a request body may look like before anything reads it. Pages take HTML forms only
// (urlencoded or multipart), the API JSON only; both in UTF-8. Anything else is refused with 415
// before a parser, CSRF check or handler sees it — so a JSON body to /login is a clear 415, not a
// confusing "form expired".
import type { NextFunction, Request, Response } from 'express';
import { RequestProblem, requestProblemOf } from './request-problems.js';
import { attachmentLimits } from '../../services/cases/attachments.js';
import { attachmentUpload } from './uploads.js';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const INFLATED = new Set(['identity', 'gzip', 'deflate', 'br']);

/** True when the request says it carries a body (an empty Content-Length 0 body does not count). */
export function carriesBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** The charset parameter of the Content-Type, lower-cased, or null. */
function charsetOf(req: Request): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(req.headers['content-type'] ?? '');
  return m ? m[1].toLowerCase() : null;
}

const isUtf8 = (charset: string | null) => charset === null || charset === 'utf-8' || charset === 'utf8';
const encodingOf = (req: Request) => (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();

/** Pages: an HTML form in UTF-8; a multipart body uncompressed (no parser inflates it). */
export function pageBodyFormat(req: Request, _res: Response, next: NextFunction): void {
  if (!carriesBody(req)) return next();
  const type = mediaType(req);
  if (!FORM_TYPES.includes(type)) return next(new RequestProblem('unsupported_type'));
  if (!isUtf8(charsetOf(req))) return next(new RequestProblem('unsupported_charset'));
  const encoding = encodingOf(req);
  if (type === 'multipart/form-data' ? encoding !== 'identity' : !INFLATED.has(encoding)) return next(new RequestProblem('unsupported_encoding'));
  next();
}

/** API routes that take a body other than JSON: the mail gateway hands over raw mail, a message may carry files. */
const API_OTHER_TYPES: ReadonlyArray<{ path: RegExp; types: readonly string[] }> = [
  { path: /^\/inbound-mail$/, types: ['message/rfc822'] },
  { path: /^\/cases\/\d+\/messages$/, types: ['multipart/form-data'] },
];

/** The API: JSON in UTF-8 (gzip, deflate or br are inflated by the JSON parser), or a route's own type. */
export function apiBodyFormat(req: Request, _res: Response, next: NextFunction): void {
  if (!carriesBody(req)) return next();
  const type = mediaType(req);
  if (API_OTHER_TYPES.some((route) => route.path.test(req.path) && route.types.includes(type))) return next();
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) return next(new RequestProblem('unsupported_type'));
  if (!isUtf8(charsetOf(req))) return next(new RequestProblem('unsupported_charset'));
  next();
}

/**
 * Multipart form bodies (request forms with attachments) read into memory. A body busboy cannot
 * parse is a 400, one over the limits a 413 — never a 500.
 */
export function formUploads() {
  const upload = attachmentUpload(attachmentLimits(), { fields: 100, parts: 200 });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (mediaType(req) !== 'multipart/form-data') return next();
    upload(req, res, (err?: unknown) => {
      if (!err) return next();
      next(requestProblemOf(err) ?? new RequestProblem('malformed_multipart'));
    });
  };
}
