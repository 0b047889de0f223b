// What Temporal keeps of a case, on a file-backed dev server of this test's own (as `npm start` runs
// it): a case runs through a worker with the payload codec, and neither its description's marker, its
// title's, a reply's, nor the contact's e-mail address or name is found in the server's database files
// — while the case's workflow id is (so the right files were read). Then the server's Web UI, started
// with the web app's codec endpoint, shows a desk login the case's decoded input (a screenshot).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NativeConnection } from '@temporalio/worker';
import { pino } from 'pino';
import type { Client } from '@temporalio/client';
import { ensureTemporalCli } from '../../../platform/temporal/binaries.js';
import { startDevServer, type DevServer } from '../../../platform/temporal/dev-server.js';
import { connectClient } from '../../../platform/temporal/connection.js';
import { payloadProtection } from '../../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { getFreePort } from '../../../platform/free-port.js';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import { fileCase } from '../../../services/cases/intake.js';
import { actOnCase } from '../../../services/cases/actions.js';
import { createApp } from '../../../web/app.js';
import { createCaseWorker } from '../../../worker/run.js';
import { closeTestDatabase, readModel, testDatabase } from '../../support/servers.js';
import { launchBrowser, screenshot } from '../../support/browser.js';
import { ownCompany } from '../orders/orders-support.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temporal-store-'));
const marker = { title: `Tmark${randomUUID().slice(0, 8)}`, description: `Dmark${randomUUID().slice(0, 8)}`, reply: `Rmark${randomUUID().slice(0, 8)}` };
let dev: DevServer;
let client: Client;
let web: Server;
let webPort: number;
let stopWorker: () => Promise<void>;
let contact: { email: string; name: string };
let number: number;

beforeAll(async () => {
  const [cli, uiPort] = await Promise.all([ensureTemporalCli(() => {}), getFreePort()]);
  webPort = await getFreePort();
  dev = await startDevServer({
    binary: cli,
    uiPort,
    dbFile: path.join(dir, 'temporal.db'),
    uiCodecEndpoint: `http://localhost:${webPort}/codec`,
    log: () => {},
  });
  const db = testDatabase();
  const log = pino({ level: 'silent' });
  const env = readEnv({
    ...process.env,
    NODE_ENV: 'test',
    PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    TEMPORAL_TASK_QUEUE: 'service-desk',
    TEMPORAL_UI_PORT: String(uiPort),
    WORKFLOW_BUNDLE: inject('workflowBundlePath'),
    PORT: String(webPort),
  });
  const connection = await NativeConnection.connect({ address: dev.address });
  const worker = await createCaseWorker({ connection, env, db, log });
  const running = worker.run();
  stopWorker = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running.catch(() => {});
    await connection.close();
  };
  client = connectClient({ address: dev.address, namespace: 'default' }, payloadProtection(env, db).dataConverter);
  const services = createServices({ db, temporal: client, env, log });
  const app = createApp(services, { sessionSecret: 'temporal-store-secret-temporal-store-secret' });
  web = app.app.listen(webPort, '127.0.0.1');

  const company = await ownCompany('store');
  const person = (await db.models.Person.findOne({ where: { email: company.contactA } }))!;
  contact = { email: person.email, name: person.fullName };
  const record = await fileCase(services, person, {
    type: 'support',
    values: { title: `Fakturaen ${marker.title}`, description: `Beskrivelse ${marker.description} fra ${person.email}` },
    mode: 'api',
  });
  number = record.number;
  const agent = (await db.models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
  await actOnCase(services, agent, number, 'acknowledge', { plan: `Vi ser på det, ${person.fullName}.` });
  await actOnCase(services, agent, number, 'qualify', {});
  await actOnCase(services, agent, number, 'ask-customer', { message: `Hvilken faktura, ${person.fullName}?` });
  await actOnCase(services, person, number, 'reply', { message: `Den fra marts ${marker.reply}, skriv til ${person.email}` });
  await readModel(number, (r) => r.version >= 5);
}, 240_000);

afterAll(async () => {
  web?.close();
  await stopWorker?.();
  await client?.connection.close();
  await dev?.stop();
  await closeTestDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('what the Temporal server stores', () => {
  it('holds no description, title, reply, e-mail address or name of the case in plain text', async () => {
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('temporal.db'));
    expect(files).toContain('temporal.db');
    const bytes = Buffer.concat(files.map((f) => fs.readFileSync(path.join(dir, f))));
    // The same bytes as text three ways: UTF-8, and UTF-16 (SQLite may keep text so).
    const haystacks = [bytes.toString('latin1'), bytes.toString('utf16le'), bytes.subarray(1).toString('utf16le')];
    expect(haystacks[0]).toContain(`case-${number}`);
    for (const needle of [marker.title, marker.description, marker.reply, contact.email, contact.name]) {
      for (const h of haystacks) expect(h.includes(needle), `"${needle}" is in the Temporal server's files`).toBe(false);
    }
    // … and the history itself, as the server answers it, is ciphertext too.
    const history = await client.workflowService.getWorkflowExecutionHistory({ namespace: 'default', execution: { workflowId: `case-${number}` } });
    expect(JSON.stringify(history)).not.toContain(marker.title);
  });

  it('shows a desk login the decoded input in the Web UI through the codec endpoint', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      // Signed in to the web app on the same host name as the UI (a same-site cookie the UI's fetch may include).
      await page.goto(`http://localhost:${webPort}/login`);
      await page.fill('input[name="email"]', 'agent@desk.test');
      await page.fill('input[name="password"]', 'demo1234');
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type="submit"].primary')]);
      // The UI's own codec setting "include cross-origin credentials" (kept in the browser's local storage).
      await page.goto(`http://localhost:${dev.uiPort}/namespaces/default/workflows`);
      await page.evaluate((endpoint) => {
        const store = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
        store.setItem('endpoint', JSON.stringify(endpoint));
        store.setItem('includeCredentials', 'true');
        store.setItem('overrideRemoteCodecConfiguration', 'true');
      }, `http://localhost:${webPort}/codec`);
      const decoded = page.waitForResponse((r) => r.url().endsWith('/codec/decode') && r.request().method() === 'POST');
      await page.goto(`http://localhost:${dev.uiPort}/namespaces/default/workflows/case-${number}`);
      expect((await decoded).status()).toBe(200);
      await page.getByText(marker.title).first().waitFor();
      await screenshot(page, 'temporal-ui-decoded-input');
      // Without a desk login the endpoint refuses.
      const anonymous = await fetch(`http://localhost:${webPort}/codec/decode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"payloads":[]}',
      });
      expect(anonymous.status).toBe(401);
    } finally {
      await browser.close();
    }
  });
});
