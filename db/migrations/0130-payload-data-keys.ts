// Personal data (issue 25): the data key of each case workflow, wrapped by a master key of the payload
// codec (platform/temporal/codec/). Deleting a row makes that case's Temporal history unreadable. Cases
// whose texts were removed (erasure or retention) are listed with why and when, and cases an erasure
// touched while they were still open have their key deleted once they close (the nightly retention run).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE payload_data_keys (
      key_id text PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      master_key_id text NOT NULL,
      wrapped bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE case_text_removals (
      case_number integer PRIMARY KEY REFERENCES cases(number),
      reason text NOT NULL CHECK (reason IN ('erasure', 'retention')),
      removed_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE payload_key_shreds_pending (
      case_number integer PRIMARY KEY REFERENCES cases(number),
      requested_at timestamptz NOT NULL DEFAULT now()
    );

    -- Open cases moved to another contact before their contact's erasure: whose description they hold.
    CREATE TABLE moved_case_origins (
      case_number integer PRIMARY KEY REFERENCES cases(number),
      from_person_id integer NOT NULL REFERENCES people(id),
      moved_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX moved_case_origins_person ON moved_case_origins (from_person_id);

    ALTER TABLE people ADD COLUMN erased_at timestamptz;
    -- The retention run looks for closed cases by the day they closed.
    CREATE INDEX cases_closed_at ON cases (closed_at) WHERE closed_at IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS cases_closed_at;
    ALTER TABLE people DROP COLUMN IF EXISTS erased_at;
    DROP TABLE IF EXISTS moved_case_origins, payload_key_shreds_pending, case_text_removals, payload_data_keys;
  `);
};
