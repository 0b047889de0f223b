// Exactly once across a crash of the web app (issue 14 item 4, found by the crash suite): a decision
// whose request died after its workflow Update ran but before its answer was stored is retried with the
// same Idempotency-Key; once the abandoned claim is taken over, the retry must get the first outcome,
// not take the decision again. The crash is simulated by leaving the key claimed without an answer.
import { afterAll, describe, expect, it } from 'vitest';
import { api, tokenFor } from '../../support/api-client.js';
import { AGENT, act, contact1, newCase } from '../../support/api-cases.js';
import { closeTestDatabase, testDatabase } from '../../support/servers.js';

afterAll(() => closeTestDatabase());

/** The web app died after the request's Update ran: the key stays claimed, unanswered, for longer than a request may take. */
async function crashAfterUpdate(key: string): Promise<void> {
  const [, meta] = await testDatabase().sequelize.query(
    "UPDATE idempotency_keys SET status = NULL, location = NULL, body = NULL, claimed_at = now() - interval '3 minutes' WHERE key = :key",
    { replacements: { key } },
  );
  expect((meta as { rowCount: number }).rowCount).toBe(1);
}

async function timelineKinds(number: number): Promise<string[]> {
  const res = await api('GET', `/cases/${number}`, { token: await tokenFor(AGENT) });
  return (res.body as { timeline: { kind: string }[] }).timeline.map((e) => e.kind);
}

describe('a retry that takes over the key of a request that died gets its outcome', () => {
  it('log-time: the minutes are logged once', async () => {
    const number = (await newCase(contact1('basis'), 'support')).number;
    await act(AGENT, number, 'acknowledge', { plan: 'Vi kigger på det.' });
    const token = await tokenFor(AGENT);
    const key = `takeover-log-${number}`;
    const send = () =>
      api('POST', `/cases/${number}/actions/log-time`, { token, body: { minutes: 7, note: 'Første kig' }, headers: { 'Idempotency-Key': key } });

    const first = await send();
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    await crashAfterUpdate(key);
    const retry = await send();
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull(); // taken over and run again, not replayed from the store
    expect((retry.body as { loggedMinutes: number }).loggedMinutes).toBe(7);
    expect((await timelineKinds(number)).filter((k) => k === 'log-time')).toHaveLength(1);

    // The same decision with another key is another decision.
    const other = await api('POST', `/cases/${number}/actions/log-time`, {
      token,
      body: { minutes: 7, note: 'Første kig' },
      headers: { 'Idempotency-Key': `${key}-b` },
    });
    expect((other.body as { loggedMinutes: number }).loggedMinutes).toBe(14);
  });

  it('reply: the customer’s message is on the timeline once', async () => {
    const number = (await newCase(contact1('basis'), 'support')).number;
    const token = await tokenFor(contact1('basis'));
    const key = `takeover-reply-${number}`;
    const send = () =>
      api('POST', `/cases/${number}/actions/reply`, { token, body: { message: 'Det virker stadig ikke.' }, headers: { 'Idempotency-Key': key } });
    expect((await send()).status).toBe(200);
    await crashAfterUpdate(key);
    const retry = await send();
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect((await timelineKinds(number)).filter((k) => k === 'reply')).toHaveLength(1);
  });

  it('close: the case’s last decision answers its retry, though its run has ended', async () => {
    const number = (await newCase(contact1('basis'), 'support')).number;
    await act(AGENT, number, 'acknowledge', { plan: 'Vi kigger på det.' });
    await act(AGENT, number, 'qualify', {});
    await act(AGENT, number, 'resolve', { summary: 'Løst.' });
    const token = await tokenFor(AGENT);
    const key = `takeover-close-${number}`;
    const send = () => api('POST', `/cases/${number}/actions/close`, { token, body: {}, headers: { 'Idempotency-Key': key } });
    const first = await send();
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    await crashAfterUpdate(key);
    const retry = await send();
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect((retry.body as { status: string }).status).toBe('closed');
    expect((await timelineKinds(number)).filter((k) => k === 'close')).toHaveLength(1);
    // Another close (another key) of the closed case is refused as before.
    expect((await api('POST', `/cases/${number}/actions/close`, { token, body: {}, headers: { 'Idempotency-Key': `${key}-b` } })).status).toBe(409);
  });

  it('create: the case the first attempt filed is the answer, not a second case', async () => {
    const token = await tokenFor(contact1('basis'));
    const title = `Overtaget oprettelse ${Date.now()}`;
    const key = `takeover-create-${Date.now()}`;
    const send = () =>
      api('POST', '/cases', { token, body: { type: 'support', title, description: 'Første forsøg døde.' }, headers: { 'Idempotency-Key': key } });
    const first = await send();
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    await crashAfterUpdate(key);
    const retry = await send();
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect((retry.body as { number: number }).number).toBe((first.body as { number: number }).number);
    const [rows] = await testDatabase().sequelize.query('SELECT number FROM cases WHERE title = :title', { replacements: { title } });
    expect(rows).toHaveLength(1);
  });

  it('create: a first attempt that filed the case but could not start its process is finished by the retry', async () => {
    const token = await tokenFor(contact1('basis'));
    const title = `Oprettet uden proces ${Date.now()}`;
    const key = `takeover-unstarted-${Date.now()}`;
    const send = () =>
      api('POST', '/cases', { token, body: { type: 'support', title, description: 'Temporal var nede.' }, headers: { 'Idempotency-Key': key } });
    const first = await send();
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const number = (first.body as { number: number }).number;
    // As if Temporal had been down: the row filed, no process recorded yet, the answer never stored.
    await testDatabase().sequelize.query('UPDATE cases SET version = 0 WHERE number = :number', { replacements: { number } });
    await crashAfterUpdate(key);
    const retry = await send();
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect((retry.body as { number: number; status: string }).number).toBe(number);
    const [rows] = await testDatabase().sequelize.query('SELECT number FROM cases WHERE title = :title', { replacements: { title } });
    expect(rows).toHaveLength(1);
  });
});
