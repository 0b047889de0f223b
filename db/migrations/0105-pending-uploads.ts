// Files chosen on a page form that came back with a validation error: kept for the person (offered
// again in the re-rendered form) instead of chosen again; removed once used, or after a day.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE pending_uploads (
      token text PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      data bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX pending_uploads_created ON pending_uploads (created_at);
    CREATE INDEX pending_uploads_person ON pending_uploads (person_id);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS pending_uploads');
};
