// The database an admin command works on, found the way `npm start` finds it: DATABASE_URL when set;
// otherwise the embedded PostgreSQL cluster of this install (EMBEDDED_POSTGRES_DIR or the default
// data folder). A running cluster (started by `npm start`) is used as it is; a stopped one is started
// for the command and stopped again afterwards. The schema is brought up to date either way.
import path from 'node:path';
import type { AppEnv } from '../../config/env.js';
import { connectDatabase, type Database } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { defaultDataDir, startEmbeddedPostgres } from '../../platform/postgres/embedded-postgres.js';
import { runningClusterUrl } from '../../platform/supervision/running-product.js';

export interface AdminDatabase {
  db: Database;
  /** Where it came from, for the command's output. */
  where: string;
  close(): Promise<void>;
}

export async function openAdminDatabase(env: AppEnv): Promise<AdminDatabase> {
  let url: string | null | undefined = env.DATABASE_URL;
  let where = 'DATABASE_URL';
  let stopServer: (() => Promise<void>) | null = null;
  if (!url) {
    const dataDir = path.resolve(env.EMBEDDED_POSTGRES_DIR ?? defaultDataDir('start'));
    url = runningClusterUrl(dataDir);
    where = `the running embedded PostgreSQL in ${dataDir}`;
    if (!url) {
      const server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_POSTGRES_PORT || undefined, persistent: true, log: () => {} });
      url = server.url;
      stopServer = server.stop;
      where = `the embedded PostgreSQL in ${dataDir} (started for this command)`;
    }
  }
  const db = connectDatabase(url, { poolMax: 2 });
  const close = async () => {
    await db.close();
    await stopServer?.();
  };
  try {
    await migrate(db);
  } catch (err) {
    await close();
    throw new Error(`cannot use the database (${where}): ${(err as Error).message}`, { cause: err });
  }
  return { db, where, close };
}
