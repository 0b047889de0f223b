// The safety net for text at the boundary: every string a request brings — form fields, JSON values
// and keys, query parameters, upload file names — is normalised to NFC, and a request holding NUL, a
// lone surrogate or another control character anywhere (domain/text-input.ts) is refused with 422
// naming the field, before any handler, service, database or workflow sees it. The schemas apply
// the same rule field by field; this covers whatever no schema does.
import type { NextFunction, Request, Response } from 'express';
import { CONTROL_CHARACTERS, isAcceptableText, normalizeText } from '../../domain/text-input.js';
import { invalid } from '../../services/errors.js';
import { RequestProblem, nestedFormField, nestedTooDeep } from './request-problems.js';

/** A key as it can be shown in a field name: unacceptable characters escaped. */
const printable = (key: string) => key.replace(/[^\P{Cc}\t\n\r]|[\uD800-\uDFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Normalises every string inside `root` in place (objects and arrays, however deep) and returns the
 * dotted path of the first string or key that is not acceptable text, or null.
 */
export function cleanTextTree(root: Record<string, unknown>, prefix = ''): string | null {
  const stack: [Record<string, unknown> | unknown[], string][] = [[root, prefix]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${printable(key)}` : printable(key);
      if (!isAcceptableText(key)) return at;
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        if (!isAcceptableText(value)) return at;
        (node as Record<string, unknown>)[key] = normalizeText(value);
      } else if (value && typeof value === 'object') stack.push([value as Record<string, unknown>, at]);
    }
  }
  return null;
}

/** Checks and normalises the query string, the body and the names of uploaded files; returns the bad field or null. */
function cleanRequest(req: Request): string | null {
  const query = { ...(req.query as Record<string, unknown>) };
  const badQuery = cleanTextTree(query);
  if (badQuery) return badQuery;
  // Express re-parses `req.query` on every read: keep the normalised copy.
  Object.defineProperty(req, 'query', { value: query, writable: true, configurable: true, enumerable: true });
  const body: unknown = req.body;
  if (body && typeof body === 'object') {
    const badBody = cleanTextTree(body as Record<string, unknown>);
    if (badBody) return badBody;
  } else if (typeof body === 'string' && !isAcceptableText(body)) return 'body';
  for (const file of Array.isArray(req.files) ? req.files : []) {
    // A file name is one line: no line breaks, no invisible format characters (a right-to-left override can disguise its type).
    if (!isAcceptableText(file.originalname, { multiline: false })) return file.fieldname && isAcceptableText(file.fieldname) ? file.fieldname : 'attachments';
    file.originalname = normalizeText(file.originalname);
  }
  return null;
}

/** The dotted path of the first `__proto__` key in a JSON body (JSON.parse keeps it as an own key), or null. */
function protoKey(root: unknown, prefix = ''): string | null {
  if (!root || typeof root !== 'object') return null;
  for (const key of Object.keys(root)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (key === '__proto__') return at;
    const inner = protoKey((root as Record<string, unknown>)[key], at);
    if (inner) return inner;
  }
  return null;
}

/** The API: a bad field is a 422 `{error, errors, fields: {<field>: 'control_characters'}}`. */
export function apiTextInput(req: Request, _res: Response, next: NextFunction): void {
  // A body nested deeper than any request needs would overflow the stack of whatever walks it next (400).
  if (nestedTooDeep(req.body)) return next(new RequestProblem('too_deep'));
  // No request of the API has a `__proto__` field: refused like any other unknown key, wherever it sits.
  const proto = protoKey(req.body);
  if (proto) return next(invalid({ [proto]: 'unknown_field' }));
  const field = cleanRequest(req);
  next(field ? invalid({ [field]: CONTROL_CHARACTERS }) : undefined);
}

/** Pages: a bad field is the product's 422 page naming it. */
export function pageTextInput(req: Request, res: Response, next: NextFunction): void {
  if (nestedTooDeep(req.body)) return next(new RequestProblem('too_deep'));
  // No page form has nested fields (`a[b]=…`); one that arrives so was not sent by a page of ours (400).
  if (nestedFormField(req.body)) return next(new RequestProblem('unreadable'));
  const field = cleanRequest(req);
  if (!field) return next();
  const t = res.locals.t;
  res.status(422).render('errors/error', { status: 422, title: t('requests:controlCharactersTitle'), message: t('requests:controlCharacters', { field }) });
}
