// Named views of the desk queue, per person: the filters and the sort as the queue's own query string.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE saved_views (
      id serial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      name text NOT NULL,
      query text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (person_id, name)
    );
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS saved_views');
};
