// Where page sessions live: PostgreSQL (connect-pg-simple), so web replicas are stateless. Its own
// small pool has an error listener: a session connection dropped while idle (idle timeout,
// pg_terminate_backend, a restart) is logged and replaced, never an unhandled 'error' event.
import type session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import pg from 'pg';
import type { Services } from '../context.js';

export interface SessionStore {
  store: session.Store;
  close(): Promise<void>;
}

export function sessionStore(s: Services, expressSession: typeof session): SessionStore {
  const PgStore = connectPgSimple(expressSession);
  const pool = new pg.Pool({ connectionString: s.db.url, max: 5, connectionTimeoutMillis: 3_000, application_name: 'service-desk-sessions' });
  pool.on('error', (err) => s.log.warn({ err }, 'an idle session-store connection failed; it is replaced on next use'));
  const store = new PgStore({
    pool,
    tableName: 'sessions',
    createTableIfMissing: false,
    pruneSessionInterval: 15 * 60,
    errorLog: (...args: unknown[]) => s.log.warn({ detail: args.map(String).join(' ') }, 'session store'),
  });
  return {
    store,
    close: async () => {
      store.close();
      await pool.end();
    },
  };
}
