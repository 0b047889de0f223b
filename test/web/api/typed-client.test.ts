// The document is usable, not only valid: a client generated from it (openapi-typescript types,
// test/support/generated/api-types.ts, driven by openapi-fetch) compiles against the document and
// takes a case through its whole life — filed by a support contact; acknowledged, qualified, worked,
// resolved and closed by an agent — every request and answer typed by the document alone.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../support/generated/api-types.js';
import { baseUrl } from '../../support/servers.js';

type Api = Client<paths>;

async function signIn(email: string): Promise<Api> {
  const anonymous = createClient<paths>({ baseUrl: `${baseUrl()}/api/v1` });
  const { data, error } = await anonymous.POST('/tokens', { body: { email, password: 'demo1234', label: 'typed client' } });
  if (!data) throw new Error(`token for ${email}: ${JSON.stringify(error)}`);
  return createClient<paths>({ baseUrl: `${baseUrl()}/api/v1`, headers: { Authorization: `Bearer ${data.token}` } });
}

/** A fresh Idempotency-Key, as the document asks of each new request. */
const once = () => ({ header: { 'Idempotency-Key': randomUUID() } });

describe('a client generated from the OpenAPI document', () => {
  let contact: Api;
  let agent: Api;

  beforeAll(async () => {
    [contact, agent] = await Promise.all([signIn('kontakt1@basis.test'), signIn('agent@desk.test')]);
  });

  it('drives a case from filing to closing', async () => {
    const filed = await contact.POST('/cases', {
      params: once(),
      body: {
        type: 'support',
        title: 'Typed client: the report export is empty',
        description: 'Filed through the generated client.',
        fields: { workflow: 'Month-end report', tried: 'Exported twice', expected: 'A filled report' },
      },
    });
    expect(filed.response.status).toBe(201);
    const number = filed.data!.number;
    expect(filed.data!.status).toBe('received');

    const act = async (step: Promise<{ data?: { status: string }; error?: unknown; response: Response }>, status: string) => {
      const { data, error, response } = await step;
      expect(response.status, JSON.stringify(error)).toBe(200);
      expect(data!.status).toBe(status);
    };
    const path = (n: number) => ({ path: { number: n }, ...once() });
    await act(agent.POST('/cases/{number}/actions/acknowledge', { params: path(number), body: { plan: 'Look at the export settings.' } }), 'acknowledged');
    await act(agent.POST('/cases/{number}/actions/qualify', { params: path(number), body: {} }), 'in_progress');
    await act(agent.POST('/cases/{number}/actions/log-time', { params: path(number), body: { minutes: 30, note: 'Checked the filters' } }), 'in_progress');
    await act(agent.POST('/cases/{number}/actions/resolve', { params: path(number), body: { summary: 'The date filter was in the future.' } }), 'resolved');
    await act(agent.POST('/cases/{number}/actions/close', { params: path(number) }), 'closed');

    const seen = await contact.GET('/cases/{number}', { params: { path: { number } } });
    expect(seen.data!.status).toBe('closed');
    expect(seen.data!.loggedMinutes).toBe(30);
    expect(seen.data!.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['acknowledge', 'qualify', 'log-time', 'resolve', 'close']));
    const listed = await contact.GET('/cases', { params: { query: { status: ['closed'], q: 'Typed client' } } });
    expect(listed.data!.items.map((c) => c.number)).toContain(number);
  });

  it('reads a refusal as the document types it', async () => {
    const { error, response } = await agent.POST('/cases/{number}/actions/log-time', {
      params: { path: { number: 2147483647 }, ...once() },
      body: { minutes: 5 },
    });
    expect(response.status).toBe(404);
    expect(error).toEqual({ error: 'not found' });
  });
});
