// Requests the product cannot read, and the 4xx each one gets (never a 500 or a hang): 400 for a
// body that cannot be decoded (bad gzip/br, malformed multipart, invalid JSON), 413 when it is too
// large, 415 for a content type, charset or content encoding the endpoint does not take. Pages show
// the product's error page, the API answers `{error}`; both say the same thing.
import multer from 'multer';

export type RequestProblemReason =
  'unreadable' | 'too_deep' | 'malformed_multipart' | 'too_large' | 'unsupported_type' | 'unsupported_charset' | 'unsupported_encoding';

const STATUS: Record<RequestProblemReason, number> = {
  unreadable: 400,
  too_deep: 400,
  malformed_multipart: 400,
  too_large: 413,
  unsupported_type: 415,
  unsupported_charset: 415,
  unsupported_encoding: 415,
};

/** What the API says (English); pages show `requests:<reason>` in the reader's language. */
export const API_TEXT: Record<RequestProblemReason, string> = {
  unreadable: 'the request body could not be read (invalid JSON, or a body that does not match its Content-Encoding)',
  too_deep: 'the request body is nested more than 32 levels deep',
  malformed_multipart: 'the multipart body is malformed',
  too_large: 'the request body is too large',
  unsupported_type: 'send the body as JSON (Content-Type: application/json)',
  unsupported_charset: 'send the body as UTF-8 (no other charset is accepted)',
  unsupported_encoding: 'the Content-Encoding is not supported (send the body uncompressed, or gzip, deflate or br)',
};

export class RequestProblem extends Error {
  readonly status: number;
  constructor(readonly reason: RequestProblemReason) {
    super(API_TEXT[reason]);
    this.name = 'RequestProblem';
    this.status = STATUS[reason];
  }
}

/** Deeper than any request of the product: a body nested deeper is refused before anything walks it recursively. */
export const MAX_BODY_DEPTH = 32;

/** True when `value` nests objects or arrays more than `max` levels deep (walked without recursion). */
export function nestedTooDeep(value: unknown, max = MAX_BODY_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Page forms are flat: the first field whose value is not text (or repeated text) — `a[b]=…` makes an object — or null. */
export function nestedFormField(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  for (const [key, value] of Object.entries(body)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v !== 'string')) return key;
  }
  return null;
}

const MULTER_TOO_LARGE = new Set(['LIMIT_PART_COUNT', 'LIMIT_FILE_SIZE', 'LIMIT_FILE_COUNT', 'LIMIT_FIELD_KEY', 'LIMIT_FIELD_VALUE', 'LIMIT_FIELD_COUNT']);

/** Body-parser types (http-errors `type`) and what they mean for the client. */
const PARSER_TYPES: Record<string, RequestProblemReason> = {
  'entity.too.large': 'too_large',
  'parameters.too.many': 'too_large',
  'charset.unsupported': 'unsupported_charset',
  'encoding.unsupported': 'unsupported_encoding',
  'entity.parse.failed': 'unreadable',
  'entity.verify.failed': 'unreadable',
  'request.aborted': 'unreadable',
  'request.size.invalid': 'unreadable',
  'stream.encoding.set': 'unreadable',
};

/** The request problem an error stands for, or null when it is not about the request's format. */
export function requestProblemOf(err: unknown): RequestProblem | null {
  if (err instanceof RequestProblem) return err;
  if (err instanceof multer.MulterError) return new RequestProblem(MULTER_TOO_LARGE.has(err.code) ? 'too_large' : 'malformed_multipart');
  const e = err as { status?: unknown; statusCode?: unknown; type?: unknown } | null;
  if (!e || typeof e !== 'object') return null;
  if (typeof e.type === 'string' && PARSER_TYPES[e.type]) return new RequestProblem(PARSER_TYPES[e.type]);
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : null;
  // Any other client error from a body parser (e.g. a zlib error reading a gzip body) is an unreadable body.
  if (status === 413) return new RequestProblem('too_large');
  if (status === 415) return new RequestProblem('unsupported_encoding');
  if (status === 400) return new RequestProblem('unreadable');
  return null;
}
