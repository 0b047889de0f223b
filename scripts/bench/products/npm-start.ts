// The product as a newcomer runs it: `npm start` (npm → scripts/start.ts, the supervisor → web app,
// worker and mail process), with the defaults of a fresh checkout — NODE_ENV unset (development), log
// level info, the mail process on (outbox dispatch into the demo catch-all mailbox, inbound SMTP
// listening). Only what must differ on a shared machine is set: the benchmark's PostgreSQL and
// Temporal dev server (started with the settings `npm start` uses), free ports and a data folder of
// its own. Its output goes to a file (a terminal would cost the supervisor more, not less).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFreePort } from '../../../platform/free-port.js';
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { cleanEnv, stopGroup, untilHealthy, type BenchProduct, type ProductContext } from './product.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `npm start` through the npm that runs the benchmark (npm_execpath), else the npm on PATH. */
function npmCommand(): [string, string[]] {
  const npmCli = process.env.npm_execpath;
  return npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, 'start']] : ['npm', ['start']];
}

export async function startNpmStart(ctx: ProductContext): Promise<BenchProduct> {
  const port = await getFreePort();
  const logFile = path.join(ctx.work, 'npm-start.log');
  const dataDir = path.join(ctx.work, 'npm-start-data');
  fs.mkdirSync(dataDir, { recursive: true });
  // The payload codec's master key, where `npm start` generates one on first start: every mode of
  // the run shares one key (the tooling key), so the cases of one mode stay readable in the next.
  fs.writeFileSync(path.join(dataDir, 'payload-keys'), `${TOOLING_PAYLOAD_KEYS}\n`, { mode: 0o600 });
  const env = cleanEnv({
    DATABASE_URL: ctx.databaseUrl,
    TEMPORAL_ADDRESS: ctx.temporalAddress,
    PORT: String(port),
    MAIL_SMTP_PORT: String(await getFreePort()),
    DATA_DIR: dataDir,
  });
  // Profiled: the supervisor itself under `node --cpu-prof` (which it passes on to its children;
  // node refuses --cpu-prof in NODE_OPTIONS, so npm cannot carry it), with tsx as `npm start` runs it.
  const [command, args] = ctx.profileDir
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${ctx.profileDir}`, '--import', 'tsx', 'scripts/start.ts']]
    : npmCommand();
  const out = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await untilHealthy(`${baseUrl}/healthz`, [child], [logFile]);
  } catch (err) {
    await stopGroup(child, 'SIGINT');
    throw err;
  }
  return {
    mode: 'start',
    baseUrl,
    roots: [child.pid!],
    logFiles: [logFile],
    // Ctrl-C in a terminal: SIGINT to the whole foreground group (npm, the supervisor).
    stop: () => stopGroup(child, 'SIGINT', 20_000),
  };
}
