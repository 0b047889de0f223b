// Personal data end to end against the running product (docs/personal-data.md): a support contact files
// a case through the API (a message with a file on it) and another by e-mail, both closed and billed;
// an open case of theirs refuses the erasure until it moves to a colleague. The export holds their
// profile, cases, messages, file and raw mail; after the erasure their name, e-mail address and texts
// are in no case document, search result or list, they cannot sign in, the raw mail is gone, the
// closed cases' Temporal histories are unreadable, and the billing month's totals are unchanged.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../../support/unzip.js';
import { QueryTypes } from 'sequelize';
import { api, tokenFor } from '../../support/api-client.js';
import { act, AGENT, MANAGER } from '../../support/api-cases.js';
import { baseUrl, closeTestDatabase, devServerClient, productDataConverter, readModel, testDatabase } from '../../support/servers.js';
import { eventually, sendToDesk } from '../../support/mail.js';
import { currentMonth, ownCompany, type OwnCompany } from '../orders/orders-support.js';
import { caseViewQuery } from '../../../workflows/messages.js';
import type { Payload } from '@temporalio/common';

let company: OwnCompany;
const marker = `Hemmelighed${randomUUID().slice(0, 8)}`;
const mailMarker = `Postbesked${randomUUID().slice(0, 8)}`;

async function close(number: number) {
  await act(AGENT, number, 'acknowledge', { plan: 'Vi kigger på det.' });
  await act(AGENT, number, 'qualify', {});
  await act(AGENT, number, 'log-time', { minutes: 20 });
  await act(AGENT, number, 'resolve', { summary: 'Løst.' });
  await act(AGENT, number, 'close');
  await readModel(number, (r) => r.status === 'closed');
}

const billingTotal = async () => {
  const res = await api('GET', `/billing/${currentMonth()}?company=${company.id}`, { token: await tokenFor(MANAGER) });
  expect(res.status).toBe(200);
  const lines = res.body.companies.flatMap((c: any) => c.lines);
  return {
    amount: lines.reduce((n: number, l: any) => n + l.amountOre, 0),
    minutes: lines.reduce((n: number, l: any) => n + l.minutes, 0),
    count: lines.length,
  };
};

beforeAll(async () => {
  company = await ownCompany('privacy');
});
afterAll(() => closeTestDatabase());

