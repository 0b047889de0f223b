// The case timeline is read a page at a time, newest first (GET /api/v1/cases/{n}/timeline): each of its
// two sources is walked backwards in its own order — events by (occurred_at, seq), messages by
// (created_at, id) — so a page of a case with ten thousand entries reads a hundred rows, not all.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX case_events_timeline ON case_events (case_number, occurred_at, seq);
    CREATE INDEX case_messages_timeline ON case_messages (case_number, created_at, id);
    DROP INDEX IF EXISTS case_events_case;
    DROP INDEX IF EXISTS case_messages_case;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX IF NOT EXISTS case_events_case ON case_events (case_number, occurred_at);
    CREATE INDEX IF NOT EXISTS case_messages_case ON case_messages (case_number, created_at);
    DROP INDEX IF EXISTS case_events_timeline;
    DROP INDEX IF EXISTS case_messages_timeline;
  `);
};
