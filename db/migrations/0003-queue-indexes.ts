// Indexes for the pages that read many cases: the desk queue of open cases in SLA order, and the
// SLA overview's month and response-time windows.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX cases_open_queue ON cases (response_due_at ASC NULLS LAST, received_at, number) WHERE status NOT IN ('closed', 'withdrawn');
    CREATE INDEX cases_received_at ON cases (received_at);
    CREATE INDEX cases_responded_at ON cases (responded_at) WHERE responded_at IS NOT NULL;
    DROP INDEX cases_queue;
    CREATE INDEX cases_queue ON cases (status, response_due_at ASC NULLS LAST, received_at, number);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS cases_open_queue, cases_received_at, cases_responded_at, cases_queue;
    CREATE INDEX cases_queue ON cases (status, response_due_at NULLS LAST, received_at);
  `);
};
