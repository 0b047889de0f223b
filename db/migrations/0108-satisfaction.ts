// Satisfaction (SPEC §9): ratings are part of each case's view (written by its workflow's transitions);
// the desk's figures read them by the instant they were given. And a key that signs the one-click rating
// links in the resolved mail (services/cases/satisfaction/rating-links.ts), made once per install.
import { randomBytes } from 'node:crypto';
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX cases_rated ON cases ((CAST(view #>> '{rating,at}' AS bigint))) WHERE jsonb_typeof(view -> 'rating') = 'object';
    CREATE TABLE signing_keys (name text PRIMARY KEY, secret text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  `);
  await db.query(`INSERT INTO signing_keys (name, secret) VALUES ('rating-links', :secret) ON CONFLICT DO NOTHING`, {
    replacements: { secret: randomBytes(32).toString('base64url') },
  });
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP INDEX IF EXISTS cases_rated; DROP TABLE IF EXISTS signing_keys');
};
