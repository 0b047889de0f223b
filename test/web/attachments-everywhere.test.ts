// Files on replies, desk messages and notes, through the pages and the API (issue 11 item 5): each
// file shows on the timeline entry it came with, a note's files never reach the customer, and a
// refused file (type, size) is said so next to the field with nothing recorded.
import { afterAll, describe, expect, it } from 'vitest';
import { api, tokenFor, type ApiResponse } from '../support/api-client.js';
import { checkedApi } from '../support/openapi-check.js';
import { AGENT, contact1, newCase } from '../support/api-cases.js';
import { baseUrl, closeTestDatabase, readModel, testDatabase } from '../support/servers.js';
import type { PageClient } from '../support/page-client.js';
import { PNG, contact, fileRequest, unique, VALID } from './portal/portal-support.js';
import { signedIn } from './admin/admin-support.js';

afterAll(closeTestDatabase);

/** The HTML of the timeline entries of one kind (from `<li class="k-kind` to the next entry). */
function entries(html: string, kind: string): string[] {
  return html
    .split(/<li class="k-/)
    .slice(1)
    .filter((part) => part.startsWith(`${kind}"`) || part.startsWith(`${kind} `))
    .map((part) => part.split(/<\/ol>/)[0]);
}

const fileLink = (number: number, id: number) => `href="/case/${number}/attachments/${id}"`;

async function attachmentsOf(number: number) {
  return testDatabase().models.Attachment.findAll({ where: { caseNumber: number }, order: [['id', 'ASC']] });
}

async function portalCase(page: PageClient): Promise<number> {
  const { number } = await fileRequest(page, 'support', { ...VALID.support, title: unique('Filer') });
  await readModel(number);
  return number;
}

describe('the portal reply', () => {
  it('sends files with a reply and shows them on that reply, for the customer and the desk', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const number = await portalCase(page);
    const shown = await page.get(`/portal/cases/${number}`);
    expect(shown.html).toMatch(/action="\/portal\/cases\/\d+\/actions\/reply"[^>]*enctype="multipart\/form-data"/);
    expect(shown.html).toContain('Højst 10 filer à højst 25 MB');

    const res = await page.postMultipart(`/portal/cases/${number}/actions/reply`, { message: 'Her er et skærmbillede.' }, [
      ['attachments', 'fejl.png', 'image/png', PNG],
    ]);
    expect(res.status, res.html.slice(0, 1000)).toBe(302);
    const [file] = await attachmentsOf(number);
    expect(file).toMatchObject({ filename: 'fejl.png', internal: false, messageId: null });
    expect(file.eventSeq).toBeGreaterThan(1);

    const [reply] = entries((await page.get(`/portal/cases/${number}`)).html, 'reply');
    expect(reply).toContain('Her er et skærmbillede.');
    expect(reply).toContain(fileLink(number, Number(file.id)));
    const agent = await signedIn(AGENT);
    const [onDesk] = entries((await agent.get(`/desk/cases/${number}`)).html, 'reply');
    expect(onDesk).toContain(fileLink(number, Number(file.id)));
    expect(entries((await agent.get(`/desk/cases/${number}`)).html, 'received')[0]).not.toContain('attachments/');
  });

  it('refuses a file of the wrong type next to the field, keeps the text and records nothing', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const number = await portalCase(page);
    const before = (await readModel(number)).version;
    await page.get(`/portal/cases/${number}`);
    const res = await page.postMultipart(`/portal/cases/${number}/actions/reply`, { message: 'Se vedhæftede program.' }, [
      ['attachments', 'virus.exe', 'application/x-msdownload', new Uint8Array([77, 90])],
    ]);
    expect(res.status).toBe(422);
    expect(res.html).toContain('»virus.exe« kan ikke vedhæftes: den slags fil modtages ikke.');
    expect(res.html).toContain('Se vedhæftede program.');
    expect(await attachmentsOf(number)).toHaveLength(0);
    expect((await readModel(number)).version).toBe(before);
  });
});

