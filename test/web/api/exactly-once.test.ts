// Exactly once for clients that retry (issue 14 item 4): `Idempotency-Key` on the API's POSTs, and
// the one-time token every page form carries, so a retry, a double click or a back-and-resubmit
// does the work once and answers with the first result.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, MANAGER, contact1, contact2, newCase } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { PageClient, type PageResponse } from '../../support/page-client.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';

afterAll(() => closeTestDatabase());

const casesTitled = (title: string) => testDatabase().models.CaseRecord.count({ where: { title } });

async function post(email: string, path: string, body: unknown, key?: string) {
  return checkedApi('POST', path, { token: await tokenFor(email), body, headers: key ? { 'idempotency-key': key } : {} });
}

describe('Idempotency-Key on POST /api/v1/cases', () => {
  it('the same create sent 5 times with one key makes 1 case, and every answer is the first one', async () => {
    const title = `Idempotent ${randomUUID()}`;
    const body = { type: 'support', title, description: 'Sendt fem gange.' };
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(contact1('basis'), '/cases', body, key));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    for (const a of answers.slice(1)) {
      expect(a.body).toEqual(answers[0].body);
      expect(a.headers.get('location')).toBe(answers[0].headers.get('location'));
      expect(a.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(answers[0].headers.get('idempotent-replayed')).toBeNull();
    expect(await casesTitled(title)).toBe(1);
  });

  it('5 concurrent duplicates (a client retrying while the first still runs) also make 1 case', async () => {
    const title = `Samtidig ${randomUUID()}`;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(contact1('basis'), '/cases', { type: 'support', title, description: 'x' }, key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(await casesTitled(title)).toBe(1);
  });

  it('the same key with a different request is 422 naming the header, and changes nothing', async () => {
    const key = randomUUID();
    const title = `Første ${randomUUID()}`;
    expect((await post(contact1('basis'), '/cases', { type: 'support', title, description: 'x' }, key)).status).toBe(201);
    const other = await post(contact1('basis'), '/cases', { type: 'support', title: `${title} (ændret)`, description: 'x' }, key);
    expect(other.status).toBe(422);
    expect(other.body.fields).toEqual({ 'Idempotency-Key': 'idempotency_key_reused' });
    expect(other.body.error).toMatch(/different request/);
    expect(await casesTitled(`${title} (ændret)`)).toBe(0);
  });

  it('keys are per person: another person with the same key gets their own answer', async () => {
    const key = randomUUID();
    const a = await post(contact1('basis'), '/cases', { type: 'support', title: `Person A ${key}`, description: 'x' }, key);
    const b = await post(contact2('basis'), '/cases', { type: 'support', title: `Person B ${key}`, description: 'x' }, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.number).not.toBe(a.body.number);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a key that is not 1–255 visible ASCII characters with 400; without a key every POST counts', async () => {
    for (const bad of ['x'.repeat(256), 'med mellemrum', 'æøå']) {
      const res = await checkedApi('POST', '/cases', {
        token: await tokenFor(contact1('basis')),
        body: { type: 'support', title: 'x', description: 'x' },
        headers: { 'idempotency-key': bad },
      });
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatch(/Idempotency-Key must be/);
    }
    const title = `Uden nøgle ${randomUUID()}`;
    await post(contact1('basis'), '/cases', { type: 'support', title, description: 'x' });
    await post(contact1('basis'), '/cases', { type: 'support', title, description: 'x' });
    expect(await casesTitled(title)).toBe(2);
  });
});

describe('Idempotency-Key on POST /api/v1/cases/{n}/actions/{action}', () => {
  it('the same log-time 5 times with one key → 10 minutes; a second key logs again → 20', async () => {
    const c = await newCase(contact1('faktureret'), 'support');
    const path = `/cases/${c.number}/actions/log-time`;
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(AGENT, path, { minutes: 10, note: 'Telefonsamtale' }, key));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => a.body.loggedMinutes)).toEqual([10, 10, 10, 10, 10]);
    expect((await checkedApi('GET', `/cases/${c.number}`, { token: await tokenFor(AGENT) })).body.loggedMinutes).toBe(10);

    const concurrent = await Promise.all(Array.from({ length: 5 }, () => post(AGENT, path, { minutes: 10, note: 'Telefonsamtale' }, `${key}-2`)));
    expect(new Set(concurrent.map((a) => a.status))).toEqual(new Set([200]));
    const shown = await checkedApi('GET', `/cases/${c.number}`, { token: await tokenFor(AGENT) });
    expect(shown.body.loggedMinutes).toBe(20);
    expect(shown.body.timeline.filter((e: { kind: string }) => e.kind === 'log-time')).toHaveLength(2);
  });

  it('a refusal is kept too: a retried move that was not allowed answers the same 409, and nothing moves', async () => {
    const c = await newCase(contact1('faktureret'), 'support');
    const key = randomUUID();
    const first = await post(contact1('faktureret'), `/cases/${c.number}/actions/reopen`, { reason: 'Virker ikke endnu' }, key);
    expect(first.status).toBe(409);
    const again = await post(contact1('faktureret'), `/cases/${c.number}/actions/reopen`, { reason: 'Virker ikke endnu' }, key);
    expect(again.status).toBe(409);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await readModel(c.number)).status).toBe('received');
  });

  it('the OpenAPI document describes the header on every POST that takes it', async () => {
    const doc = (await checkedApi('GET', '/openapi.json')).body;
    for (const path of ['/cases', '/cases/{number}/actions/{action}', '/cases/{number}/actions/log-time', '/inbound-mail']) {
      const names = (doc.paths[path].post.parameters ?? []).map((p: { name: string }) => p.name);
      expect(names, path).toContain('Idempotency-Key');
      expect(doc.paths[path].post.responses['409'], path).toBeDefined();
    }
  });
});

