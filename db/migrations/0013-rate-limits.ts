// Attempt counters for the login rate limits (per normalised e-mail and per client address), kept in
// PostgreSQL so every web replica counts against the same limit.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE rate_limits (
      key text PRIMARY KEY,
      hits integer NOT NULL CHECK (hits >= 0),
      reset_at timestamptz NOT NULL
    );
    CREATE INDEX rate_limits_reset ON rate_limits (reset_at);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`DROP TABLE IF EXISTS rate_limits;`);
};
