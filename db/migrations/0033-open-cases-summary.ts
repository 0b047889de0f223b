// The figures above the desk queue (open, unacknowledged, breached, waiting on the customer) count
// every open case on each queue and search page. At 100 000 cases that count read the whole cases
// table (58 ms measured); from this covering index of the open cases it is an index-only scan (5 ms).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`CREATE INDEX cases_open_summary ON cases (status) INCLUDE (sla_breached, waiting_on) WHERE status NOT IN ('closed', 'withdrawn')`);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP INDEX IF EXISTS cases_open_summary');
};
