// Where a running `npm start` keeps its servers, for commands that work on the live product (`npm run
// -s repair`): with the same environment as `npm start`, PostgreSQL is DATABASE_URL or the embedded
// cluster in EMBEDDED_POSTGRES_DIR (default: the folder `npm start` uses, see defaultDataDir), found by
// its postmaster.pid (pid and port) and password file; Temporal is TEMPORAL_ADDRESS or the embedded
// dev server on TEMPORAL_PORT.
import fs from 'node:fs';
import path from 'node:path';
import type { AppEnv } from '../../config/env.js';
import { DATABASE_NAME, defaultDataDir } from '../postgres/embedded-postgres.js';

export interface RunningProduct {
  databaseUrl: string;
  /** Where the database was found, for messages ("DATABASE_URL", "the embedded PostgreSQL in …"). */
  databaseWhere: string;
  temporalAddress: string;
}

/** The product cannot be reached the way the environment says: the message is one line naming the fix. */
export class ProductNotRunning extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The URL of the cluster in `dataDir` while a server runs on it (its postmaster.pid names a live process), else null. */
export function runningClusterUrl(dataDir: string): string | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const passwordFile = `${dataDir}.password`;
  if (!fs.existsSync(pidFile) || !fs.existsSync(passwordFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null;
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/** The servers of the running product, or ProductNotRunning saying what is missing. */
export function locateRunningProduct(env: AppEnv, projectRoot?: string): RunningProduct {
  const temporalAddress = env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.TEMPORAL_PORT}`;
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, databaseWhere: 'DATABASE_URL', temporalAddress };
  const dataDir = path.resolve(env.EMBEDDED_POSTGRES_DIR ?? defaultDataDir('start', projectRoot));
  const url = runningClusterUrl(dataDir);
  if (!url) {
    throw new ProductNotRunning(
      `no PostgreSQL of this install is running (data folder ${dataDir}). Fix: start the product with \`npm start\` (same environment), or set DATABASE_URL and TEMPORAL_ADDRESS`,
    );
  }
  return { databaseUrl: url, databaseWhere: `the embedded PostgreSQL in ${dataDir}`, temporalAddress };
}
