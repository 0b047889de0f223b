// The second factor (issue 25): a TOTP secret per person (a pending one while enrolling, the last time
// step used so a code cannot be replayed), ten single-use recovery codes kept as Argon2id hashes,
// passkeys (WebAuthn credentials: id, public key, signature counter), and devices a person chose to
// remember for 30 days (only the SHA-256 hash of the cookie's secret is kept; revocable).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE people
      ADD COLUMN totp_secret text,
      ADD COLUMN totp_pending_secret text,
      ADD COLUMN totp_confirmed_at timestamptz,
      ADD COLUMN totp_last_step bigint;

    CREATE TABLE recovery_codes (
      id serial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX recovery_codes_person ON recovery_codes (person_id) WHERE used_at IS NULL;

    CREATE TABLE passkeys (
      id serial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      credential_id text NOT NULL UNIQUE,
      public_key bytea NOT NULL,
      counter bigint NOT NULL DEFAULT 0,
      transports text[] NOT NULL DEFAULT '{}',
      label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz
    );
    CREATE INDEX passkeys_person ON passkeys (person_id);

    CREATE TABLE trusted_devices (
      id serial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      user_agent text,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX trusted_devices_person ON trusted_devices (person_id) WHERE revoked_at IS NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TABLE IF EXISTS trusted_devices, passkeys, recovery_codes;
    ALTER TABLE people DROP COLUMN IF EXISTS totp_secret, DROP COLUMN IF EXISTS totp_pending_secret,
      DROP COLUMN IF EXISTS totp_confirmed_at, DROP COLUMN IF EXISTS totp_last_step;
  `);
};