describe('erasing and exporting a person', () => {
  it('exports everything, refuses while a case is open, moves it, erases, and leaves billing totals alone', async () => {
    const contact = company.contactA;
    const person = (await testDatabase().models.Person.findOne({ where: { email: contact } }))!;
    const fullName = person.fullName;
    const token = await tokenFor(contact);

    const filed = await api('POST', '/cases', {
      token,
      body: {
        type: 'support',
        title: `Spørgsmål ${marker}`,
        description: `Beskrivelse ${marker} fra ${contact}`,
        fields: { workflow: 'Fakturering', tried: 'x', expected: 'y' },
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const apiCase: number = filed.body.number;
    const form = new FormData();
    form.set('body', `Svar ${marker}`);
    form.append('attachments', new Blob([`fil ${marker}`], { type: 'text/plain' }), `bilag-${marker}.txt`);
    const msg = await fetch(`${baseUrl()}/api/v1/cases/${apiCase}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(msg.status).toBe(201);

    await sendToDesk({ from: contact, subject: `Mail ${mailMarker}`, text: `Hej, ${mailMarker}. Venlig hilsen ${fullName}` });
    const mailCase = await eventually(
      () => testDatabase().models.CaseRecord.findOne({ where: { contactId: person.id, channel: 'mail' } }),
      (r) => r !== null && r.version >= 1,
      30_000,
      'the mail case',
    );
    const openCase = (
      await api('POST', '/cases', {
        token,
        body: { type: 'product_idea', title: 'Idé om eksport', description: `En idé ${marker}.`, fields: { value: 'Tid' } },
      })
    ).body.number;
    await close(apiCase);
    await close(mailCase!.number);
    await readModel(openCase);
    const before = await billingTotal();
    expect(before.amount).toBeGreaterThan(0);

    const manager = await tokenFor(MANAGER);
    // Only desk managers.
    expect((await api('GET', `/people/${person.id}/export`, { token: await tokenFor(AGENT) })).status).toBe(403);
    expect((await api('POST', `/people/${person.id}/erase`, { token })).status).toBe(403);

    const exported = await fetch(`${baseUrl()}/api/v1/people/${person.id}/export`, { headers: { authorization: `Bearer ${manager}` } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(Buffer.from(await exported.arrayBuffer()));
    expect(JSON.parse(files.get('person.json')!.toString()).email).toBe(contact);
    const cases = JSON.parse(files.get('cases.json')!.toString());
    expect(cases.map((c: any) => c.number)).toEqual(expect.arrayContaining([apiCase, mailCase!.number, openCase]));
    expect(files.get('cases.json')!.toString()).toContain(`Beskrivelse ${marker}`);
    expect(files.get('messages.json')!.toString()).toContain(`Svar ${marker}`);
    expect([...files.keys()].some((f) => f.startsWith(`attachments/${apiCase}/`) && f.includes('bilag'))).toBe(true);
    const eml = [...files.entries()].find(([f]) => f.startsWith('mails/') && f.endsWith('.eml'));
    expect(eml?.[1].toString()).toContain(mailMarker);
    for (const f of ['sign-ins.json', 'mails-sent.json', 'audit.json']) expect(files.has(f)).toBe(true);

    // Still the contact of an open case: refused, naming it and whom it may move to.
    const refused = await api('POST', `/people/${person.id}/erase`, { token: manager });
    expect(refused.status).toBe(409);
    expect(refused.body.openCases).toEqual([openCase]);
    const colleague = (await testDatabase().models.Person.findOne({ where: { email: company.contactB } }))!;
    expect(refused.body.moveOpenCasesTo.map((c: any) => c.id)).toContain(colleague.id);

    const erased = await api('POST', `/people/${person.id}/erase`, { token: manager, body: { moveOpenCasesTo: colleague.id } });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.name).toBe(`Slettet person #${person.id}`);
    expect(erased.body.casesCleared).toEqual(expect.arrayContaining([apiCase, mailCase!.number]));
    expect((await readModel(openCase)).contactId).toBe(colleague.id);

    // Signing in is impossible.
    expect((await api('POST', '/tokens', { body: { email: contact, password: 'demo1234' } })).status).toBe(401);
    expect((await api('GET', '/me', { token })).status).toBe(401);

    // No case document, search result or list names them or holds their texts.
    const agent = await tokenFor(AGENT);
    const needles = [marker, mailMarker, contact, fullName];
    for (const n of [apiCase, mailCase!.number, openCase]) {
      const doc = JSON.stringify((await api('GET', `/cases/${n}`, { token: agent })).body);
      for (const needle of needles) expect(doc, `case ${n} still holds ${needle}`).not.toContain(needle);
    }
    for (const q of [marker, mailMarker, 'Hemmelighed*']) {
      const found = await api('GET', `/cases?q=${encodeURIComponent(q)}&company=${company.id}`, { token: agent });
      expect(found.status).toBe(200);
      expect(found.body.items.filter((c: any) => [apiCase, mailCase!.number].includes(c.number))).toEqual([]);
    }
    const list = JSON.stringify((await api('GET', `/cases?company=${company.id}`, { token: agent })).body);
    for (const needle of needles) expect(list).not.toContain(needle);

    // The raw mail is gone; the closed cases' histories cannot be read any more.
    const [mail] = await testDatabase().sequelize.query<{ size: number; from_address: string | null }>(
      `SELECT size, from_address FROM inbound_mails WHERE case_number = :n OR id = (SELECT (fields->>'inboundMail')::bigint FROM cases WHERE number = :n)`,
      { type: QueryTypes.SELECT, replacements: { n: mailCase!.number } },
    );
    expect(mail).toMatchObject({ size: 0, from_address: null });
    const client = await devServerClient();
    try {
      await expect(
        client.workflow
          .getHandle(`case-${apiCase}`)
          .fetchHistory()
          .then(async (h) => {
            const input = h.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
            return productDataConverter().payloadCodecs![0].decode(input as Payload[]);
          }),
      ).rejects.toThrow(/erased/);
      // The open case still runs, readable, under its own key.
      expect((await client.workflow.getHandle(`case-${openCase}`).query(caseViewQuery)).contactId).toBe(colleague.id);
    } finally {
      await client.connection.close();
    }

    // Bookkeeping keeps case numbers, minutes and amounts.
    expect(await billingTotal()).toEqual(before);

    // Erasing again is harmless.
    const again = await api('POST', `/people/${person.id}/erase`, { token: manager });
    expect(again.body.alreadyErased).toBe(true);
  });
});
