// A case filed within a request that carries an Idempotency-Key records a key derived from the person
// and that key: a retry that takes over the key after a crash finds the case the first attempt filed
// instead of filing it again (services/cases/insert.ts).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE cases ADD COLUMN intake_key text;
    CREATE UNIQUE INDEX cases_intake_key ON cases (intake_key) WHERE intake_key IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP INDEX IF EXISTS cases_intake_key; ALTER TABLE cases DROP COLUMN IF EXISTS intake_key');
};
