// Decisions from the portal's case page, against the running product: withdrawing, answering the
// desk's question, and a price approver accepting a quote in two clicks.
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestDatabase } from '../../support/servers.js';
import { VALID, asAgent, closeTemporal, contact, fileRequest, readModel, unique } from './portal-support.js';

afterAll(async () => {
  await closeTemporal();
  await closeTestDatabase();
});

const actionUrl = (number: number, action: string) => `/portal/cases/${number}/actions/${action}`;

describe('support contact decisions', () => {
  it('withdraws a request, which then appears among the closed ones', async () => {
    const page = await contact('kontakt1@udvidet.test');
    const title = unique('Trækkes tilbage');
    const { number } = await fileRequest(page, 'support', { ...VALID.support, title });
    await readModel(number);
    const shown = await page.get(`/portal/cases/${number}`);
    expect(shown.html).toContain(`action="${actionUrl(number, 'withdraw')}"`);
    expect(shown.html).toMatch(/data-confirm="Vil du trække henvendelse #\d+ tilbage\?"/);

    const res = await page.post(actionUrl(number, 'withdraw'), { reason: 'Vi fandt selv ud af det' });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/portal/cases/${number}`);
    expect((await readModel(number, (r) => r.status === 'withdrawn')).closedAt).not.toBeNull();
    const after = await page.get(`/portal/cases/${number}`);
    expect(after.html).toContain('Henvendelsen er trukket tilbage.');
    expect(after.html).toContain('class="badge s-withdrawn"');
    expect(after.html).not.toContain(`action="${actionUrl(number, 'withdraw')}"`);

    const ongoing = await page.get('/portal');
    expect(ongoing.html).not.toContain(title);
    const closed = await page.get('/portal/closed');
    expect(closed.html).toContain(title);

    const again = await page.post(actionUrl(number, 'withdraw'), {});
    expect(again.status).toBe(302);
    expect((await page.get(`/portal/cases/${number}`)).html).toContain('flash-error');
  });

  it("answers the desk's question, which resumes the case", async () => {
    const page = await contact('kontakt2@udvidet.test');
    const { number } = await fileRequest(page, 'support', { ...VALID.support, title: unique('Spørgsmål fra desken') });
    await readModel(number);
    await asAgent(number, 'acknowledge', { plan: 'Vi kigger på det i dag.' });
    await asAgent(number, 'ask-customer', { message: 'Hvilken version bruger I?' });
    await readModel(number, (r) => r.status === 'waiting_on_customer');

    const shown = await page.get(`/portal/cases/${number}`);
    expect(shown.html).toContain('Servicedesken venter på jeres svar');
    expect(shown.html).toContain('Hvilken version bruger I?');
    expect(shown.html).toContain('Afventer jeres svar');

    const empty = await page.post(actionUrl(number, 'reply'), { message: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('id="a-reply-message-error"');
    expect(empty.html).toContain('Skal udfyldes.');

    const res = await page.post(actionUrl(number, 'reply'), { message: 'Version 4.2' });
    expect(res.status).toBe(302);
    const row = await readModel(number, (r) => r.status === 'acknowledged');
    expect(row.waitingOn).toBe('desk');
    const after = await page.get(`/portal/cases/${number}`);
    expect(after.html).toContain('Dit svar er sendt til servicedesken.');
    expect(after.html).toContain('Version 4.2');
    expect(after.html).toContain('Svar fra kunden');
  });

  it('shows time charged to the case', async () => {
    const page = await contact('kontakt1@faktureret.test');
    const { number } = await fileRequest(page, 'support', { ...VALID.support, title: unique('Tid på sagen') });
    await readModel(number);
    await asAgent(number, 'acknowledge', { plan: 'Vi ser på det.' });
    await asAgent(number, 'qualify', {});
    await asAgent(number, 'log-time', { minutes: 25, note: 'intern note om arbejdet' });
    await readModel(number, (r) => r.loggedMinutes === 25);
    const shown = await page.get(`/portal/cases/${number}`);
    expect(shown.html).toContain('Registreret tid: 25 min');
    expect(shown.html).not.toContain('intern note om arbejdet');
    expect(shown.html).toContain('Faktureres');
  });
});

describe('price approval', () => {
  async function caseWithQuote(company: string): Promise<{ number: number; title: string }> {
    const page = await contact(`kontakt2@${company}.test`);
    const title = unique('Ny rapport');
    const { number } = await fileRequest(page, 'change_request', { ...VALID.change_request, title });
    await readModel(number);
    await asAgent(number, 'acknowledge', { plan: 'Vi estimerer ændringen.' });
    await asAgent(number, 'qualify', {});
    await asAgent(number, 'quote', { estimationMinutes: 60, hours: 10, priceOre: 1_000_000 });
    await readModel(number, (r) => r.status === 'awaiting_acceptance');
    return { number, title };
  }

  it('lets a price approver accept a quote in two clicks from the approvals list', async () => {
    const { number, title } = await caseWithQuote('basis');
    const approver = await contact('godkender@basis.test');
    const list = await approver.get('/portal/approvals');
    expect(list.status).toBe(200);
    const awaiting = list.html.slice(list.html.indexOf('id="awaiting-heading"'), list.html.indexOf('id="answered-heading"'));
    expect(awaiting).toContain(`href="/portal/cases/${number}"`);
    expect(awaiting).toContain(title);
    expect(awaiting).toMatch(/10\.000,00\s*kr\./);

    const shown = await approver.get(`/portal/cases/${number}`);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain(`action="/portal/cases/${number}/actions/accept-quote"`);
    expect(shown.html).toContain('Gælder til og med');
    expect(shown.html).toContain('10 timer');
    expect(shown.html).not.toContain(VALID.change_request.description);
    expect(shown.html).not.toContain(`actions/withdraw`);

    const res = await approver.post(actionUrl(number, 'accept-quote'), {});
    expect(res.status).toBe(302);
    expect((await readModel(number, (r) => r.status === 'accepted')).status).toBe('accepted');
    const after = await approver.get(`/portal/cases/${number}`);
    expect(after.html).toContain('Tilbuddet er accepteret.');
    expect(after.html).not.toContain('actions/accept-quote');

    const second = await approver.post(actionUrl(number, 'accept-quote'), {});
    expect(second.status).toBe(302);
    const flashed = await approver.get(`/portal/cases/${number}`);
    expect(flashed.html).toContain('flash-error');
    expect(flashed.html).toContain('tilbuddet afventer ikke længere accept');

    const answered = await approver.get('/portal/approvals');
    expect(answered.html.slice(answered.html.indexOf('id="answered-heading"'))).toContain(`href="/portal/cases/${number}"`);
  });

  it('gives a contact without the approval right no accept button, and refuses a direct post', async () => {
    const { number } = await caseWithQuote('hypercare');
    const k2 = await contact('kontakt2@hypercare.test');
    const shown = await k2.get(`/portal/cases/${number}`);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('Tilbud afventer accept');
    expect(shown.html).not.toContain('actions/accept-quote');
    expect(shown.html).toContain('prisgodkendelsesret');
    const res = await k2.post(actionUrl(number, 'accept-quote'), {});
    expect(res.status).toBe(403);
    expect((await readModel(number)).status).toBe('awaiting_acceptance');

    const k1 = await contact('kontakt1@hypercare.test');
    expect((await k1.get(`/portal/cases/${number}`)).html).toContain('actions/accept-quote');
    const approverOfAnother = await contact('godkender@udvidet.test');
    expect((await approverOfAnother.get(`/portal/cases/${number}`)).status).toBe(404);
    expect((await approverOfAnother.post(actionUrl(number, 'accept-quote'), {})).status).toBe(404);
  });

  it('hides cases without an offer from a price approver', async () => {
    const page = await contact('kontakt1@basis.test');
    const { number } = await fileRequest(page, 'support', { ...VALID.support, title: unique('Ingen tilbud') });
    await readModel(number);
    const approver = await contact('godkender@basis.test');
    expect((await approver.get(`/portal/cases/${number}`)).status).toBe(404);
  });
});
