// POST /api/v1/inbound-mail: the mail gateway's door into the desk (staff token), every response
// checked against the OpenAPI document.
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi, openApi } from '../../support/openapi-check.js';

let robot: string;
beforeAll(async () => {
  await openApi();
  robot = await tokenFor('agent@desk.test');
});

describe('inbound mail', () => {
  it("turns a contact's mail into a case and a reply with its number into a reply", async () => {
    const created = await checkedApi('POST', '/inbound-mail', {
      token: robot,
      body: { from: 'kontakt1@faktureret.test', subject: 'Faktura-layout', text: 'Logoet er væk fra fakturaen.' },
    });
    expect(created.status).toBe(201);
    expect(created.body.outcome).toBe('case_created');
    expect(created.body.case.channel).toBe('mail');
    expect(created.body.case.status).toBe('received');
    const n = created.body.case.number;
    const reply = await checkedApi('POST', '/inbound-mail', {
      token: robot,
      body: { from: 'kontakt2@faktureret.test', subject: `Re: [#${n}] Faktura-layout`, text: 'Det gælder alle fakturaer.' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.outcome).toBe('reply_added');
    expect(reply.body.case.number).toBe(n);
  });

  it('rejects mail from someone who is not a support contact', async () => {
    const res = await checkedApi('POST', '/inbound-mail', { token: robot, body: { from: 'bogholder@basis.test', subject: 'Hjælp', text: 'Kan I hjælpe?' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ outcome: 'rejected', reason: 'unknown_sender' });
  });

  it("is for the desk's gateway only, and validates the mail", async () => {
    const contact = await tokenFor('kontakt1@basis.test');
    expect((await checkedApi('POST', '/inbound-mail', { token: contact, body: { from: 'kontakt1@basis.test', subject: 'x', text: 'y' } })).status).toBe(403);
    const bad = await checkedApi('POST', '/inbound-mail', { token: robot, body: { from: 'nope', text: '', extra: 1 } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['extra', 'from', 'text']);
  });
});
