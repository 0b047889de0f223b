// The desk queue's order after the unanswered cases (issue 20): the cases the desk holds the ball on
// before those waiting on the customer, each by its next deadline — read from one index, as before.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX IF NOT EXISTS cases_open_queue_next ON cases
      (response_due_at ASC NULLS LAST, (waiting_on IS DISTINCT FROM 'desk'), next_deadline_at ASC NULLS LAST, received_at, number)
      WHERE status NOT IN ('closed', 'withdrawn');
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`DROP INDEX IF EXISTS cases_open_queue_next;`);
};
