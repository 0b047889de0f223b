// The audit log (issue 11 item 7): every administrative change — companies, agreements, people,
// roles, approval rights, prices, calendar, staff — with who made it, when, and the record before
// and after. Written only by services/audit/record.ts; never updated or deleted by the product.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id integer REFERENCES people(id),
      actor_name text NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      action text NOT NULL,
      before jsonb,
      after jsonb
    );
    CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at DESC);
    CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS audit_log');
};
