// The product's Temporal client when Temporal is gone or hangs (platform/temporal/resilience.ts):
// calls fail within a second instead of retrying for ~20 s, then at once while it stays down; a
// server that accepts connections but never answers cannot hold a call past its deadline, and a
// failed health probe cancels the calls in flight.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { connectClient } from '../../../platform/temporal/connection.js';
import { getFreePort } from '../../../platform/free-port.js';

const clients: Client[] = [];
const servers: net.Server[] = [];
afterAll(async () => {
  for (const c of clients) await c.connection.close();
  for (const s of servers) s.close();
});

function client(address: string): Client {
  const c = connectClient({ address, namespace: 'default', tls: false });
  clients.push(c);
  return c;
}

async function failure(p: Promise<unknown>): Promise<{ code: unknown; ms: number }> {
  const started = Date.now();
  const err = await p.then(
    () => null,
    (e: unknown) => e as { code?: unknown; cause?: { code?: unknown } },
  );
  expect(err, 'the call should have failed').not.toBeNull();
  return { code: err!.code ?? err!.cause?.code, ms: Date.now() - started };
}

describe('the Temporal client when Temporal is unreachable', () => {
  it('fails within a second with UNAVAILABLE, then at once while it stays down', async () => {
    const c = client(`127.0.0.1:${await getFreePort()}`);
    const svc = c.connection.workflowService;
    const first = await failure(svc.describeNamespace({ namespace: 'default' }));
    expect(first.code).toBe(14);
    expect(first.ms).toBeLessThan(1_500);
    const next = await failure(svc.describeNamespace({ namespace: 'default' }));
    expect(next.code).toBe(14);
    expect(next.ms).toBeLessThan(100);
  });

  it('ends a call to a server that never answers at its default deadline, and at once when health probes find the server silent', async () => {
    // Accepts TCP connections and never says a word: a hung server.
    const hung = net.createServer(() => {});
    servers.push(hung);
    const port = await getFreePort();
    await new Promise<void>((resolve) => hung.listen(port, '127.0.0.1', resolve));

    const c = client(`127.0.0.1:${port}`);
    const svc = c.connection.workflowService;
    const timedOut = await failure(svc.describeNamespace({ namespace: 'default' }));
    expect(timedOut.code).toBe(4); // DEADLINE_EXCEEDED after the default 5 s
    expect(timedOut.ms).toBeGreaterThanOrEqual(4_500);
    expect(timedOut.ms).toBeLessThan(7_000);

    const inFlight = failure(svc.describeNamespace({ namespace: 'default' }));
    await new Promise((r) => setTimeout(r, 200));
    // A slow answer to one probe is not death (a loaded server); three unanswered probes in a row are.
    for (let i = 0; i < 3; i++) expect((await failure(c.connection.withDeadline(Date.now() + 300, () => svc.getSystemInfo({})))).code).toBe(4);
    const cancelled = await inFlight;
    expect(cancelled.code).toBe(14);
    expect(cancelled.ms).toBeLessThan(2_500);
  });
});
