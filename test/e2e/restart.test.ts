// `npm start` on embedded defaults, stopped with Ctrl-C and started again: an open case, its
// timeline and its pending working-time timer survive (file-backed Temporal dev server, persistent
// embedded PostgreSQL). Runs the real supervisor (scripts/start.ts) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { getFreePort } from '../../platform/free-port.js';
import { caseViewQuery, type CaseView } from '../../workflows/messages.js';
import { PageClient } from '../support/page-client.js';
import { connectDatabase } from '../../db/connection.js';
import { runningClusterUrl } from '../../platform/supervision/running-product.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-restart-'));
fs.chmodSync(root, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
let child: ChildProcess | null = null;

interface Started {
  child: ChildProcess;
  output: () => string;
}

async function startProduct(env: Record<string, string>): Promise<Started> {
  let out = '';
  const c = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  c.stdout!.on('data', (d) => (out += d));
  c.stderr!.on('data', (d) => (out += d));
  child = c;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (c.exitCode !== null) throw new Error(`npm start exited with ${c.exitCode}:\n${out.slice(-3000)}`);
    if (out.includes('Press Ctrl-C to stop.')) return { child: c, output: () => out };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start did not come up within 240 s:\n${out.slice(-3000)}`);
}

async function stopWithCtrlC(c: ChildProcess): Promise<{ ms: number; code: number | null }> {
  const t0 = Date.now();
  const exited = new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)));
  c.kill('SIGINT');
  const code = await exited;
  return { ms: Date.now() - t0, code };
}

afterAll(async () => {
  if (child && child.exitCode === null) await stopWithCtrlC(child);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('npm start survives Ctrl-C and a restart', () => {
  it('keeps an open case, its timeline and its pending timer', async () => {
    const [web, temporal, ui, smtp] = await Promise.all([getFreePort(), getFreePort(), getFreePort(), getFreePort()]);
    const env = {
      NODE_ENV: 'development',
      PORT: String(web),
      TEMPORAL_PORT: String(temporal),
      TEMPORAL_UI_PORT: String(ui),
      MAIL_SMTP_PORT: String(smtp),
      SMTP_URL: '',
      DATA_DIR: path.join(root, 'data'),
      EMBEDDED_POSTGRES_DIR: path.join(root, 'postgres'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    };
    const first = await startProduct(env);
    expect(first.output()).toContain(`http://localhost:${web}`);
    expect(first.output()).toContain(`http://127.0.0.1:${ui}`);
    expect(first.output()).toContain(`SMTP 127.0.0.1:${smtp} for support@desk.test`);
    expect(first.output()).toContain(`http://localhost:${web}/dev/mail`);
    expect(first.output()).toContain('agent@desk.test');
    expect(first.output()).toContain('kontakt1@faktureret.test');
    expect((await fetch(`http://127.0.0.1:${ui}/`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${web}/healthz`)).status).toBe(200);

    const base = `http://127.0.0.1:${web}`;
    const contact = await new PageClient(base).login('kontakt1@faktureret.test');
    const filed = await contact.post('/portal/new/support', {
      title: 'Restart survivor',
      workflow: 'Ordrer',
      description: 'The order list is empty.',
      tried: 'Reloaded the page.',
      expected: 'To see my orders.',
    });
    expect(filed.status).toBe(302);
    const number = Number(filed.location!.match(/\/portal\/cases\/(\d+)/)![1]);

    // The product's payloads are encrypted: read them as it does (its key, its case keys in its database).
    const db = connectDatabase(runningClusterUrl(env.EMBEDDED_POSTGRES_DIR)!, { poolMax: 1 });
    const dataConverter = payloadProtection({ PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS, DATA_DIR: env.DATA_DIR }, db).dataConverter;
    const connection = await Connection.connect({ address: `127.0.0.1:${temporal}` });
    const client = new Client({ connection, dataConverter });
    const handle = client.workflow.getHandle(`case-${number}`);
    let before: CaseView | null = null;
    for (let i = 0; i < 40 && !(before && before.version >= 1); i++) {
      before = await handle.query(caseViewQuery);
      if (before.version < 1) await new Promise((r) => setTimeout(r, 250));
    }
    expect(before!.status).toBe('received');
    expect(before!.nextDeadline?.kind).toBe('response_warning');
    const pageBefore = await contact.get(`/portal/cases/${number}`);
    expect(pageBefore.status).toBe(200);
    const runId = (await handle.describe()).runId;
    await connection.close();
    await db.close();

    const stop = await stopWithCtrlC(first.child);
    expect(stop.code).toBe(0);
    expect(stop.ms).toBeLessThan(10_000);

    const second = await startProduct(env);
    expect(second.output()).not.toContain('demo data seeded');
    const connection2 = await Connection.connect({ address: `127.0.0.1:${temporal}` });
    const db2 = connectDatabase(runningClusterUrl(env.EMBEDDED_POSTGRES_DIR)!, { poolMax: 1 });
    const client2 = new Client({
      connection: connection2,
      dataConverter: payloadProtection({ PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS, DATA_DIR: env.DATA_DIR }, db2).dataConverter,
    });
    const handle2 = client2.workflow.getHandle(`case-${number}`);
    const description = await handle2.describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.runId).toBe(runId);
    const after = await handle2.query(caseViewQuery);
    expect(after.status).toBe('received');
    expect(after.nextDeadline).toEqual(before!.nextDeadline);
    expect(after.responseDueAt).toBe(before!.responseDueAt);
    const history = await handle2.fetchHistory();
    const started = (history.events ?? []).filter((e) => e.timerStartedEventAttributes).length;
    const fired = (history.events ?? []).filter((e) => e.timerFiredEventAttributes).length;
    expect(started - fired).toBeGreaterThanOrEqual(1); // the working-time timer is still pending
    await connection2.close();
    await db2.close();

    const again = await new PageClient(base).login('kontakt1@faktureret.test');
    const pageAfter = await again.get(`/portal/cases/${number}`);
    expect(pageAfter.status).toBe(200);
    expect(pageAfter.html).toContain('Restart survivor');

    const stop2 = await stopWithCtrlC(second.child);
    expect(stop2.code).toBe(0);
    expect(stop2.ms).toBeLessThan(10_000);
  });
});
