// Money over time (SPEC §7) and orders (SPEC §3a): validity periods of support contacts and approval
// rights (history kept; a person with no recorded period counts from their creation while active), billing
// months locked per company once exported (the lines frozen as exported), and correction lines that
// reference the line they correct.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE person_periods (
      id bigserial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id),
      company_id text NOT NULL REFERENCES companies(id),
      kind text NOT NULL CHECK (kind IN ('contact', 'approval')),
      valid_from date NOT NULL,
      valid_to date,
      changed_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    );
    CREATE UNIQUE INDEX person_periods_open ON person_periods (person_id, kind) WHERE valid_to IS NULL;
    CREATE INDEX person_periods_company ON person_periods (company_id, kind, valid_from);

    CREATE VIEW person_periods_effective AS
      SELECT pp.person_id, pp.company_id, pp.kind, pp.valid_from, pp.valid_to, pp.changed_at FROM person_periods pp
      UNION ALL
      SELECT p.id, p.company_id, k.kind, (p.created_at AT TIME ZONE 'Europe/Copenhagen')::date, NULL, p.created_at
        FROM people p
        CROSS JOIN (VALUES ('contact'), ('approval')) AS k(kind)
       WHERE p.active AND p.company_id IS NOT NULL
         AND ((k.kind = 'contact' AND p.role = 'contact') OR (k.kind = 'approval' AND (p.role = 'approver' OR (p.role = 'contact' AND p.can_approve))))
         AND NOT EXISTS (SELECT 1 FROM person_periods x WHERE x.person_id = p.id AND x.kind = k.kind);

    CREATE TABLE billing_locks (
      company_id text NOT NULL REFERENCES companies(id),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      locked_at timestamptz NOT NULL,
      locked_by_id integer REFERENCES people(id),
      document jsonb NOT NULL,
      PRIMARY KEY (company_id, month)
    );

    ALTER TABLE billing_lines ADD COLUMN corrects_id bigint REFERENCES billing_lines(id);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE billing_lines DROP COLUMN IF EXISTS corrects_id;
    DROP TABLE IF EXISTS billing_locks;
    DROP VIEW IF EXISTS person_periods_effective;
    DROP TABLE IF EXISTS person_periods;
  `);
};
