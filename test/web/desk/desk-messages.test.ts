// Messages from the desk (issue 11): a closed case takes an internal note but no message to the
// customer; a message goes to the case's contact, another support contact of the company, or a person
// a support contact agreed the desk may contact (SPEC §1) — anyone else is refused until that
// agreement is recorded on the case.
import { afterAll, describe, expect, it } from 'vitest';
import { act, newCase } from '../../support/api-cases.js';
import { checkedApi } from '../../support/openapi-check.js';
import { tokenFor } from '../../support/api-client.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';

const AGENT = 'agent@desk.test';
afterAll(() => closeTestDatabase());

const message = async (number: number, body: Record<string, unknown>) =>
  checkedApi('POST', `/cases/${number}/messages`, { token: await tokenFor(AGENT), body });

const mailsTo = async (number: number) =>
  (await testDatabase().models.Notification.findAll({ where: { caseNumber: number, template: 'desk_message' }, order: [['id', 'ASC']] })).map((n) => n.email);

describe('messages from the desk', () => {
  it('go to the contact, another support contact, or an agreed person — never to anyone else', async () => {
    const c = await newCase('kontakt1@basis.test', 'support');
    expect((await message(c.number, { body: 'Til kontakten.', internal: false })).status).toBe(201);
    expect((await message(c.number, { body: 'Til kollegaen.', internal: false, to: 'Kontakt2@basis.test' })).status).toBe(201);
    const refused = await message(c.number, { body: 'Til Bo.', internal: false, to: 'bo@basis.test' });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors)).toEqual(['to']);

    await act(AGENT, c.number, 'record-contact-agreement', {
      contact: 'kontakt1@basis.test',
      person: 'Bo Bogholder',
      reach: 'bo@basis.test',
      reason: 'Bo kender fakturaerne.',
    });
    expect((await message(c.number, { body: 'Til Bo.', internal: false, to: 'bo@basis.test' })).status).toBe(201);
    expect(await mailsTo(c.number)).toEqual(['kontakt1@basis.test', 'kontakt2@basis.test', 'bo@basis.test']);
  });

  it('on a closed case: a note yes, a message to the customer no', async () => {
    const c = await newCase('kontakt1@basis.test', 'support');
    await act(AGENT, c.number, 'acknowledge', { plan: 'Ok.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'resolve', { summary: 'Løst.' });
    await act(AGENT, c.number, 'close');
    expect((await message(c.number, { body: 'Note efter lukning.', internal: true })).status).toBe(201);
    const refused = await message(c.number, { body: 'Hej igen.', internal: false });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/closed/);
  });
});
