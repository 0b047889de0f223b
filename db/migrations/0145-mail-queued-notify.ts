// Mail is woken, not polled (issue 22): a new row in the outbox (notifications) sends a NOTIFY on
// `mail_queued` when its transaction commits — once per statement, however many rows it inserted —
// and the mail process (worker/mail-dispatcher.ts), which LISTENs, sends at once. Every way mail is
// queued inserts into this table, so no code path can forget to wake the dispatcher.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE FUNCTION notify_mail_queued() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('mail_queued', '');
      RETURN NULL;
    END $$;
    CREATE TRIGGER notifications_mail_queued AFTER INSERT ON notifications
      FOR EACH STATEMENT EXECUTE FUNCTION notify_mail_queued();
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TRIGGER IF EXISTS notifications_mail_queued ON notifications;
    DROP FUNCTION IF EXISTS notify_mail_queued();
  `);
};
