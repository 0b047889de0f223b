// Support-contact competence (SPEC §6, issue 13 item 3): the figures per contact equal a hand-computed
// fixture (API and desk pages), the desk's own marks on a live case count, and a recommendation
// reaches the company's contacts and approvers by real mail (DA/EN), as a portal notice each may
// dismiss, and is recorded on the company's pages with a one-click support-contact order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { startMailDispatcher, type MailDispatcher } from '../../../worker/mail-dispatcher.js';
import { eventually, startMailCatcher, type MailCatcher } from '../../support/mail.js';
import { checkedApi } from '../../support/openapi-check.js';
import { api, tokenFor } from '../../support/api-client.js';
import { closeTestDatabase, devServerClient, readModel, testDatabase } from '../../support/servers.js';
import { AGENT } from '../../support/api-cases.js';
import { signedIn } from '../admin/admin-support.js';
import { expectedFigures, PERIOD, writeFixture, type Fixture } from './competence-fixture.js';

let f: Fixture;
let catcher: MailCatcher;
let s: Services;
let dispatcher: MailDispatcher;

beforeAll(async () => {
  f = await writeFixture(testDatabase().sequelize);
  catcher = await startMailCatcher();
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${catcher.port}` }),
    log: pino({ level: 'silent' }),
  });
  dispatcher = startMailDispatcher(s, { intervalMs: 3_600_000 });
});

afterAll(async () => {
  await dispatcher?.stop();
  await catcher?.close();
  await s?.temporal.connection.close();
  await closeTestDatabase();
});

const competencePath = (from = PERIOD.from, to = PERIOD.to) => `/companies/${f.companyId}/competence?from=${from}&to=${to}`;

/** The figures the desk page shows in a row: every `data-figure` cell of the row's HTML. */
function pageFigures(rowHtml: string): Record<string, string> {
  return Object.fromEntries([...rowHtml.matchAll(/data-figure="(\w+)"[^>]*>\s*([\s\S]*?)\s*<\/td>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '').trim()]));
}

describe('competence figures', () => {
  it('equal the hand-computed fixture through the API (documented in the OpenAPI document)', async () => {
    const res = await checkedApi('GET', competencePath(), { token: await tokenFor(AGENT) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expectedFigures(f));
  });

  it('are for staff only, of a known company, over a sound period', async () => {
    const agent = await tokenFor(AGENT);
    expect((await checkedApi('GET', competencePath(), { token: await tokenFor('kontakt1@basis.test') })).status).toBe(403);
    expect((await checkedApi('GET', `/companies/no-such-company/competence`, { token: agent })).status).toBe(404);
    const reversed = await checkedApi('GET', competencePath('2025-03-31', '2025-03-01'), { token: agent });
    expect(reversed.status).toBe(422);
    expect(reversed.body.fields).toEqual({ to: 'period_reversed' });
    expect((await checkedApi('GET', competencePath('2025-02-30', '2025-03-01'), { token: agent })).body.fields).toEqual({ from: 'invalid_date' });
    // One day: only what happened on 10 March in Copenhagen (Anna's case a2 and its first return).
    const day = await api('GET', competencePath('2025-03-10', '2025-03-10'), { token: agent });
    expect(day.body.totals).toMatchObject({ casesRaised: 1, returnedQuestions: 1, notUnderstood: 0 });
  });

  it('are shown per contact on the desk pages, with the cases and events behind them', async () => {
    const agent = await signedIn(AGENT);
    const page = await agent.get(`/desk${competencePath()}`);
    expect(page.status).toBe(200);
    const expected = expectedFigures(f);
    for (const contact of expected.contacts) {
      const row = new RegExp(`<tr data-contact="${contact.id}"[\\s\\S]*?</tr>`).exec(page.html)![0];
      const shown = pageFigures(row);
      expect(shown).toMatchObject({
        casesRaised: String(contact.casesRaised),
        trainingOffersMade: String(contact.trainingOffersMade),
        trainingOffersAccepted: String(contact.trainingOffersAccepted),
        reclassifiedIncidents: String(contact.reclassifiedIncidents),
        notUnderstood: String(contact.notUnderstood),
        returnedQuestions: String(contact.returnedQuestions),
      });
      expect(shown.trainingDone).toBe(
        contact.trainingDone ? `Gennemført ${contact.trainingDoneOn === '2024-06-03' ? '3. jun. 2024' : '20. feb. 2025'}` : 'Ikke gennemført',
      );
    }
    expect(pageFigures(/<tfoot>[\s\S]*?<\/tfoot>/.exec(page.html)![0])).toMatchObject({ casesRaised: '7', notUnderstood: '2', returnedQuestions: '2' });

    const overview = await agent.get(`/desk/competence?from=${PERIOD.from}&to=${PERIOD.to}`);
    expect(pageFigures(new RegExp(`<tr data-company="${f.companyId}"[\\s\\S]*?</tr>`).exec(overview.html)![0])).toMatchObject({
      casesRaised: '8', // the inactive Carl's case counts for the company
      returnedQuestions: '3',
    });

    const anna = await agent.get(`/desk/companies/${f.companyId}/contacts/${f.people.anna}/competence?from=${PERIOD.from}&to=${PERIOD.to}`);
    expect(anna.status).toBe(200);
    const events = [...anna.html.matchAll(/<tr data-figure="(\w+)">/g)].map((m) => m[1]).sort();
    expect(events).toEqual([
      'notUnderstood',
      'reclassifiedIncidents',
      'returnedQuestions',
      'returnedQuestions',
      'trainingOffersAccepted',
      'trainingOffersMade',
    ]);
    const cases = [...anna.html.matchAll(/<tr data-case="(\d+)">/g)].map((m) => Number(m[1])).sort();
    expect(cases).toEqual([f.cases.a1, f.cases.a2, f.cases.a5, f.cases.a6, f.cases.a8].sort());

    const bad = await agent.get(`/desk${competencePath('2025-03-31', '2025-01-01')}`);
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('Slutdatoen ligger før startdatoen.');
    expect((await agent.get(`/desk/companies/${f.companyId}/contacts/${f.people.dora}/competence`)).status).toBe(404);
    expect((await (await signedIn(f.emails.anna)).get(`/desk${competencePath()}`)).status).toBe(403);
  });

  it("count the desk's marks on a live support case", async () => {
    const agentToken = await tokenFor(AGENT);
    const before = (await api('GET', `/companies/${f.companyId}/competence`, { token: agentToken })).body.contacts[1];
    const created = await api('POST', '/cases', {
      token: await tokenFor(f.emails.bo),
      body: {
        type: 'support',
        title: 'Hvor finder jeg kreditnotaer?',
        description: 'Jeg kan ikke finde dem.',
        fields: { workflow: 'Fakturering', tried: 'Menuen.', expected: 'En liste.' },
      },
    });
    expect(created.status).toBe(201);
    const n = created.body.number as number;
    await readModel(n);
    const act = (action: string, body: object = {}) => api('POST', `/cases/${n}/actions/${action}`, { token: agentToken, body });
    expect((await act('acknowledge', { plan: 'Vi ser på det.' })).status).toBe(200);
    expect((await act('qualify')).status).toBe(200);
    const marked = await act('mark-not-understood', { reason: 'Kreditnotaer er en del af arbejdsgangen.' });
    expect(marked.body.status).toBe('in_progress');
    expect(marked.body.allowedActions).not.toContain('mark-not-understood');
    expect((await act('return-question', { reason: 'Hvilken bruger drejer det sig om?' })).body.status).toBe('waiting_on_customer');
    await readModel(n, (r) => r.version >= 5);
    const after = (await api('GET', `/companies/${f.companyId}/competence`, { token: agentToken })).body.contacts[1];
    expect(after.email).toBe(f.emails.bo);
    expect({
      raised: after.casesRaised - before.casesRaised,
      notUnderstood: after.notUnderstood - before.notUnderstood,
      returned: after.returnedQuestions - before.returnedQuestions,
    }).toEqual({
      raised: 1,
      notUnderstood: 1,
      returned: 1,
    });
  });
});

describe('a recommendation', () => {
  it('reaches every active contact and approver by mail in their language, as a portal notice, and on the company pages', async () => {
    const agent = await signedIn(AGENT);
    const page = `/desk${competencePath()}`;
    await agent.get(page);
    const missing = await agent.post(`/desk/companies/${f.companyId}/recommendations`, {
      ...PERIOD,
      kind: 'replacement',
      contact: '',
      message: 'Bo bør afløses.',
    });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('id="r-contact-error"');

    await agent.get(page);
    const message = 'Bo har i marts ikke kunnet varetage rollen: spørgsmålene viser, at arbejdsgangen ikke er forstået.';
    const sent = await agent.post(`/desk/companies/${f.companyId}/recommendations`, { ...PERIOD, kind: 'replacement', contact: String(f.people.bo), message });
    expect(sent.status).toBe(302);
    const back = await agent.get(sent.location!);
    expect(back.html).toContain('Anbefalingen (Udskiftning) er sendt til 4 personer hos virksomheden.');
    const recorded = /<li class="recommendation kind-replacement"[\s\S]*?<\/li>/.exec(back.html)![0];
    expect(recorded).toContain('Udskiftning: Bo Berg');
    expect(recorded).toContain('ikke forstået 1, returneret 0, omklassificeret 0');
    expect(recorded).toMatch(/class="button secondary small order-link" href="\/desk\/intake[^"]*"/);

    const mailTo = (who: keyof Fixture['emails']) => catcher.to(f.emails[who], /supportkontakt|support contact/i);
    // Sent by the dispatcher after the answer: drain until the recipients' mails are out.
    await eventually(
      async () => {
        while ((await dispatcher.runOnce()) > 0);
        return (['anna', 'bo', 'eva', 'dora'] as const).every((who) => mailTo(who).length > 0);
      },
      (done) => done,
      15_000,
      'the recommendation mails',
    );
    expect(mailTo('carl')).toHaveLength(0); // deactivated
    for (const who of ['anna', 'bo'] as const) {
      expect(mailTo(who)).toHaveLength(1);
      expect(mailTo(who)[0].parsed.subject).toBe('Anbefaling: udskiftning af supportkontakten Bo Berg');
      expect(mailTo(who)[0].parsed.text).toContain(message);
      // The links are the product's own (its PUBLIC_URL), fixed when the recommendation was sent.
      expect(mailTo(who)[0].parsed.text).toMatch(/bestilles her \(supportkontaktundervisningen faktureres\): https?:\/\/[^\s]+\/portal\/new\b/);
    }
    for (const who of ['eva', 'dora'] as const) {
      expect(mailTo(who)).toHaveLength(1);
      expect(mailTo(who)[0].parsed.subject).toBe('Recommendation: replacing the support contact Bo Berg');
      expect(mailTo(who)[0].parsed.text).toContain('based on the period 2025-03-01 – 2025-03-31');
    }

    // The portal notice: the contact may order at once or dismiss it; the approver still sees theirs.
    const anna = await signedIn(f.emails.anna);
    const portal = await anna.get('/portal');
    const notice = /<div class="notice recommendation-notice[\s\S]*?<\/form>/.exec(portal.html)![0];
    expect(notice).toContain('Servicedesken anbefaler at udskifte supportkontakten Bo Berg');
    expect(notice).toContain(message);
    expect(notice).toMatch(/href="\/portal\/new[^"]*">Bestil en supportkontakt</);
    const id = /data-recommendation="(\d+)"/.exec(notice)![1];
    const dismissed = await anna.post(`/portal/notices/${id}/dismiss`, { next: '/portal/closed' });
    expect(dismissed.location).toBe('/portal/closed');
    expect((await anna.get('/portal')).html).not.toContain('recommendation-notice');
    const dora = await signedIn(f.emails.dora);
    const approvals = await dora.get('/portal/approvals');
    expect(approvals.html).toContain('recommendation-notice');
    expect(approvals.html).not.toContain('Bestil en supportkontakt');
    const stranger = await signedIn('kontakt1@basis.test');
    expect((await stranger.get('/portal')).html).not.toContain(`data-recommendation="${id}"`);
    expect((await stranger.post(`/portal/notices/${id}/dismiss`, {})).status).toBe(404);

    const company = await (await signedIn('manager@desk.test')).get(`/admin/companies/${f.companyId}`);
    expect(/<section class="card" id="recommendations"[\s\S]*?<\/section>/.exec(company.html)![0]).toContain(message);
  });
});
