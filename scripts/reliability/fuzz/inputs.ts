// Malformed requests, generated property-based (fast-check) from what each form and API operation
// takes: every field may be bad, missing, repeated or nested, extra keys may be hostile, and the body
// itself may be in another encoding, charset or content type, compressed wrongly, cut off or too large.
// The CSRF token is valid in most (so the body reaches the route), missing or wrong in some.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { FieldSpec, FormTarget } from '../forms.js';
import { anyJson, badBytes, badKey, badText, rawJson, wtf8Bytes, wtf8Percent } from './values.js';
import { badFile } from './files.js';

export interface FuzzRequest {
  /** What was sent, short (for the report). */
  describe: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const FORM = 'application/x-www-form-urlencoded';

function goodValue(f: FieldSpec): string {
  if (f.value !== undefined && f.kind === 'hidden') return f.value;
  switch (f.kind) {
    case 'number':
      return '3';
    case 'date':
      return '2030-01-15';
    case 'datetime':
      return '2025-03-03T09:00';
    case 'confirm':
      return 'on';
    case 'choice':
      return f.choices?.[0] ?? 'x';
    case 'email':
      return 'kontakt1@basis.test';
    case 'lines':
      return 'Første\nAnden';
    default:
      return 'Et helt almindeligt svar';
  }
}

type Entry = [string, string];

/** The fields as a list of name/value pairs, each possibly bad, missing, repeated or nested, plus hostile extras. */
const formEntries = (fields: FieldSpec[]): fc.Arbitrary<Entry[]> =>
  fc
    .tuple(
      fc.tuple(
        ...(fields.length ? fields : [{ name: 'x', kind: 'text' as const }]).map((f) =>
          fc.oneof(
            { weight: 2, arbitrary: fc.constant<Entry[]>([[f.name, goodValue(f)]]) },
            { weight: 4, arbitrary: badText.map((v): Entry[] => [[f.name, v]]) },
            { weight: 1, arbitrary: fc.constant<Entry[]>([]) },
            { weight: 1, arbitrary: fc.array(badText, { minLength: 2, maxLength: 4 }).map((vs) => vs.map((v): Entry => [f.name, v])) },
            { weight: 1, arbitrary: fc.tuple(badKey, badText).map(([k, v]): Entry[] => [[`${f.name}[${k}]`, v]]) },
          ),
        ),
      ),
      fc.array(fc.tuple(badKey, badText), { maxLength: 3 }),
    )
    .map(([per, extra]) => [...per.flat(), ...extra]);

const encodeForm = (entries: Entry[]) => entries.map(([k, v]) => `${wtf8Percent(k)}=${wtf8Percent(v)}`).join('&');

function multipart(entries: Entry[], files: [string, string, Uint8Array][], boundary: string): Buffer {
  const parts: Buffer[] = [];
  const head = (name: string, filename?: string, type?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`;
  for (const [k, v] of entries) parts.push(wtf8Bytes(head(k)), wtf8Bytes(v), Buffer.from('\r\n'));
  for (const [name, type, bytes] of files) parts.push(wtf8Bytes(head('attachments', name, type)), Buffer.from(bytes), Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/** One malformed submission of a page form, with the session's CSRF token where `csrf` is given. */
export function formRequests(t: FormTarget, csrf: () => string): fc.Arbitrary<FuzzRequest> {
  const token = fc.oneof({ weight: 8, arbitrary: fc.constant('valid') }, { weight: 1, arbitrary: fc.constantFrom('missing', 'wrong') });
  const once = fc.oneof(fc.constant<string | null>(null), fc.constantFrom('dGhpcyBpcyBub3QgYSB0b2tlbg', 'x', '\u0000'), fc.uuid());
  return fc
    .record({
      entries: formEntries(t.fields.filter((f) => f.kind !== 'file')),
      token,
      once,
      shape: fc.constantFrom(
        'urlencoded',
        'urlencoded',
        'urlencoded',
        'multipart',
        'raw-bytes',
        'bad-percent',
        'charset',
        'json',
        'text',
        'gzip',
        'gzip-garbage',
        'br-garbage',
        'broken-multipart',
        'huge',
        'many',
      ),
      files: fc.array(badFile, { maxLength: 2 }),
      bytes: badBytes,
    })
    .map(({ entries, token, once, shape, files, bytes }) => {
      const all: Entry[] = [...entries];
      if (token !== 'missing') all.push(['_csrf', token === 'valid' ? csrf() : 'not-the-token']);
      if (once !== null) all.push(['_once', once]);
      const form = encodeForm(all);
      const boundary = '----reliability' + form.length;
      const req = (describe: string, contentType: string | null, body: string | Uint8Array, extra: Record<string, string> = {}): FuzzRequest => ({
        describe: `${describe}; fields ${JSON.stringify(all.map(([k, v]) => [k, v.length > 60 ? `${v.slice(0, 30)}…(${v.length})` : v]))}`.slice(0, 600),
        method: 'POST',
        path: t.path,
        headers: { ...(contentType ? { 'content-type': contentType } : {}), ...extra },
        body,
      });
      switch (shape) {
        case 'multipart':
          return req(
            `multipart, ${files.length} file(s) ${JSON.stringify(files.map(([n, ty, b]) => [n.slice(0, 40), ty, b.length]))}`,
            `multipart/form-data; boundary=${boundary}`,
            multipart(all, files, boundary),
          );
        case 'raw-bytes':
          return req('urlencoded with raw bytes that are not UTF-8', FORM, Buffer.concat([Buffer.from(form + '&raw='), Buffer.from(bytes)]));
        case 'bad-percent':
          return req('urlencoded with broken percent escapes', FORM, `${form}&bad=%zz%E6%&%=%`);
        case 'charset':
          return req('urlencoded in latin1', `${FORM}; charset=latin1`, form);
        case 'json':
          return req('JSON to a form', 'application/json', JSON.stringify(Object.fromEntries(all)));
        case 'text':
          return req('text/plain', 'text/plain', form);
        case 'gzip':
          return req('gzip-compressed form', FORM, gzipSync(form), { 'content-encoding': 'gzip' });
        case 'gzip-garbage':
          return req('gzip that is not gzip', FORM, bytes, { 'content-encoding': 'gzip' });
        case 'br-garbage':
          return req('br that is not br', FORM, bytes, { 'content-encoding': 'br' });
        case 'broken-multipart':
          return req(
            'multipart cut off',
            `multipart/form-data; boundary=${boundary}`,
            multipart(all, files, boundary).subarray(0, Math.max(10, Math.floor(form.length / 2))),
          );
        case 'huge':
          return req('urlencoded over 200 kB', FORM, `${form}&big=${'x'.repeat(210_000)}`);
        case 'many':
          return req('urlencoded with 500 fields', FORM, `${form}&${Array.from({ length: 500 }, (_, i) => `f${i}=1`).join('&')}`);
        default:
          return req('urlencoded', FORM, form);
      }
    });
}

/** One malformed JSON request to an API operation: a sample body made bad, or a body that is not what it says. */
export function apiRequests(o: {
  method: string;
  path: fc.Arbitrary<string>;
  sample: Record<string, unknown> | null;
  token: string | null;
  /** The operation also takes a raw mail (message/rfc822). */
  rawMail?: boolean;
  /** Where the path is mounted: the JSON API by default, `` for the codec endpoint (/codec/…). */
  prefix?: string;
  /** The operation also takes multipart/form-data with files as `attachments` (a message with files). */
  files?: boolean;
}): fc.Arbitrary<FuzzRequest> {
  const auth: Record<string, string> = o.token ? { authorization: `Bearer ${o.token}` } : {};
  const keys = Object.keys(o.sample ?? {});
  const mutated = fc
    .record({
      drop: fc.subarray(keys),
      replace: fc.array(fc.tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), anyJson), { maxLength: 3 }),
      extra: fc.array(fc.tuple(badKey, anyJson), { maxLength: 2 }),
    })
    .map(({ drop, replace, extra }) => {
      const body: Record<string, unknown> = { ...o.sample };
      for (const k of drop) delete body[k];
      for (const [k, v] of replace) body[k] = v;
      for (const [k, v] of extra) Object.defineProperty(body, k, { value: v, enumerable: true, writable: true, configurable: true });
      return body as unknown;
    });
  const body = fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 2, arbitrary: anyJson });
  const query = fc
    .array(fc.tuple(badKey, badText), { maxLength: 3 })
    .map((q) => (q.length ? `?${q.map(([k, v]) => `${wtf8Percent(k)}=${wtf8Percent(v)}`).join('&')}` : ''));
  const key = fc.oneof(fc.constant<string | null>(null), fc.uuid(), fc.constantFrom('', ' ', 'é'.repeat(3), 'x'.repeat(300), 'a b', '\u00ff\u0080'));
  const shapes = ['json', 'json', 'json', 'raw-surrogates', 'truncated', 'deep', 'bom', 'charset', 'form', 'none', 'gzip-garbage', 'huge', 'duplicate-keys'];
  const shape = fc.constantFrom(...shapes, ...(o.rawMail ? ['mail', 'mail', 'mail-bytes'] : []), ...(o.files ? ['files', 'files', 'files'] : []));
  // A decision or message may carry the case's version: none, a plausible one, or junk.
  const ifMatch = fc.oneof(
    { weight: 6, arbitrary: fc.constant<string | null>(null) },
    { weight: 2, arbitrary: fc.constantFrom('"1"', '"2"', 'W/"3"', '*', '"999999999"', '"abc"', 'abc', '"1", "2"', '', '"-1"', '"1e3"') },
  );
  const mail = fc
    .record({
      from: badText,
      subject: badText,
      id: badText,
      refs: badText,
      type: fc.constantFrom('text/plain', 'text/html', 'multipart/mixed; boundary=x', 'x/y; charset=klingon'),
      text: badText,
    })
    .map((m) =>
      wtf8Bytes(
        `From: ${m.from}\r\nTo: support@desk.test\r\nSubject: ${m.subject}\r\nMessage-ID: <${m.id}>\r\nReferences: ${m.refs}\r\nContent-Type: ${m.type}\r\n\r\n${m.text}`,
      ),
    );
  const files = fc.array(badFile, { minLength: 1, maxLength: 3 });
  return fc
    .record({ path: o.path, body, query, key, shape, bytes: badBytes, mail, ifMatch, files })
    .map(({ path, body, query, key, shape, bytes, mail, ifMatch, files }) => {
      const headers: Record<string, string> = {
        ...auth,
        ...(key !== null && o.method === 'POST' ? { 'idempotency-key': key } : {}),
        ...(ifMatch !== null && o.method === 'POST' ? { 'if-match': ifMatch } : {}),
      };
      const json = JSON.stringify(body) ?? 'null';
      const short = json.length > 300 ? `${json.slice(0, 300)}…(${json.length})` : json;
      const req = (describe: string, contentType: string | null, payload?: string | Uint8Array, extra: Record<string, string> = {}): FuzzRequest => ({
        describe: `${describe}${key !== null ? `, Idempotency-Key ${JSON.stringify(key.slice(0, 20))}` : ''}: ${short}`,
        method: o.method,
        path: `${o.prefix ?? '/api/v1'}${path}${o.method === 'GET' ? query : ''}`,
        headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}), ...extra },
        body: o.method === 'GET' || o.method === 'DELETE' ? undefined : payload,
      });
      switch (shape) {
        case 'raw-surrogates':
          return req('JSON with lone surrogates as bytes', 'application/json', rawJson(body, true));
        case 'truncated':
          return req('JSON cut off', 'application/json', json.slice(0, Math.max(1, Math.floor(json.length / 2))));
        case 'deep':
          return req('JSON nested 5 000 deep', 'application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`);
        case 'bom':
          return req('JSON after a byte-order mark', 'application/json', `\ufeff${json}`);
        case 'charset':
          return req('JSON in utf-16', 'application/json; charset=utf-16', Buffer.from(json, 'utf16le'));
        case 'form':
          return req('a form body', FORM, 'a=1&b=2');
        case 'none':
          return req('no content type', null, json);
        case 'gzip-garbage':
          return req('gzip that is not gzip', 'application/json', bytes, { 'content-encoding': 'gzip' });
        case 'huge':
          return req('JSON over 100 kB', 'application/json', JSON.stringify({ ...(typeof body === 'object' && body ? body : {}), pad: 'x'.repeat(120_000) }));
        case 'mail':
          return {
            ...req('a raw mail with bad headers', 'message/rfc822', mail),
            describe: `a raw mail: ${JSON.stringify(mail.toString('latin1').slice(0, 300))}`,
          };
        case 'mail-bytes':
          return req('a raw mail of random bytes', 'message/rfc822', bytes);
        case 'files': {
          const boundary = 'fuzzfiles7MA4YWxk';
          const fields = Object.entries(typeof body === 'object' && body ? body : {}).map(([k, v]): Entry => [
            k,
            typeof v === 'string' ? v : JSON.stringify(v),
          ]);
          return {
            ...req('multipart with files', `multipart/form-data; boundary=${boundary}`, multipart(fields, files, boundary)),
            describe: `multipart with ${files.length} file(s) ${JSON.stringify(files.map(([n, , b]) => [n.slice(0, 40), b.length]))}: ${short}`,
          };
        }
        case 'duplicate-keys':
          return req(
            'JSON with a key twice',
            'application/json',
            json.startsWith('{') && json.length > 2 ? `{"title":"a","title":"\\u0000",${json.slice(1)}` : json,
          );
        default:
          return req('JSON', 'application/json', json);
      }
    });
}
