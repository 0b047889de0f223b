// The servers a page benchmark measures: an embedded PostgreSQL, a Temporal dev server and the product
// started like `npm start` (production settings, demo data, no mail dispatch), each stop registered in
// `stops` (the caller runs them in reverse at the end), and a database connection for seeding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, defaultDataDir } from '../../platform/postgres/embedded-postgres.js';
import { ensureTemporalCli } from '../../platform/temporal/binaries.js';
import { startDevServer } from '../../platform/temporal/dev-server.js';
import { startProductProcess } from '../../platform/supervision/product-process.js';
import { getFreePort } from '../../platform/free-port.js';
import { connectDatabase } from '../../db/connection.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

export async function startBenchProduct(name: string, say: (line: string) => void, stops: (() => Promise<unknown>)[]) {
  const pg = await startEmbeddedPostgres({ dataDir: defaultDataDir('test'), persistent: false, log: () => {} });
  stops.push(() => pg.stop());
  const dev = await startDevServer({ binary: await ensureTemporalCli(say), log: () => {} });
  stops.push(() => dev.stop());
  const product = await startProductProcess({
    port: await getFreePort(),
    logFile: path.join(os.tmpdir(), `bench-${name}-${process.pid}.log`),
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: pg.url,
      TEMPORAL_ADDRESS: dev.address,
      DEMO_DATA: 'on',
      COOKIE_SECURE: 'off',
      LOG_LEVEL: 'warn',
      MAIL_DISPATCH: 'off',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
      // The benchmarks take API tokens for the demo desk staff, who have no second factor to give.
      REQUIRE_2FA: 'off',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-')),
    },
  });
  stops.push(() => product.stop());
  say(`product up at ${product.baseUrl}`);
  const db = connectDatabase(pg.url);
  stops.push(() => db.close());
  return { pg, dev, product, db };
}
