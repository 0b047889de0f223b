// The everyday tools through the JSON API, as issue 20's exact interface states them: the rating
// (once, 409 after), the satisfaction figures, followers, the contact lookup, the list's sort, ETag and
// If-Match (412, nothing applied), and files of every allowed kind (a refused one named in the 422).
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { AGENT, MANAGER, act, approver, contact1, contact2, getCase, newCase } from '../../support/api-cases.js';
import { baseUrl, closeTestDatabase, testDatabase } from '../../support/servers.js';
import { fetchFromOwnAddress } from '../../support/source-address.js';
import { ACCEPTED_FILES, EXECUTABLE } from '../../support/sample-files.js';
import { actIfMatch, postFiles, resolvedCase } from './everyday-support.js';

afterAll(closeTestDatabase);

describe('rating the answer', () => {
  it('is given once by a contact of the company on a resolved case, then 409; others may not', async () => {
    const n = await resolvedCase(contact1('udvidet'));
    const seen = await getCase(contact2('udvidet'), n);
    expect(seen.body.allowedActions).toContain('rate');
    expect(seen.body.rating).toBeNull();
    await act(approver('udvidet'), n, 'rate', { score: 4 }, 404); // not a case an approver may see
    await act(AGENT, n, 'rate', { score: 4 }, 403);
    await act(contact1('basis'), n, 'rate', { score: 4 }, 404);
    await act(contact2('udvidet'), n, 'rate', { score: 6 }, 422);
    const rated = await act(contact2('udvidet'), n, 'rate', { score: 4, comment: 'Hurtigt svar.' });
    expect(rated.body.rating).toMatchObject({ score: 4, comment: 'Hurtigt svar.' });
    expect(rated.body.allowedActions).not.toContain('rate');
    await act(contact1('udvidet'), n, 'rate', { score: 1 }, 409);
  });

  it('can be given after the case closed, once', async () => {
    const n = await resolvedCase(contact1('hypercare'));
    await act(AGENT, n, 'close');
    expect((await getCase(contact1('hypercare'), n)).body.allowedActions).toContain('rate');
    const rated = await act(contact1('hypercare'), n, 'rate', { score: 5 });
    expect(rated.body).toMatchObject({ status: 'closed', rating: { score: 5 } });
    await act(contact1('hypercare'), n, 'rate', { score: 2 }, 409);
  });

  it('is not possible before the answer is given', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await act(contact1('udvidet'), c.number, 'rate', { score: 3 }, 409);
  });

  it('shows in the satisfaction figures for the desk, not for customers', async () => {
    const n = await resolvedCase(contact1('basis'));
    await act(contact1('basis'), n, 'rate', { score: 2, comment: 'Løste det ikke helt.' });
    const res = await checkedApi('GET', '/satisfaction', { token: await tokenFor(MANAGER) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.responses).toBeGreaterThanOrEqual(1);
    expect(res.body.average).toBeGreaterThanOrEqual(1);
    expect(res.body.byWeek.reduce((sum: number, w: { responses: number }) => sum + w.responses, 0)).toBe(res.body.responses);
    expect(res.body.byAgent.some((a: any) => a.agent?.name === 'Anna Agent')).toBe(true);
    expect(res.body.cases.some((c: any) => c.number === n && c.score === 2)).toBe(true);
    expect((await checkedApi('GET', '/satisfaction', { token: await tokenFor(contact1('basis')) })).status).toBe(403);
    expect((await checkedApi('GET', '/satisfaction?from=2026-13-01', { token: await tokenFor(AGENT) })).status).toBe(422);
  });
});