describe('desk notes and messages', () => {
  it("puts a note's files on the note for the desk only, and a message's files on the message for both", async () => {
    const customer = await contact('kontakt1@basis.test');
    const number = await portalCase(customer);
    const agent = await signedIn(AGENT);
    await agent.get(`/desk/cases/${number}`);
    const note = await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'internal', body: 'Intern log vedlagt.' }, [
      ['attachments', 'log.txt', 'text/plain', new TextEncoder().encode('fejl i linje 3')],
    ]);
    expect(note.status, note.html.slice(0, 500)).toBe(302);
    await agent.get(`/desk/cases/${number}`);
    await agent.postMultipart(`/desk/cases/${number}/messages`, { visibility: 'customer', body: 'Vejledning vedlagt.' }, [
      ['attachments', 'vejledning.png', 'image/png', PNG],
    ]);
    const [log, guide] = await attachmentsOf(number);
    expect(log).toMatchObject({ internal: true });
    expect(log.messageId).not.toBeNull();
    expect(guide).toMatchObject({ internal: false });

    const desk = (await agent.get(`/desk/cases/${number}`)).html;
    expect(entries(desk, 'note')[0]).toContain(fileLink(number, Number(log.id)));
    expect(entries(desk, 'note')[0]).toContain('badge internal');
    expect(entries(desk, 'message')[0]).toContain(fileLink(number, Number(guide.id)));
    const portal = (await customer.get(`/portal/cases/${number}`)).html;
    expect(portal).not.toContain(fileLink(number, Number(log.id)));
    expect(entries(portal, 'message')[0]).toContain(fileLink(number, Number(guide.id)));
    expect((await customer.get(`/case/${number}/attachments/${log.id}`)).status).toBe(404);
  });
});

describe('the API', () => {
  async function post(email: string, number: number, fields: Record<string, string>, files: [string, string, Uint8Array][] = []) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    for (const [name, type, bytes] of files) form.append('attachments', new Blob([bytes], { type }), name);
    const res = await fetch(`${baseUrl()}/api/v1/cases/${number}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(email)}` },
      body: form,
    });
    const reply: ApiResponse = { status: res.status, body: await res.json(), headers: res.headers };
    return reply;
  }

  it('takes a reply and a note with files as multipart, each file on its timeline item', async () => {
    const c = await newCase(contact1('hypercare'), 'support');
    await readModel(c.number);
    const replied = await post(contact1('hypercare'), c.number, { body: 'Skærmbillede af fejlen.' }, [['skærm.png', 'image/png', PNG]]);
    expect(replied.status, JSON.stringify(replied.body)).toBe(201);
    const reply = replied.body.timeline.find((e: { kind: string }) => e.kind === 'reply');
    expect(reply.attachmentIds).toHaveLength(1);
    expect(replied.body.attachments.map((a: { id: number }) => a.id)).toEqual(reply.attachmentIds);

    const noted = await post(AGENT, c.number, { body: 'Intern analyse.', internal: 'true' }, [
      ['analyse.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.4')],
    ]);
    expect(noted.status).toBe(201);
    const note = noted.body.timeline.find((e: { kind: string }) => e.kind === 'note');
    expect(note).toMatchObject({ internal: true, text: 'Intern analyse.' });
    expect(note.attachmentIds).toHaveLength(1);
    // The customer sees the reply's file, never the note's.
    const seen = await checkedApi('GET', `/cases/${c.number}`, { token: await tokenFor(contact1('hypercare')) });
    expect(seen.body.attachments.map((a: { id: number }) => a.id)).toEqual(reply.attachmentIds);
  });

  it('answers JSON too, and says what is wrong with a message or a file', async () => {
    const c = await newCase(contact1('hypercare'), 'support');
    await readModel(c.number);
    const token = await tokenFor(AGENT);
    const json = await checkedApi('POST', `/cases/${c.number}/messages`, { token, body: { body: 'Vi kigger på det.', internal: false } });
    expect(json.status).toBe(201);
    expect((await checkedApi('POST', `/cases/${c.number}/messages`, { token, body: { body: 'Uden synlighed' } })).body.errors).toHaveProperty('internal');
    expect((await checkedApi('POST', `/cases/${c.number}/messages`, { token, body: { body: 'x', internal: true, extra: 1 } })).body.errors).toEqual({
      extra: 'Unknown field.',
    });
    const empty = await checkedApi('POST', `/cases/${c.number}/messages`, { token: await tokenFor(contact1('hypercare')), body: { body: '' } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toHaveProperty('body');

    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    const tooBig = await post(contact1('hypercare'), c.number, { body: 'Stor fil.' }, [['stor.png', 'image/png', big]]);
    expect(tooBig).toMatchObject({
      status: 422,
      body: { errors: { attachments: '“stor.png” is larger than 25 MB.' }, fields: { attachments: 'file_too_big' } },
    });
    const huge = await post(contact1('hypercare'), c.number, { body: 'Meget stor fil.' }, [['enorm.png', 'image/png', new Uint8Array(101 * 1024 * 1024)]]);
    expect(huge.status).toBe(413);
    expect(await attachmentsOf(c.number)).toHaveLength(0);

    expect((await api('POST', `/cases/${c.number}/messages`, { token: await tokenFor('godkender@hypercare.test'), body: { body: 'x' } })).status).toBe(403);
    expect((await api('POST', `/cases/${c.number}/messages`, { token: await tokenFor(contact1('basis')), body: { body: 'x' } })).status).toBe(404);
  });
});
