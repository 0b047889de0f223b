// The SQL statements each /api/v1 operation runs on its request path, against a budget, so the count
// cannot creep back (issue 15). The product under test runs with STATEMENT_COUNT=on (global setup):
// every response carries X-Statement-Count — every statement issued while serving the request,
// BEGIN/COMMIT included, counted by a hook on pg's Client (platform/statement-count.ts).
// A support case is taken through its life twice; each operation's higher count of the two rounds
// is held against its budget, and a failure lists every operation with count and budget.
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../../support/servers.js';
import { tokenFor } from '../../support/api-client.js';
import { AGENT, contact1 } from '../../support/api-cases.js';
import { fetchFromOwnAddress } from '../../support/source-address.js';

const BUDGET = { token: 4, list: 3, read: 4, create: 8, action: 6 } as const;
type Kind = keyof typeof BUDGET;

const CONTACT = contact1('udvidet');

interface Measured {
  status: number;
  count: number;
  body: { number?: number; status?: string };
}

async function call(method: string, path: string, opts: { token?: string; body?: unknown } = {}): Promise<Measured> {
  const res = await fetchFromOwnAddress(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const header = res.headers.get('x-statement-count');
  if (header === null) throw new Error(`${method} ${path}: no X-Statement-Count header (is STATEMENT_COUNT on in the product?)`);
  return { status: res.status, count: Number(header), body: (await res.json()) as Measured['body'] };
}

/** operation name → its budget kind and the counts seen in each round */
const seen = new Map<string, { kind: Kind; counts: number[] }>();

async function measure(name: string, kind: Kind, expectedStatus: number, run: () => Promise<Measured>): Promise<Measured> {
  const m = await run();
  expect(m.status, `${name}: ${JSON.stringify(m.body)}`).toBe(expectedStatus);
  const entry = seen.get(name) ?? { kind, counts: [] };
  entry.counts.push(m.count);
  seen.set(name, entry);
  return m;
}

async function lifecycle(round: number): Promise<void> {
  const agent = await tokenFor(AGENT);
  const contact = await tokenFor(CONTACT);
  await measure('POST /tokens', 'token', 201, () => call('POST', '/tokens', { body: { email: AGENT, password: 'demo1234' } }));
  const created = await measure('POST /cases (contact, support)', 'create', 201, () =>
    call('POST', '/cases', {
      token: contact,
      body: {
        type: 'support',
        title: `Statement budget ${round}`,
        description: 'Counted statements.',
        fields: { workflow: 'Fakturering', tried: 'Genstartet', expected: 'At fakturaen kan sendes' },
      },
    }),
  );
  const n = created.body.number!;
  const action = (name: string, token: string, body: Record<string, unknown> = {}) =>
    measure(`POST /cases/{n}/actions/${name}`, 'action', 200, () => call('POST', `/cases/${n}/actions/${name}`, { token, body }));

  await action('acknowledge', agent, { plan: 'Vi kigger på det.' });
  await measure('GET /cases/{n} (agent)', 'read', 200, () => call('GET', `/cases/${n}`, { token: agent }));
  await measure('GET /cases/{n} (contact)', 'read', 200, () => call('GET', `/cases/${n}`, { token: contact }));
  await measure('GET /cases (agent)', 'list', 200, () => call('GET', '/cases', { token: agent }));
  await measure('GET /cases (contact)', 'list', 200, () => call('GET', '/cases', { token: contact }));
  await action('qualify', agent);
  await action('ask-customer', agent, { message: 'Hvilket skema drejer det sig om?' });
  await action('reply', contact, { message: 'Skemaet "Service".' });
  await action('log-time', agent, { minutes: 15, note: 'Gennemgang' });
  await action('resolve', agent, { summary: 'Vist hvordan.' });
  const closed = await action('close', agent);
  expect(closed.body.status).toBe('closed');
}

describe('SQL statements per API request', () => {
  it('stays within the budget for every operation of /api/v1', async () => {
    await lifecycle(1);
    await lifecycle(2);
    const rows = [...seen].map(([name, { kind, counts }]) => ({ name, kind, counts, count: Math.max(...counts), budget: BUDGET[kind] }));
    const table = rows
      .map(
        (r) => `  ${r.count > r.budget ? 'OVER' : 'ok  '} ${r.name.padEnd(40)} ${String(r.count).padStart(3)} / ${r.budget}   (rounds: ${r.counts.join(', ')})`,
      )
      .join('\n');
    process.stdout.write(`statements per request (count / budget):\n${table}\n`);
    expect(rows.length).toBe(13);
    expect(
      rows.filter((r) => r.count > r.budget).map((r) => r.name),
      `statements per request (count / budget):\n${table}\n`,
    ).toEqual([]);
  });
});
