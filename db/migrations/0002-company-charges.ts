// Company charges: billing lines that belong to a company rather than to a case, written when the
// desk records them (today: the training of a support contact who is added or replaced, SPEC §2).
// They are listed with the case lines in the monthly billing export.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE company_charges (
      id bigserial PRIMARY KEY,
      company_id text NOT NULL REFERENCES companies(id),
      person_id integer REFERENCES people(id),
      kind text NOT NULL CHECK (kind IN ('contact_training')),
      minutes integer NOT NULL,
      amount_ore bigint NOT NULL,
      text text NOT NULL,
      billed_on date NOT NULL,
      created_by_id integer REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX company_charges_month ON company_charges (company_id, billed_on);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query('DROP TABLE IF EXISTS company_charges');
};
