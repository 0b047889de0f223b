// The case's version on the wire (HTTP conditional requests): `GET /cases/{n}` sends it as the ETag, and
// a decision sent with `If-Match` is taken only on that version — judged inside the case's workflow,
// atomically with the decision, so a stale one is 412 and nothing is applied.
import type { Request, Response } from 'express';
import { Refusal } from '../../services/errors.js';

/** The ETag of a case at `version`. */
export const caseETag = (version: number) => `"${version}"`;

export function sendCaseETag(res: Response, version: number): void {
  res.set('ETag', caseETag(version));
}

/**
 * The version an `If-Match` header names, undefined without one (or with `*`). A header naming no
 * version of ours can never match: 412 at once. Weak tags (`W/"7"`) are read as the version they name.
 */
export function expectedVersionOf(req: Request): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const tags = header.split(',').map((t) => t.trim());
  if (tags.includes('*')) return undefined;
  for (const tag of tags) {
    const m = /^(?:W\/)?"(\d{1,9})"$/.exec(tag);
    if (m) return Number(m[1]);
  }
  throw new Refusal('stale', [{ code: 'rules:refusals.if_match' }]);
}
