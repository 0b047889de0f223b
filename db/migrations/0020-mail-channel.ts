// E-mail as a real channel: every received mail is stored raw before it is processed (exactly once,
// keyed by its Message-ID or a hash of the raw message); outbound mails carry a stable Message-ID and
// are claimed one by one with a lease; rejected intake keeps what the sender wrote and what the desk
// answered, and whether the desk turned it into a case; the demo catch-all mailbox keeps outbound
// mail when no SMTP relay is configured.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE inbound_mails (
      id bigserial PRIMARY KEY,
      message_key text NOT NULL UNIQUE,
      message_id text,
      source text NOT NULL CHECK (source IN ('smtp', 'imap', 'http')),
      envelope_from text,
      raw bytea NOT NULL,
      size integer NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      claimed_at timestamptz,
      claimed_until timestamptz,
      last_error text,
      processed_at timestamptz,
      outcome text CHECK (outcome IN ('case_created', 'reply_added', 'rejected')),
      case_number integer REFERENCES cases(number),
      from_address text,
      subject text,
      safe_html text
    );
    CREATE INDEX inbound_mails_pending ON inbound_mails (id) WHERE processed_at IS NULL;
    CREATE INDEX inbound_mails_thread ON inbound_mails (message_id) WHERE case_number IS NOT NULL;
    CREATE INDEX inbound_mails_case ON inbound_mails (case_number, id) WHERE case_number IS NOT NULL;
    CREATE INDEX cases_inbound_mail ON cases ((fields->>'inboundMail')) WHERE channel = 'mail';

    ALTER TABLE notifications ADD COLUMN message_id text, ADD COLUMN claimed_until timestamptz;
    CREATE INDEX notifications_message_id ON notifications (message_id) WHERE message_id IS NOT NULL;

    ALTER TABLE intake_rejections
      ADD COLUMN inbound_mail_id bigint REFERENCES inbound_mails(id),
      ADD COLUMN body text,
      ADD COLUMN answer text NOT NULL DEFAULT 'contacts',
      ADD COLUMN case_number integer REFERENCES cases(number),
      ADD COLUMN converted_by_id integer REFERENCES people(id),
      ADD COLUMN converted_at timestamptz;
    CREATE INDEX intake_rejections_recent ON intake_rejections (created_at DESC);
    CREATE INDEX intake_rejections_sender ON intake_rejections (lower(sender), created_at DESC);

    CREATE TABLE dev_mails (
      id bigserial PRIMARY KEY,
      message_id text NOT NULL,
      recipient text NOT NULL,
      subject text NOT NULL,
      raw bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TABLE IF EXISTS dev_mails;
    ALTER TABLE intake_rejections DROP COLUMN IF EXISTS inbound_mail_id, DROP COLUMN IF EXISTS body, DROP COLUMN IF EXISTS answer,
      DROP COLUMN IF EXISTS case_number, DROP COLUMN IF EXISTS converted_by_id, DROP COLUMN IF EXISTS converted_at;
    DROP INDEX IF EXISTS intake_rejections_recent, intake_rejections_sender, notifications_message_id, cases_inbound_mail;
    ALTER TABLE notifications DROP COLUMN IF EXISTS message_id, DROP COLUMN IF EXISTS claimed_until;
    DROP TABLE IF EXISTS inbound_mails;
  `);
};
