// Phone intake finds the caller as the agent types (name, e-mail, phone or company): people get a phone
// number, and the lookup reads trigram indexes (pg_trgm) so a few letters anywhere in a name match fast.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE people ADD COLUMN phone text;
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX people_lookup ON people USING gin ((lower(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(phone, ''))) gin_trgm_ops)
      WHERE role IN ('contact', 'approver');
    CREATE INDEX companies_name_lookup ON companies USING gin (lower(name) gin_trgm_ops);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP INDEX IF EXISTS people_lookup; DROP INDEX IF EXISTS companies_name_lookup; ALTER TABLE people DROP COLUMN IF EXISTS phone');
};
