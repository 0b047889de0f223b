// Malformed requests the reliability suite's fuzzing found answered with a 500 or a bare status line
// (issue 14 items 5 and 7): JSON nested thousands of levels deep, and what Node's HTTP parser refuses
// before Express sees it (an address or headers over its size limit, bytes that are not HTTP). Each
// is a 4xx in the product's own shape.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, contact1, newCase } from '../../support/api-cases.js';
import { PageClient } from '../../support/page-client.js';
import { baseUrl, closeTestDatabase } from '../../support/servers.js';

afterAll(() => closeTestDatabase());

async function raw(bytes: string): Promise<string> {
  const url = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(15_000, () => reject(new Error(`no answer to ${JSON.stringify(bytes.slice(0, 40))}`)));
  });
}

describe('bodies nested deeper than any request needs', () => {
  it('are 400 with a reason, with or without an Idempotency-Key, and nothing is done', async () => {
    const number = (await newCase(contact1('basis'), 'support')).number;
    const token = await tokenFor(AGENT);
    for (const [what, body] of [
      ['an array 5 000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['an object 40 deep', `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`],
      ['a deep value in a real decision', JSON.stringify({ plan: 'Vi ser på det.' }).replace('}', `,"x":${'['.repeat(3000)}${']'.repeat(3000)}}`)],
    ]) {
      for (const key of [undefined, `deep-${what.length}-${Date.now()}`]) {
        const res = await fetch(`${baseUrl()}/api/v1/cases/${number}/actions/acknowledge`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body,
        });
        expect(res.status, `${what}, key ${key}`).toBe(400);
        expect(await res.json()).toEqual({ error: 'the request body is nested more than 32 levels deep' });
      }
    }
    const doc = await fetch(`${baseUrl()}/api/v1/cases/${number}`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await doc.json()) as { status: string }).status).toBe('received');
  });

  it('a body as deep as a real one still passes', async () => {
    const token = await tokenFor(contact1('basis'));
    const res = await fetch(`${baseUrl()}/api/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'support', title: 'Dybde', description: 'Almindelig dybde.', fields: { workflow: 'Fakturering' } }),
    });
    expect(res.status).toBe(201);
  });
});

describe('form fields sent as nested objects (a[b]=…)', () => {
  it('are refused with 400 and the error page, urlencoded or multipart, before any form sees them', async () => {
    const manager = await new PageClient().login('manager@desk.test');
    await manager.get('/admin/companies/basis');
    const fields = { firstName: 'Mia', lastName: 'Test', 'email[__proto__]': 'NaN', locale: 'da' };
    for (const res of [await manager.post('/admin/companies/basis/contacts', fields), await manager.postMultipart('/admin/companies/basis/contacts', fields)]) {
      expect(res.status, res.html.slice(0, 300)).toBe(400);
      expect(res.html).toContain('<p class="status-code">400</p>');
    }
    const form = await manager.post('/admin/companies/new', { id: 'nested-fields', 'name[y]': 'Indlejret ApS', solutionType: 'standard' });
    expect(form.status).toBe(400);
  });
});

describe("what Node's HTTP parser refuses is answered in the product's shape", () => {
  it('an address or headers over the limit: 431 JSON under /api, the error page elsewhere', async () => {
    const long = 'q='.concat('x'.repeat(20_000));
    const api = await fetch(`${baseUrl()}/api/v1/cases?${long}`);
    expect(api.status).toBe(431);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await api.json()) as { error: string }).error).toMatch(/more headers \(or a longer address\)/);

    const page = await fetch(`${baseUrl()}/desk?${long}`);
    expect(page.status).toBe(431);
    const html = await page.text();
    expect(html).toContain('<p class="status-code">431</p>');
    expect(html).toContain('Forespørgslens headere er for store');
    expect(html).toContain('The request headers are too large');

    const cookie = await fetch(`${baseUrl()}/login`, { headers: { cookie: `big=${'y'.repeat(20_000)}` } });
    expect(cookie.status).toBe(431);
  });

  it('bytes that are not HTTP: 400 with the error page', async () => {
    const answer = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Content-Type: text/html');
    expect(answer).toContain('<p class="status-code">400</p>');
  });
});
