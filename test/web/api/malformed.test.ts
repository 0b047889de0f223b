// Malformed requests thrown at the running product (issue 14 items 1 and 5): each one is a 4xx with a
// reason in the product's own shape — its error page for pages, `{error}` JSON for the API — never a
// 500 or a hang; and text with NUL or another control character is refused with 422 naming the field
// before anything reaches the database or a workflow.
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, act, contact1, newCase } from '../../support/api-cases.js';
import { openApi, pathTemplate, responseProblems } from '../../support/openapi-check.js';
import { PageClient } from '../../support/page-client.js';
import { baseUrl, closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { fetchFromOwnAddress } from '../../support/source-address.js';

afterAll(() => closeTestDatabase());

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

interface Answer {
  status: number;
  type: string;
  text: string;
}

async function send(method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<Answer> {
  const res = await fetchFromOwnAddress(baseUrl() + path, { method, headers, body, redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** The product's own error page with `status`, not a bare text or a stack trace. */
function expectErrorPage(a: Answer, status: number, what: string): void {
  expect(a.status, `${what}: ${a.text.slice(0, 300)}`).toBe(status);
  expect(a.type, what).toMatch(/^text\/html/);
  expect(a.text, what).toContain(`<p class="status-code">${status}</p>`);
  expect(a.text, what).toContain('class="topbar"');
  expect(a.text, what).not.toMatch(/at \S+ \(|node_modules/);
}

/** The API's JSON error with `status`, as the OpenAPI document describes it for the operation. */
async function expectApiError(a: Answer, status: number, method: string, path: string, what: string): Promise<Record<string, unknown>> {
  expect(a.status, `${what}: ${a.text.slice(0, 300)}`).toBe(status);
  expect(a.type, what).toMatch(/^application\/json/);
  const body = JSON.parse(a.text) as Record<string, unknown>;
  expect(typeof body.error, what).toBe('string');
  const { doc } = await openApi();
  expect(await responseProblems(method, pathTemplate(doc, path), status, body), what).toEqual([]);
  return body;
}

const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const caseJson = (title: string) => JSON.stringify({ type: 'support', title, description: 'Fra testen af misdannede forespørgsler.' });

describe('the API refuses what it cannot read with 400, 413 or 415 and a reason', () => {
  it('bad compression, other charsets and content types, invalid and oversized JSON', async () => {
    const token = await tokenFor(contact1('basis'));
    const auth = { authorization: `Bearer ${token}` };
    const valid = caseJson('Komprimeret');
    const truncatedGzip = gzipSync(valid).subarray(0, 20);
    const cases: [string, Record<string, string>, string | Uint8Array, number][] = [
      ['gzip that is not gzip', { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }, 'not gzip at all', 400],
      ['truncated gzip', { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }, truncatedGzip, 400],
      ['br that is not br', { 'content-type': JSON_TYPE, 'content-encoding': 'br' }, 'not brotli', 400],
      ['deflate that is not deflate', { 'content-type': JSON_TYPE, 'content-encoding': 'deflate' }, 'not deflate', 400],
      ['an unknown content encoding', { 'content-type': JSON_TYPE, 'content-encoding': 'compress' }, valid, 415],
      ['latin1', { 'content-type': `${JSON_TYPE}; charset=latin1` }, valid, 415],
      ['iso-8859-1', { 'content-type': `${JSON_TYPE}; charset=ISO-8859-1` }, valid, 415],
      ['utf-16', { 'content-type': `${JSON_TYPE}; charset=utf-16` }, Buffer.from(`\ufeff${valid}`, 'utf16le'), 415],
      ['text/plain', { 'content-type': 'text/plain' }, valid, 415],
      ['a form body', { 'content-type': FORM }, 'type=support', 415],
      ['no content type', {}, Buffer.from(valid), 415],
      ['invalid JSON', { 'content-type': JSON_TYPE }, '{"type": "support",', 400],
      ['JSON over 100 kB', { 'content-type': JSON_TYPE }, JSON.stringify({ type: 'support', title: 'x', description: 'x'.repeat(150_000) }), 413],
    ];
    for (const [what, headers, body, status] of cases) {
      await expectApiError(await send('POST', '/api/v1/cases', { ...auth, ...headers }, body), status, 'POST', '/cases', what);
    }
  });

  it('reads gzip and br bodies that are what they say, so the 400s above are about the bytes', async () => {
    const token = await tokenFor(contact1('basis'));
    for (const [encoding, pack] of [
      ['gzip', gzipSync],
      ['br', brotliCompressSync],
    ] as const) {
      const res = await send(
        'POST',
        '/api/v1/cases',
        { authorization: `Bearer ${token}`, 'content-type': JSON_TYPE, 'content-encoding': encoding },
        pack(caseJson(`Komprimeret ${encoding}`)),
      );
      expect(res.status, res.text.slice(0, 300)).toBe(201);
    }
  });

  it('POST /tokens too: JSON only, UTF-8 only', async () => {
    const body = JSON.stringify({ email: 'kontakt1@basis.test', password: 'demo1234' });
    await expectApiError(await send('POST', '/api/v1/tokens', { 'content-type': `${JSON_TYPE}; charset=utf-16` }, body), 415, 'POST', '/tokens', 'utf-16');
    await expectApiError(await send('POST', '/api/v1/tokens', { 'content-type': FORM }, 'email=a&password=b'), 415, 'POST', '/tokens', 'form');
    await expectApiError(
      await send('POST', '/api/v1/tokens', { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }, 'xx'),
      400,
      'POST',
      '/tokens',
      'bad gzip',
    );
  });
});

describe('pages take HTML forms only, and say so on their own error page', () => {
  const FORM_ROUTES = [
    '/login',
    '/password/forgot',
    '/password/set/abcdefghijklmnopqrstuvwxyz012345',
    '/language',
    '/portal/new/support',
    '/desk/intake/support',
  ];

  it('JSON, text, other charsets and compressed multipart are 415; every form route alike', async () => {
    const bodies: [string, Record<string, string>, string | Uint8Array][] = [
      ['JSON', { 'content-type': JSON_TYPE }, JSON.stringify({ email: 'kontakt1@basis.test', password: 'demo1234' })],
      ['text', { 'content-type': 'text/plain' }, 'email=a'],
      ['latin1', { 'content-type': `${FORM}; charset=latin1` }, 'email=%E6'],
      ['iso-8859-1', { 'content-type': `${FORM}; charset=iso-8859-1` }, 'email=a'],
      ['utf-16', { 'content-type': `${FORM}; charset=utf-16` }, Buffer.from('email=a', 'utf16le')],
      ['gzip multipart', { 'content-type': 'multipart/form-data; boundary=b', 'content-encoding': 'gzip' }, gzipSync('--b--\r\n')],
    ];
    for (const path of FORM_ROUTES) {
      for (const [what, headers, body] of bodies) expectErrorPage(await send('POST', path, headers, body), 415, `${what} to ${path}`);
    }
  });

  it('bodies that cannot be decoded are 400: bad gzip and br, malformed multipart', async () => {
    const multipart = (boundary: string) => ({ 'content-type': `multipart/form-data${boundary}` });
    const cases: [string, Record<string, string>, string | Uint8Array][] = [
      ['gzip that is not gzip', { 'content-type': FORM, 'content-encoding': 'gzip' }, 'email=a'],
      ['br that is not br', { 'content-type': FORM, 'content-encoding': 'br' }, 'email=a'],
      ['multipart cut off', multipart('; boundary=xyz'), '--xyz\r\nContent-Disposition: form-da'],
      ['multipart without boundary', multipart(''), '--xyz\r\n'],
      ['multipart with a broken part header', multipart('; boundary=xyz'), '--xyz\r\nContent-Disposition\r\n\r\nvalue\r\n--xyz--\r\n'],
      ['multipart that never starts', multipart('; boundary=xyz'), 'no boundary in here at all'],
    ];
    for (const path of FORM_ROUTES) {
      for (const [what, headers, body] of cases) {
        const res = await send('POST', path, headers, body);
        // A body that ends before its first part may still be a complete empty form: then the CSRF check answers.
        if (what === 'multipart that never starts' && res.status === 403) continue;
        expectErrorPage(res, 400, `${what} to ${path}`);
      }
    }
  });

  it('answers 413 with its own page on every form the pages offer (bodies over the limits)', async () => {
    const actions = await everyFormAction();
    expect(actions.length).toBeGreaterThanOrEqual(15);
    const big = `note=${'x'.repeat(300_000)}`;
    for (const action of actions) expectErrorPage(await send('POST', action, { 'content-type': FORM }, big), 413, `300 kB to ${action}`);
    // A multipart field over 1 MB, and more parts than any form has.
    const b = 'b0undary';
    const field = `--${b}\r\nContent-Disposition: form-data; name="description"\r\n\r\n${'y'.repeat(1_100_000)}\r\n--${b}--\r\n`;
    const parts = Array.from({ length: 250 }, (_, i) => `--${b}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('') + `--${b}--\r\n`;
    for (const body of [field, parts]) {
      for (const path of ['/portal/new/support', '/desk/intake/support']) {
        expectErrorPage(await send('POST', path, { 'content-type': `multipart/form-data; boundary=${b}` }, body), 413, `multipart to ${path}`);
      }
    }
  });
});

/** Every form action (method post) on the pages of each role, found by loading the pages. */
async function everyFormAction(): Promise<string[]> {
  const created = await newCase(contact1('basis'), 'support');
  const number = created.number as number;
  await tokenFor(MANAGER); // so the manager's token page has a token to revoke
  const db = testDatabase();
  const person = (await db.models.Person.findOne({ where: { email: 'kontakt2@basis.test' } }))!;
  const link = randomBytes(24).toString('base64url');
  await db.models.PersonToken.create({
    personId: person.id,
    purpose: 'reset',
    tokenHash: createHash('sha256').update(link).digest('hex'),
    expiresAt: new Date(Date.now() + 3600_000),
    usedAt: null,
  });
  const pages: [string | null, string[]][] = [
    [null, ['/login', '/password/forgot', `/password/set/${link}`]],
    [contact1('basis'), ['/portal', '/portal/new/support', `/portal/cases/${number}`, '/account/tokens']],
    [
      MANAGER,
      ['/desk', '/desk/intake/support', `/desk/cases/${number}`, '/admin/companies', '/admin/companies/new', '/admin/companies/basis', '/account/tokens'],
    ],
  ];
  const actions = new Set<string>();
  for (const [who, paths] of pages) {
    const client = who ? await new PageClient().login(who) : new PageClient();
    for (const path of paths) {
      const page = await client.get(path);
      expect(page.status, path).toBe(200);
      for (const m of page.html.matchAll(/<form\b[^>]*\bmethod="post"[^>]*\baction="([^"]+)"/g)) actions.add(m[1].replaceAll('&amp;', '&'));
    }
  }
  for (const expected of ['/login', '/logout', '/language', '/password/forgot', `/password/set/${link}`, '/portal/new/support', '/desk/intake/support'])
    expect([...actions]).toContain(expected);
  for (const prefix of [
    `/portal/cases/${number}/actions/`,
    `/desk/cases/${number}/actions/`,
    `/desk/cases/${number}/messages`,
    '/admin/companies/basis/',
    '/account/tokens/',
  ])
    expect(
      [...actions].some((a) => a.startsWith(prefix)),
      prefix,
    ).toBe(true);
  return [...actions];
}

describe('text with NUL or another control character is refused with 422 naming the field', () => {
  it('in the API: a body field, a nested field, a reply, a query parameter; nothing reaches the database or the workflow', async () => {
    const token = await tokenFor(contact1('faktureret'));
    const auth = { authorization: `Bearer ${token}`, 'content-type': JSON_TYPE };
    const db = testDatabase();
    const before = await db.models.CaseRecord.count({ where: { companyId: 'faktureret' } });
    const refused: [string, string, string, string][] = [
      ['/cases', JSON.stringify({ type: 'support', title: 'Nul\u0000titel', description: 'x' }), 'title', 'POST'],
      ['/cases', JSON.stringify({ type: 'support', title: 'Titel', description: 'x', fields: { tried: 'ensom \ud800 surrogat' } }), 'fields.tried', 'POST'],
      ['/cases', JSON.stringify({ type: 'support', title: 'Titel', description: 'escape \u001b[31m' }), 'description', 'POST'],
    ];
    for (const [path, body, field, method] of refused) {
      const res = await expectApiError(await send(method, `/api/v1${path}`, auth, body), 422, method, path, field);
      expect(res.fields).toEqual({ [field]: 'control_characters' });
      expect(Object.keys(res.errors as object)).toEqual([field]);
    }
    expect(await db.models.CaseRecord.count({ where: { companyId: 'faktureret' } })).toBe(before);

    // A reply with NUL on a case waiting for the customer: refused, and the case moves on as before.
    const c = await newCase(contact1('faktureret'), 'support');
    await act(AGENT, c.number, 'ask-customer', { message: 'Hvilken faktura drejer det sig om?' });
    const waiting = await readModel(c.number, (r) => r.status === 'waiting_on_customer');
    const reply = await send('POST', `/api/v1/cases/${c.number}/actions/reply`, auth, JSON.stringify({ message: 'Faktura 17\u0000' }));
    const answer = await expectApiError(reply, 422, 'POST', `/cases/${c.number}/actions/reply`, 'reply');
    expect(answer.fields).toEqual({ message: 'control_characters' });
    expect((await db.models.CaseRecord.findByPk(c.number))!.version).toBe(waiting.version);
    const replied = await act(contact1('faktureret'), c.number, 'reply', { message: 'Faktura 17' });
    expect(replied.body.status).not.toBe('waiting_on_customer');

    const query = await send('GET', '/api/v1/cases?q=a%00b', { authorization: `Bearer ${token}` });
    expect((await expectApiError(query, 422, 'GET', '/cases', 'q')).fields).toEqual({ q: 'control_characters' });
  });

  it('in the API: text is stored in NFC, however it was typed', async () => {
    const decomposed = 'Fejl i la\u0308ngde og e\u0301gal';
    const created = await newCase(contact1('faktureret'), 'support', { title: decomposed });
    expect(created.title).toBe(decomposed.normalize('NFC'));
    expect((await testDatabase().models.CaseRecord.findByPk(created.number))!.title).toBe(decomposed.normalize('NFC'));
  });

  it('on the pages: a form field, a desk note, a query parameter and an upload name; the page names the field', async () => {
    const contact = await new PageClient().login(contact1('udvidet'));
    const db = testDatabase();
    const before = await db.models.CaseRecord.count({ where: { companyId: 'udvidet' } });
    await contact.get('/portal/new/support');
    const form = await contact.postMultipart('/portal/new/support', { title: 'Titel', workflow: 'Faktura\u0000', description: 'x', tried: 'y', expected: 'z' });
    expectErrorPage({ status: form.status, type: form.headers.get('content-type') ?? '', text: form.html }, 422, 'portal form');
    expect(form.html).toContain('Feltet “workflow” indeholder kontroltegn');

    // An upload whose file name holds NUL (built by hand: browsers would never send it). Percent-encoded
    // in an RFC 5987 `filename*` it is a well-formed part with a bad name: 422. As a raw byte in the
    // part's header it makes the multipart body itself malformed: 400.
    const b = 'nulboundary';
    const upload = async (disposition: string) => {
      await contact.get('/portal/new/support');
      const fields = { _csrf: contact.csrf!, title: 'Skærmbillede', workflow: 'Faktura', description: 'x', tried: 'y', expected: 'z' };
      const body = Buffer.concat([
        ...Object.entries(fields).map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="attachments"; ${disposition}\r\nContent-Type: image/png\r\n\r\n`),
        Buffer.from(PNG_BYTES),
        Buffer.from(`\r\n--${b}--\r\n`),
      ]);
      return contact.postRaw('/portal/new/support', body, { 'content-type': `multipart/form-data; boundary=${b}` });
    };
    const encoded = await upload("filename*=UTF-8''sk%C3%A6rm%00billede.png");
    expect(encoded.status, encoded.html.slice(0, 500)).toBe(422);
    expect(encoded.html).toContain('Feltet “attachments” indeholder kontroltegn');
    const rawByte = await upload('filename="skærm\u0000billede.png"');
    expect(rawByte.status).toBe(400);
    expect(rawByte.html).toContain('Formularen kunne ikke læses');
    expect(await db.models.CaseRecord.count({ where: { companyId: 'udvidet' } })).toBe(before);

    const manager = await new PageClient().login(MANAGER);
    const c = await newCase(contact1('udvidet'), 'support');
    const row = await readModel(c.number);
    const messages = await db.models.CaseMessage.count({ where: { caseNumber: c.number } });
    await manager.get(`/desk/cases/${c.number}`);
    const note = await manager.post(`/desk/cases/${c.number}/messages`, { body: 'Intern note \u0007 med klokke', visibility: 'internal' });
    expect(note.status).toBe(422);
    expect(note.html).toContain('Feltet “body” indeholder kontroltegn');
    expect(await db.models.CaseMessage.count({ where: { caseNumber: c.number } })).toBe(messages);
    expect((await db.models.CaseRecord.findByPk(c.number))!.version).toBe(row.version);

    const search = await manager.get('/desk?q=%00');
    expect(search.status).toBe(422);
    expect(search.html).toContain('Feltet “q” indeholder kontroltegn');

    const login = await new PageClient().post('/login', { email: 'kontakt1@basis.test\u0000', password: 'demo1234' });
    expect(login.status).toBe(422);
    expect(login.html).toContain('Feltet “email” indeholder kontroltegn');
  });
});

describe('no request hangs: the server gives up on slow or stalled clients', () => {
  const { hostname, port } = new URL(baseUrl());

  /** Writes `data` and never finishes the request; resolves with what the server answered and when it closed. */
  function stall(data: string): Promise<{ answer: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = net.connect(Number(port), hostname, () => socket.write(data));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve({ answer, ms: Date.now() - started }));
      socket.on('error', reject);
      socket.setTimeout(60_000, () => {
        socket.destroy();
        reject(new Error('the server kept the connection open for 60 s'));
      });
    });
  }

  it('closes a request whose headers never end, and one whose body never comes, with 408', async () => {
    const [headers, body] = await Promise.all([
      stall(`POST /login HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: ${FORM}\r\n`),
      stall(`POST /login HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: ${FORM}\r\nContent-Length: 1000\r\n\r\nemail=a`),
    ]);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeLessThan(20_000);
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeLessThan(40_000);
  });
});
