// Exactly-once answers for API clients: the first POST with an Idempotency-Key claims it (the primary
// key makes a concurrent duplicate wait), and its answer is kept so a retry gets it again. Kept 24 h.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE idempotency_keys (
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      key text NOT NULL,
      fingerprint text NOT NULL,
      claimed_at timestamptz NOT NULL,
      status integer,
      location text,
      body text,
      PRIMARY KEY (person_id, key)
    );
    CREATE INDEX idempotency_keys_claimed ON idempotency_keys (claimed_at);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`DROP TABLE IF EXISTS idempotency_keys;`);
};
