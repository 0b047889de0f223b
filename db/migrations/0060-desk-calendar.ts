// The desk's own calendar changes, made by desk managers in the product (the configuration file holds
// the opening hours and holiday rules): extra closed days, and new opening hours from a date.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE calendar_closed_days (
      date date PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      created_by_id integer REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE calendar_hours_changes (
      from_date date PRIMARY KEY,
      opening_hours jsonb NOT NULL,
      created_by_id integer REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS calendar_closed_days, calendar_hours_changes');
};
