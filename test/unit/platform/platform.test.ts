// The infrastructure modules against real servers: provisioning, Temporal dev server, time-skipping
// test server, embedded PostgreSQL. First run on a fresh cache builds the binaries (minutes).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { ensureTemporalCli, ensureTestServer, TEMPORAL_VERSIONS } from '../../../platform/temporal/binaries.js';
import { startDevServer } from '../../../platform/temporal/dev-server.js';
import { CASE_SEARCH_ATTRIBUTES, registerSearchAttributes } from '../../../platform/temporal/search-attributes.js';
import { defaultDataDir, startEmbeddedPostgres } from '../../../platform/postgres/embedded-postgres.js';
import { getFreePort, isPortOpen } from '../../../platform/free-port.js';

const lines: string[] = [];
const log = (line: string) => lines.push(line);
const INDEXED_VALUE_TYPE = { Keyword: 2, Int: 3, Bool: 5, Datetime: 6 } as const;

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('temporal binaries', () => {
  it('provisions the Temporal CLI once and then returns it from the cache quickly', async () => {
    const first = await ensureTemporalCli(log);
    const started = Date.now();
    const second = await ensureTemporalCli(log);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(second).toBe(first);
    const version = spawnSync(second, ['--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/Server 1\.\d+/);
  });

  it('provisions the time-skipping test server once and then returns it from the cache quickly', async () => {
    const first = await ensureTestServer(log);
    const started = Date.now();
    const second = await ensureTestServer(log);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(second).toBe(first);
    fs.accessSync(second, fs.constants.X_OK);
    if (!process.env.TEMPORAL_TEST_SERVER_PATH) {
      const jars = fs.readdirSync(path.join(path.dirname(second), 'lib'));
      expect(jars).toContain(`temporal-test-server-${TEMPORAL_VERSIONS.testServer}.jar`);
    }
  });

  it('the test server runs under the SDK and accepts the case search attributes (idempotently)', async () => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: await ensureTestServer(log) } },
    });
    try {
      const added = await registerSearchAttributes(env.connection, env.namespace ?? 'default');
      expect(added.sort()).toEqual(CASE_SEARCH_ATTRIBUTES.map((a) => a.name).sort());
      expect(await registerSearchAttributes(env.connection, env.namespace ?? 'default')).toEqual([]);
    } finally {
      await env.teardown();
    }
  });
});

describe('temporal dev server', () => {
  it('starts, answers for its namespace with the search attributes and UI, and stop() frees the port', async () => {
    const binary = await ensureTemporalCli(log);
    const started = Date.now();
    const server = await startDevServer({ binary, log });
    const startMs = Date.now() - started;
    const port = Number(server.address.split(':')[1]);
    let connection: Connection | undefined;
    try {
      expect(startMs).toBeLessThan(30_000);
      connection = await Connection.connect({ address: server.address });
      const ns = await connection.workflowService.describeNamespace({ namespace: 'default' });
      expect(ns.namespaceInfo?.name).toBe('default');

      const listed = await connection.operatorService.listSearchAttributes({ namespace: 'default' });
      for (const a of CASE_SEARCH_ATTRIBUTES) {
        expect(listed.customAttributes?.[a.name], a.name).toBe(INDEXED_VALUE_TYPE[a.type]);
      }
      expect(await registerSearchAttributes(connection, 'default')).toEqual([]); // already there

      const ui = await fetch(server.uiUrl);
      expect(ui.status).toBe(200);
    } finally {
      await connection?.close();
      await server.stop();
    }
    expect(await isPortOpen(port)).toBe(false);
    expect(await canBind(port)).toBe(true);
  });

  it('keeps its state in a SQLite file when given dbFile', async () => {
    const binary = await ensureTemporalCli(log);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-temporal-'));
    const dbFile = path.join(dir, 'temporal.db');
    try {
      const first = await startDevServer({ binary, log, dbFile, port: await getFreePort() });
      const c1 = await Connection.connect({ address: first.address });
      await c1.workflowService.registerNamespace({
        namespace: 'persisted',
        workflowExecutionRetentionPeriod: msToTs('1 day'),
      });
      await c1.close();
      await first.stop();
      expect(fs.existsSync(dbFile)).toBe(true);

      const second = await startDevServer({ binary, log, dbFile });
      const c2 = await Connection.connect({ address: second.address });
      try {
        const ns = await c2.workflowService.describeNamespace({ namespace: 'persisted' });
        expect(ns.namespaceInfo?.name).toBe('persisted');
      } finally {
        await c2.close();
        await second.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('embedded postgres', () => {
  it('starts, answers, and keeps its data across a restart on the same data dir', async () => {
    const dataDir = defaultDataDir('test');
    try {
      const first = await startEmbeddedPostgres({ dataDir, persistent: true, log });
      expect(new URL(first.url).pathname).toBe('/servicedesk');
      const c1 = new pg.Client({ connectionString: first.url });
      await c1.connect();
      try {
        expect((await c1.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
        await c1.query('create table kept (v text)');
        await c1.query("insert into kept values ('still here')");
      } finally {
        await c1.end();
        await first.stop();
      }
      const port = Number(new URL(first.url).port);
      expect(await isPortOpen(port)).toBe(false);

      const started = Date.now();
      const second = await startEmbeddedPostgres({ dataDir, persistent: true, log });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(new URL(second.url).password).toBe(new URL(first.url).password); // reused from the password file
      const c2 = new pg.Client({ connectionString: second.url });
      await c2.connect();
      try {
        expect((await c2.query('select v from kept')).rows).toEqual([{ v: 'still here' }]);
      } finally {
        await c2.end();
        await second.stop();
      }
    } finally {
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});
