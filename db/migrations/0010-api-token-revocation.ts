// API tokens that their owner (or a desk manager) can list and revoke: a label to recognise them by,
// when each was last used, and when it was revoked. Revoked tokens answer 401 like expired ones.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE person_tokens
      ADD COLUMN label text,
      ADD COLUMN last_used_at timestamptz,
      ADD COLUMN revoked_at timestamptz;
    CREATE INDEX person_tokens_api ON person_tokens (person_id, expires_at) WHERE purpose = 'api' AND revoked_at IS NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS person_tokens_api;
    ALTER TABLE person_tokens DROP COLUMN IF EXISTS label, DROP COLUMN IF EXISTS last_used_at, DROP COLUMN IF EXISTS revoked_at;
  `);
};
