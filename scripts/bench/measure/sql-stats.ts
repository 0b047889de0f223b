// SQL statements and transactions of the product's database, from the server's own statistics:
// pg_stat_statements (preloaded by servers.ts; utility statements such as BEGIN/COMMIT included)
// and pg_stat_database. Read over a connection to the `postgres` database, so reading them adds
// nothing to what is counted.
import pg from 'pg';
import { DATABASE_NAME } from '../../../platform/postgres/embedded-postgres.js';

export interface SqlSnapshot {
  statements: number;
  transactions: number;
  /** pg_stat_statements entries evicted so far; a change makes `statements` an undercount. */
  dealloc: number;
}

/**
 * A backend publishes its transaction counts when it goes idle, but at most once a second; what is
 * left waits for its idle timer (10 s). Transaction counts are exact once this long has passed since
 * the product's last work.
 */
export const STATS_SETTLE_MS = 10_500;

export async function openStatistics(adminUrl: string): Promise<{ snapshot(): Promise<SqlSnapshot>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  return {
    async snapshot() {
      const { rows } = await client.query<{ statements: string; transactions: string; dealloc: string }>(
        `SELECT (SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1) AS statements,
                (SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1) AS transactions,
                (SELECT dealloc FROM pg_stat_statements_info) AS dealloc`,
        [DATABASE_NAME],
      );
      return { statements: Number(rows[0].statements), transactions: Number(rows[0].transactions), dealloc: Number(rows[0].dealloc) };
    },
    close: () => client.end(),
  };
}
