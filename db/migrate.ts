// Runs the versioned migrations in db/migrations with Umzug, under a PostgreSQL advisory lock so
// several web or worker replicas starting together never migrate at once.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Umzug, SequelizeStorage, type MigrationFn } from 'umzug';
import type { Sequelize } from 'sequelize';
import pg from 'pg';
import type { Database } from './connection.js';

export type Migration = MigrationFn<Sequelize>;

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_233_001;

function migrator(db: Sequelize, log: (line: string) => void) {
  return new Umzug<Sequelize>({
    migrations: {
      glob: ['*.{ts,js}', { cwd: MIGRATIONS_DIR, ignore: ['*.d.ts'] }],
      resolve: ({ name, path: file, context }) => ({
        name: name.replace(/\.(ts|js)$/, ''),
        up: async () => (await import(pathToFileURL(file!).href)).up({ name, path: file, context }),
        down: async () => (await import(pathToFileURL(file!).href)).down({ name, path: file, context }),
      }),
    },
    context: db,
    storage: new SequelizeStorage({ sequelize: db, tableName: 'schema_migrations' }),
    logger: {
      info: (e) => log(`migration ${String((e as { name?: string }).name ?? '')} ${String((e as { event?: string }).event ?? '')}`.trim()),
      warn: () => {},
      error: () => {},
      debug: () => {},
    },
  });
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrate(database: Database, log: (line: string) => void = () => {}): Promise<string[]> {
  const db = database.sequelize;
  // The lock lives on its own connection: a session-level advisory lock must be released where it was taken.
  const lock = new pg.Client({ connectionString: database.url, application_name: 'service-desk-migrate' });
  lock.on('error', () => {}); // a dropped lock connection fails the next query on it, which the caller sees
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    const ran = await migrator(db, log).up();
    return ran.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    await lock.end();
  }
}
