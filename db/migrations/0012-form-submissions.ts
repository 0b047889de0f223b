// One-time form tokens: every page form carries a fresh token; the first submission claims it, and a
// double submit or a back-and-resubmit of the same form finds the claim and is shown the first result.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE form_submissions (
      token text PRIMARY KEY,
      person_id integer REFERENCES people(id) ON DELETE CASCADE,
      path text NOT NULL,
      claimed_at timestamptz NOT NULL,
      status integer,
      location text
    );
    CREATE INDEX form_submissions_claimed ON form_submissions (claimed_at);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`DROP TABLE IF EXISTS form_submissions;`);
};
