// A product of its own for a test that changes what every other test relies on (the API contract run
// creates cases, locks billing months, closes the desk on days, revokes tokens): its own database in the
// suite's PostgreSQL, its own Temporal dev server (in memory) and its own product process with the demo
// data — started like test/global-setup.ts starts the shared one, and removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import { ensureTemporalCli } from '../../platform/temporal/binaries.js';
import { startDevServer } from '../../platform/temporal/dev-server.js';
import { startProductProcess } from '../../platform/supervision/product-process.js';
import { getFreePort } from '../../platform/free-port.js';

export interface IsolatedProduct {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startIsolatedProduct(name: string, say: (line: string) => void): Promise<IsolatedProduct> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err: Error) => say(`stop: ${err.message}`));
  };
  try {
    const shared = inject('databaseUrl');
    const database = `${name}_${process.pid}`;
    await adminQuery(shared, `DROP DATABASE IF EXISTS "${database}"`);
    await adminQuery(shared, `CREATE DATABASE "${database}"`);
    stops.push(() => adminQuery(shared, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    const dev = await startDevServer({ binary: await ensureTemporalCli(say), log: () => {} });
    stops.push(() => dev.stop());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `service-desk-${name}-`));
    stops.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const logFile = path.join(inject('artifactsDir'), `${name}-product-${process.pid}.log`);
    const product = await startProductProcess({
      port: await getFreePort(),
      logFile,
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: shared.replace(/\/[^/]+$/, `/${database}`),
        TEMPORAL_ADDRESS: dev.address,
        DATA_DIR: dataDir,
        DEMO_DATA: 'on',
        LOG_LEVEL: 'warn',
        MAIL_DISPATCH: 'off',
        SESSION_SECRET: `${name}-session-secret-${name}-session-secret`,
      },
    });
    stops.push(() => product.stop());
    say(`${name}: product of its own at ${product.baseUrl} (database ${database}, Temporal ${dev.address})`);
    return { baseUrl: product.baseUrl, logFile, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
