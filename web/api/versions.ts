// The case's version on the wire (HTTP conditional requests). The case document (GET /cases/{n}, and the
// answer to a decision or a message) carries one strong ETag that serves both kinds of condition:
//
//   ETag: "<version>-<digest>"      e.g. "7-Xk2fQ0b9nR1s4T8u"
//
// `version` is the case's version (the document's `version`); `digest` is the first 16 characters of the
// base64url SHA-256 of the document as sent, so the tag changes whenever the representation does (a
// renamed company, a contact's view against an agent's). `If-None-Match` compares the whole tag (304 when
// the representation held is current: Express's freshness check); `If-Match` compares the version only —
// a decision is taken only on the version it was read at, judged inside the case's workflow, atomically
// with the decision, so a stale one is 412 and nothing is applied. docs/everyday-tools.md.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Refusal } from '../../services/errors.js';

/** The ETag of the case document `json` (as sent) at `version`. */
export function caseETag(version: number, json: string): string {
  return `"${version}-${createHash('sha256').update(json).digest('base64url').slice(0, 16)}"`;
}

/**
 * Sends the case document with its ETag; a GET whose If-None-Match holds the tag is answered 304. Sent
 * with res.json (whose bytes are JSON.stringify's: the app sets no JSON spaces or replacer), so an
 * Idempotency-Key keeps the answer as every other.
 */
export function sendCaseDocument(res: Response, version: number, document: unknown, status = 200): void {
  res
    .status(status)
    .set('ETag', caseETag(version, JSON.stringify(document)))
    .json(document);
}

/** One entity tag of an If-Match list: the case's tag, or the bare version (`"7"`; weak `W/"7"` read alike). */
const TAG = /^(?:W\/)?"(\d{1,9})(?:-[A-Za-z0-9_-]{16})?"$/;

/**
 * The version an `If-Match` header names, undefined without one (or with `*`). A header naming no
 * version of ours can never match: 412 at once.
 */
export function expectedVersionOf(req: Request): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const tags = header.split(',').map((t) => t.trim());
  if (tags.includes('*')) return undefined;
  for (const tag of tags) {
    const m = TAG.exec(tag);
    if (m) return Number(m[1]);
  }
  throw new Refusal('stale', [{ code: 'rules:refusals.if_match' }]);
}
