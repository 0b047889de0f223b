// Sign-in hygiene (issue 25): sessions found by person through an index (listing, ending them all),
// where and with what each API token was issued and last used, when a counter's last attempt came
// (the progressive slow-down of sign-in failures), and the e-mail domains whose people of a customer
// company may sign in with single sign-on.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX sessions_person ON sessions ((sess ->> 'personId'));
    ALTER TABLE person_tokens ADD COLUMN user_agent text, ADD COLUMN address text;
    ALTER TABLE rate_limits ADD COLUMN last_hit_at timestamptz;
    ALTER TABLE companies ADD COLUMN sso_domains text[] NOT NULL DEFAULT '{}';
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS sessions_person;
    ALTER TABLE person_tokens DROP COLUMN IF EXISTS user_agent, DROP COLUMN IF EXISTS address;
    ALTER TABLE rate_limits DROP COLUMN IF EXISTS last_hit_at;
    ALTER TABLE companies DROP COLUMN IF EXISTS sso_domains;
  `);
};
