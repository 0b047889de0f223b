// Where on the timeline a file was added (issue 11 item 5): with a desk message or note (message_id),
// or with a timeline event such as a customer's reply (event_seq, the event's sequence number in the
// case's workflow). Files sent with a new request carry neither: they belong to its receipt.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE attachments ADD COLUMN message_id bigint REFERENCES case_messages(id), ADD COLUMN event_seq integer;
    CREATE INDEX attachments_message ON attachments (message_id) WHERE message_id IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('ALTER TABLE attachments DROP COLUMN IF EXISTS message_id, DROP COLUMN IF EXISTS event_seq');
};
