// The product in issue 15's benchmark configuration — scripts/start.ts with NODE_ENV=production,
// LOG_LEVEL=warn and MAIL_DISPATCH=off — kept as a third column (the figures before issue 22), and the
// product the page part measures (it appends the SQL of requests marked `X-Statement-Log` to a file).
import fs from 'node:fs';
import path from 'node:path';
import { getFreePort } from '../../../platform/free-port.js';
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { startProductProcess } from '../../../platform/supervision/product-process.js';
import { cleanEnv, type BenchProduct, type ProductContext } from './product.js';

export async function startTuned(ctx: ProductContext): Promise<BenchProduct> {
  const logFile = path.join(ctx.work, 'tuned.log');
  const statementLog = path.join(ctx.work, 'statements.jsonl');
  const dataDir = path.join(ctx.work, 'tuned-data');
  fs.mkdirSync(dataDir, { recursive: true });
  const env = cleanEnv({
    NODE_ENV: 'production',
    DATABASE_URL: ctx.databaseUrl,
    TEMPORAL_ADDRESS: ctx.temporalAddress,
    DATA_DIR: dataDir,
    DEMO_DATA: 'on',
    COOKIE_SECURE: 'off',
    LOG_LEVEL: 'warn',
    MAIL_DISPATCH: 'off', // no SMTP here; a dispatcher polling the outbox would add statements no lifecycle asked for
    MAIL_SMTP_PORT: '0',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-42',
    PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    STATEMENT_LOG: statementLog,
  });
  const product = await startProductProcess({ port: await getFreePort(), logFile, env: env as Record<string, string> });
  return { mode: 'tuned', baseUrl: product.baseUrl, roots: [product.child.pid!], logFiles: [logFile], statementLog, stop: product.stop };
}
