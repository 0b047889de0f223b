// What every operation of the document shares, added to each one after the rooms have described
// theirs — so an operation added later gets it too: the error answers any request can get (a body or
// query that cannot be read or holds control characters, a token that is missing, the database or
// Temporal away), the Idempotency-Key on every authenticated POST, ETag on what a GET answers, If-Match
// (and its 412) on every write on one case, and a request body that is required exactly when its schema
// requires a property.
import { R, json, ref, type Schema } from './parts.js';
import { idempotent } from './tokens.js';
import { CASE_ETAG_HEADER } from './everyday.js';

type Operation = Schema & { responses: Record<string, Schema>; parameters?: Schema[]; requestBody?: Schema; security?: unknown[] };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every request may be refused for its form before an operation reads it. */
const EVERYWHERE = { 400: R[400], 413: R[413], 415: R[415], 422: R[422], 500: R[500], 503: R[503] };

const etag = {
  ETag: { schema: { type: 'string' }, description: 'A weak validator of this answer: send it as `If-None-Match` to be told 304 when nothing changed.' },
};
const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'The ETag of an answer you hold: 304 (no body) when it is still current.',
};

/**
 * The writes on one case (a decision, a message): they take the case's ETag as `If-Match`, compared by
 * the case's version inside its workflow (web/api/versions.ts), and answer with the case's new ETag.
 */
const isCaseWrite = (path: string, method: string) => method === 'post' && /^\/cases\/\{number\}\/(actions\/[^/]+|messages)$/.test(path);
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description:
    "The case's ETag as read (`GET /cases/{number}`, or the answer to the last write): the write is done only if the case is still at that version (else 412, nothing applied). The version decides, not the digest; `*` or no header: no check.",
};
const R412 = json(ref('Error'), '`If-Match` names a version the case has moved on from (someone acted meanwhile): nothing was applied; read the case again.');

/** Resolves a local `$ref` (one level is all the document uses for bodies). */
function resolved(doc: Schema, schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  return ref
    .split('/')
    .slice(1)
    .reduce<Schema | undefined>((node, key) => node?.[key] as Schema | undefined, doc);
}

/** True when a body of this schema must hold something: a property is required (in every alternative). */
function requiresContent(doc: Schema, schema: Schema | undefined): boolean {
  const s = resolved(doc, schema);
  if (!s) return false;
  const alternatives = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (alternatives) return alternatives.every((a) => requiresContent(doc, a));
  return Array.isArray(s.required) && s.required.length > 0;
}

function complete(doc: Schema, path: string, method: string, op: Operation): Operation {
  const secured = op.security === undefined || op.security.length > 0;
  let out: Operation = { ...op, responses: { ...EVERYWHERE, ...(secured ? { 401: R[401] } : {}), ...op.responses } };
  if (out.requestBody) {
    const content = out.requestBody.content as Record<string, { schema?: Schema }>;
    const required = Object.values(content).some((c) => requiresContent(doc, c.schema) || (c.schema?.type === 'string' && (c.schema.minLength as number) > 0));
    out.requestBody = { ...out.requestBody, required };
  }
  // An operation whose answer must not be kept (recovery codes are shown once) says so with `x-idempotency: none`.
  if (method === 'post' && secured && op['x-idempotency'] !== 'none') out = idempotent(out) as Operation;
  if (method === 'get') {
    const ok = out.responses['200'];
    // An operation's own ETag (the case's) says more than the shared one.
    if (ok)
      out.responses = {
        ...out.responses,
        200: { ...ok, headers: { ...etag, ...((ok.headers as Schema) ?? {}) } },
        304: { description: 'Not modified (If-None-Match).' },
      };
    out.parameters = [...(out.parameters ?? []), ifNoneMatch];
  }
  if (isCaseWrite(path, method)) {
    const answers = Object.fromEntries(
      Object.entries(out.responses).map(([status, r]) => [
        status,
        /^2\d\d$/.test(status) ? { ...r, headers: { ...((r.headers as Schema) ?? {}), ...CASE_ETAG_HEADER } } : r,
      ]),
    );
    out.responses = { ...answers, 412: R412 };
    out.parameters = [...(out.parameters ?? []), ifMatch];
  }
  return out;
}

/** The document's paths with what every operation shares added to each. */
export function completePaths(doc: Schema, paths: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [path, item] of Object.entries(paths)) {
    const next: Schema = { ...item };
    for (const method of METHODS) if (item[method]) next[method] = complete(doc, path, method, item[method] as Operation);
    out[path] = next;
  }
  return out;
}

/** `\d` as `[0-9]`: ECMAScript reads it so, but Python's `re` (so Schemathesis and other generators) also takes other scripts' digits. */
export function asciiDigits(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'd' ? (inClass ? '0-9' : '[0-9]') : c + next;
      i += 1;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/**
 * Every `pattern` in the document as the server reads it (in place): with ASCII digits, and without a
 * `format` beside it — the pattern is the rule the server checks (zod's e-mail and date patterns),
 * where a generator's idea of the format is wider or narrower (an e-mail's local part of 65 characters).
 */
export function exactPatterns<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(exactPatterns);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.pattern === 'string' && typeof o.format === 'string') {
      o.description = [o.description, `${o.format === 'email' ? 'An e-mail address' : `A ${o.format}`} as the pattern says.`].filter(Boolean).join(' ');
      delete o.format;
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'pattern' && typeof v === 'string') o[k] = asciiDigits(v);
      else exactPatterns(v);
    }
  }
  return node;
}
