// Counts the SQL statements run on one async path — one HTTP request — by hooking pg's Client, which
// both Sequelize and connect-pg-simple use, so every statement (BEGIN/COMMIT of a transaction
// included) is counted where it is issued. Installed only when asked for (STATEMENT_COUNT /
// STATEMENT_LOG); without it pg is untouched. Read by test/web/api/statement-budget.test.ts and the benchmark.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

export interface LoggedStatement {
  text: string;
  values: unknown[];
}

export interface StatementTally {
  count: number;
  /** Text and parameter values of every statement, kept only when the caller asked for them. */
  statements: LoggedStatement[] | null;
}

const tallies = new AsyncLocalStorage<StatementTally>();
let installed = false;

/**
 * Sequelize sends these on a new pooled connection before handing it out — SETs on each, and on a
 * Sequelize instance's first connection its type-OID lookup — so they cost a connection, not the
 * request: not counted (whether a request opens a connection depends on pool timing; the count must not).
 */
const CONNECTION_SETUP = /^(\s*SET (standard_conforming_strings|client_min_messages|TIME ZONE)\b[^;]*;)+\s*$|^WITH ranges AS \(\s*SELECT pg_range\.rngtypid\b/i;

type QueryConfig = string | { text?: string; values?: unknown[] } | null | undefined;
type QueryFn = (this: pg.Client, config: QueryConfig, values?: unknown, callback?: unknown) => unknown;

/** Patches pg.Client#query once per process. */
export function installStatementHook(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const query = proto.query;
  proto.query = function (this: pg.Client, config: QueryConfig, values?: unknown) {
    const tally = tallies.getStore();
    if (tally) {
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      if (!CONNECTION_SETUP.test(text)) {
        tally.count += 1;
        tally.statements?.push({ text, values: loggable(Array.isArray(values) ? values : typeof config === 'object' ? config?.values : undefined) });
      }
    }
    // eslint-disable-next-line prefer-rest-params -- pg's query has several call shapes; pass them on unchanged
    return query.apply(this, arguments as unknown as Parameters<QueryFn>);
  };
}

/** Runs `fn` (and everything it starts) with its statements added to `tally`. */
export function countStatements<T>(tally: StatementTally, fn: () => T): T {
  installStatementHook();
  return tallies.run(tally, fn);
}

export function newTally(keepStatements: boolean): StatementTally {
  return { count: 0, statements: keepStatements ? [] : null };
}

/** Parameter values as JSON that pg accepts back unchanged (dates as ISO text, bytes as bytea hex). */
function loggable(values: unknown[] | undefined): unknown[] {
  return (values ?? []).map((v) => (v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? `\\x${v.toString('hex')}` : v));
}