/** The one-time token of the form posting to `action` in `html`. */
function onceTokenOf(html: string, action: string): string {
  const form = new RegExp(`<form[^>]*action="${action.replace(/[/]/g, '\\/')}"[\\s\\S]*?</form>`).exec(html)?.[0] ?? '';
  const token = PageClient.hidden(form, '_once');
  expect(token, `no _once in the form to ${action}`).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  return token!;
}

describe('one-time tokens in page forms', () => {
  it('every form carries a fresh token', async () => {
    const page = await new PageClient().login(MANAGER);
    const html = (await page.get('/admin/companies/basis')).html;
    const tokens = [...html.matchAll(/name="_once" value="([^"]+)"/g)].map((m) => m[1]);
    const forms = [...html.matchAll(/<form\b[^>]*method="post"/g)].length;
    expect(tokens.length).toBe(forms);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('a double click on "add note" adds one note; the second answer leads to the same page with a clear note', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await readModel(c.number);
    const desk = await new PageClient().login(AGENT);
    const path = `/desk/cases/${c.number}/messages`;
    const once = onceTokenOf((await desk.get(`/desk/cases/${c.number}`)).html, path);
    const body = `Ringede til kunden ${randomUUID()}`;
    const [a, b] = await Promise.all([
      desk.post(path, { body, visibility: 'internal', _once: once }),
      desk.post(path, { body, visibility: 'internal', _once: once }),
    ]);
    expect([a.status, b.status].sort()).toEqual([302, 303]);
    expect(a.location).toBe(b.location);
    expect(await testDatabase().models.CaseMessage.count({ where: { caseNumber: c.number, body } })).toBe(1);

    // Back and resubmit later: again nothing new, and the page says why.
    const again = await desk.post(path, { body, visibility: 'internal', _once: once });
    expect(again.status).toBe(303);
    const shown = await desk.get(again.location!);
    expect(shown.html).toContain('Formularen var allerede sendt, så den blev ikke sendt igen.');
    expect(await testDatabase().models.CaseMessage.count({ where: { caseNumber: c.number, body } })).toBe(1);
  });

  it('a request form sent twice files one case', async () => {
    const portal = await new PageClient().login(contact1('udvidet'));
    const once = onceTokenOf((await portal.get('/portal/new/support')).html, '/portal/new/support');
    const title = `To klik ${randomUUID()}`;
    const fields = { title, workflow: 'Faktura', description: 'x', tried: 'y', expected: 'z', _once: once };
    const [a, b] = await Promise.all([portal.postMultipart('/portal/new/support', fields), portal.postMultipart('/portal/new/support', fields)]);
    expect([a.status, b.status].sort()).toEqual([302, 303]);
    expect(b.location).toBe(a.location);
    expect(await casesTitled(title)).toBe(1);
  });

  it('a form that was refused gives its token back: corrected, the same form goes through once', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await readModel(c.number);
    const desk = await new PageClient().login(AGENT);
    const path = `/desk/cases/${c.number}/messages`;
    const once = onceTokenOf((await desk.get(`/desk/cases/${c.number}`)).html, path);
    const refused: PageResponse = await desk.post(path, { body: '', visibility: 'internal', _once: once });
    expect(refused.status).toBe(422);
    const body = `Rettet ${randomUUID()}`;
    expect((await desk.post(path, { body, visibility: 'internal', _once: once })).status).toBe(302);
    expect((await desk.post(path, { body, visibility: 'internal', _once: once })).status).toBe(303);
    expect(await testDatabase().models.CaseMessage.count({ where: { caseNumber: c.number, body } })).toBe(1);
  });
});