describe('followers', () => {
  it('a contact adds a colleague of the same company; the document lists them; they are removed again', async () => {
    const c = await newCase(contact1('faktureret'), 'support');
    const added = await act(contact1('faktureret'), c.number, 'add-follower', { email: approver('faktureret') });
    expect(added.body.followers).toEqual([{ email: approver('faktureret'), name: 'Gitte Godkender (Faktureret I/S)' }]);
    await act(contact1('faktureret'), c.number, 'add-follower', { email: approver('faktureret') }, 422);
    await act(contact1('faktureret'), c.number, 'add-follower', { email: contact1('basis') }, 422);
    await act(contact1('faktureret'), c.number, 'add-follower', { email: AGENT }, 422);
    await act(approver('faktureret'), c.number, 'add-follower', { email: contact2('faktureret') }, 403);
    await act(AGENT, c.number, 'add-follower', { email: contact2('faktureret') });
    // The following price approver may now read the case.
    expect((await getCase(approver('faktureret'), c.number)).status).toBe(200);
    const removed = await act(AGENT, c.number, 'remove-follower', { email: approver('faktureret') });
    expect(removed.body.followers.map((f: any) => f.email)).toEqual([contact2('faktureret')]);
    await act(AGENT, c.number, 'remove-follower', { email: approver('faktureret') }, 422);
  });

  it('followers get the case’s mails', async () => {
    const c = await newCase(contact1('basis'), 'support');
    await act(contact1('basis'), c.number, 'add-follower', { email: contact2('basis') });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi kigger på det i dag.' });
    const db = testDatabase();
    const deadline = Date.now() + 15_000;
    for (;;) {
      const mails = await db.models.Notification.findAll({ where: { caseNumber: c.number, template: 'case_acknowledged' } });
      const to = mails.map((m) => m.email).sort();
      if (to.length >= 2 || Date.now() > deadline) {
        expect(to).toEqual([contact1('basis'), contact2('basis')]);
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});

describe('finding a caller', () => {
  // Other test files add contacts to the demo companies in the shared database: each answer must hold
  // the demo contact sought, and only contacts that match.
  it('matches name, e-mail, phone or company; staff only', async () => {
    const token = await tokenFor(AGENT);
    const emails = (body: any[]) => body.map((c) => c.email as string);
    const byCompany = await checkedApi('GET', '/contacts?q=udvidet', { token });
    expect(byCompany.status).toBe(200);
    expect(emails(byCompany.body)).toEqual(expect.arrayContaining([contact1('udvidet'), contact2('udvidet')]));
    for (const c of byCompany.body) expect(`${c.email} ${c.company.name}`.toLowerCase(), c.email).toContain('udvidet');
    const own = byCompany.body.find((c: any) => c.email === contact1('udvidet'));
    expect(own).toMatchObject({ firstName: expect.any(String), lastName: expect.any(String), company: { slug: 'udvidet', name: 'Udvidet A/S' } });
    const byName = await checkedApi('GET', `/contacts?q=${encodeURIComponent('kim basis')}`, { token });
    expect(emails(byName.body)).toContain(contact2('basis'));
    for (const c of byName.body) expect(`${c.firstName} ${c.lastName} ${c.email} ${c.company.name}`.toLowerCase(), c.email).toContain('kim');
    const phone = byName.body.find((c: any) => c.email === contact2('basis')).phone as string;
    const digits = phone.replace(/\D/g, '').slice(-8);
    const byPhone = await checkedApi('GET', `/contacts?q=${encodeURIComponent(digits)}`, { token });
    expect(emails(byPhone.body)).toContain(contact2('basis'));
    for (const c of byPhone.body) expect(String(c.phone).replace(/\D/g, ''), c.email).toContain(digits);
    expect(emails((await checkedApi('GET', '/contacts?q=kontakt1%40hypercare', { token })).body)).toEqual([contact1('hypercare')]);
    expect((await checkedApi('GET', '/contacts?q=udvidet', { token: await tokenFor(contact1('udvidet')) })).status).toBe(403);
    expect((await checkedApi('GET', `/contacts?q=${'x'.repeat(101)}`, { token })).status).toBe(422);
  });
});

describe('sorting the list', () => {
  it('sorts by any column, both ways', async () => {
    const token = await tokenFor(AGENT);
    for (const sort of ['due', '-due', 'received', '-received', 'company', 'owner', 'status', 'type', '-company']) {
      const res = await checkedApi('GET', `/cases?sort=${sort}&pageSize=200`, { token });
      expect(res.status, sort).toBe(200);
    }
    const received = (await checkedApi('GET', '/cases?sort=-received&pageSize=50', { token })).body.items.map((c: any) => c.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
    const companies = (await checkedApi('GET', '/cases?sort=company&pageSize=200', { token })).body.items.map((c: any) => c.company.name);
    expect(companies).toEqual([...companies].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    expect((await checkedApi('GET', '/cases?sort=title', { token })).status).toBe(422);
  });
});

describe('ETag and If-Match', () => {
  it('refuses a decision on a version the case has moved on from (412), applying nothing', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const read = await getCase(AGENT, c.number);
    const etag = read.headers.get('etag')!;
    // One strong tag: the case's version and a digest of the representation (web/api/versions.ts).
    expect(etag).toMatch(new RegExp(`^"${read.body.version}-[A-Za-z0-9_-]{16}"$`));
    // The same tag answers If-None-Match: 304 while nothing changed. (fetch adds `Cache-Control: no-cache`,
    // an end-to-end reload, to a conditional request that names no Cache-Control of its own.)
    const conditional = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const fresh = await checkedApi('GET', `/cases/${c.number}`, { token: await tokenFor(AGENT), headers: conditional });
    expect(fresh.status).toBe(304);
    await act(MANAGER, c.number, 'take');
    expect((await checkedApi('GET', `/cases/${c.number}`, { token: await tokenFor(AGENT), headers: conditional })).status).toBe(200);
    await actIfMatch(AGENT, c.number, 'acknowledge', { plan: 'For sent.' }, etag, 412);
    const after = await getCase(AGENT, c.number);
    expect(after.body.status).toBe('received');
    expect(after.body.version).toBe(read.body.version + 1);
    const ok = await actIfMatch(AGENT, c.number, 'acknowledge', { plan: 'Nu.' }, after.headers.get('etag')!, 200);
    expect(ok.headers.get('etag')).toMatch(new RegExp(`^"${ok.body.version}-[A-Za-z0-9_-]{16}"$`));
    await actIfMatch(AGENT, c.number, 'qualify', {}, '"abc"', 412);
    // The bare version is read alike (the tag's first part decides).
    await actIfMatch(AGENT, c.number, 'log-time', { minutes: 15 }, `"${ok.body.version}"`, 200);
    await actIfMatch(AGENT, c.number, 'qualify', {}, '*', 200);
  });
});

describe('files', () => {
  it('takes every allowed kind, stored as its kind', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const names = Object.keys(ACCEPTED_FILES);
    for (let i = 0; i < names.length; i += 8) {
      const batch = names.slice(i, i + 8).map((name) => [name, ACCEPTED_FILES[name]!] as [string, Buffer]);
      const res = await postFiles(contact1('udvidet'), c.number, { body: `Filer ${i}` }, batch);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const stored = await testDatabase().models.Attachment.findAll({ where: { caseNumber: c.number } });
    expect(stored.map((a) => a.filename).sort()).toEqual([...names].sort());
    expect(stored.find((a) => a.filename === 'server.log')!.contentType).toBe('text/plain; charset=utf-8');
    expect(stored.find((a) => a.filename === 'beskrivelse.docx')!.contentType).toContain('wordprocessingml');
  });

  it('refuses an executable named .pdf with a 422 naming the file, storing nothing', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const res = await postFiles(contact1('udvidet'), c.number, { body: 'Se vedhæftet' }, [
      ['ok.log', ACCEPTED_FILES['server.log']!],
      ['faktura.pdf', EXECUTABLE],
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors.attachments).toContain('faktura.pdf');
    expect(res.body.fields.attachments).toBe('file_content');
    expect(await testDatabase().models.Attachment.count({ where: { caseNumber: c.number } })).toBe(0);
  });

  it('refuses one file too many and one too large, naming them', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const eleven = Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, Buffer.from(`fil ${i}\n`)] as [string, Buffer]);
    const many = await postFiles(AGENT, c.number, { body: 'Mange', internal: 'true' }, eleven);
    expect(many.status).toBe(422);
    expect(many.body.errors.attachments).toContain('10');
    const big = await postFiles(AGENT, c.number, { body: 'Stor', internal: 'true' }, [['stor.log', Buffer.alloc(25 * 1024 * 1024 + 1, 0x61)]]);
    expect(big.status).toBe(422);
    expect(big.body.errors.attachments).toContain('stor.log');
  });
});

describe('followers by mail', () => {
  it('colleagues Cc’d on a contact’s mail follow the case it makes', async () => {
    const raw = [
      `From: Karen <${contact1('udvidet')}>`,
      'To: support@desk.test',
      `Cc: Kim <${contact2('udvidet')}>, ${approver('udvidet')}, someone@elsewhere.test`,
      `Subject: Printeren driller ${Date.now()}`,
      `Message-ID: <cc-${Date.now()}@udvidet.test>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Printeren udskriver ikke fakturaer.',
      '',
    ].join('\r\n');
    const res = await fetchFromOwnAddress(`${baseUrl()}/api/v1/inbound-mail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(AGENT)}`, 'content-type': 'message/rfc822' },
      body: raw,
    });
    const body = (await res.json()) as { caseNumber: number };
    expect(res.status, JSON.stringify(body)).toBe(201);
    const c = await getCase(AGENT, body.caseNumber);
    expect(c.body.followers.map((f: any) => f.email).sort()).toEqual([approver('udvidet'), contact2('udvidet')]);
  });
});
