// Invoices (SPEC §7): a company's billing details (address, CVR, EAN/GLN, invoice e-mail, reference,
// language), the invoice number series (one counter row, taken FOR UPDATE in the transaction that writes
// the invoice, so a number is never skipped nor used twice), the invoices themselves (one per company and
// locked month, frozen as issued, with its PDF kept as first drawn), and a claim token on the outbox so a dispatcher sends only what it still
// holds (a lease that lapsed and was taken by another dispatcher is not sent twice).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE company_billing (
      company_id text PRIMARY KEY REFERENCES companies(id),
      street text NOT NULL DEFAULT '',
      postcode text NOT NULL DEFAULT '',
      city text NOT NULL DEFAULT '',
      country text NOT NULL DEFAULT 'DK' CHECK (country ~ '^[A-Z]{2}$'),
      cvr text CHECK (cvr ~ '^[0-9]{8}$'),
      gln text CHECK (gln ~ '^[0-9]{13}$'),
      invoice_email text,
      attention text NOT NULL DEFAULT '',
      reference text NOT NULL DEFAULT '',
      locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE invoice_series (
      series text PRIMARY KEY,
      next_number bigint NOT NULL CHECK (next_number > 0)
    );

    CREATE TABLE invoices (
      number bigint PRIMARY KEY,
      company_id text NOT NULL REFERENCES companies(id),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      issue_date date NOT NULL,
      due_date date NOT NULL,
      locale text NOT NULL,
      total_ex_vat_ore bigint NOT NULL,
      vat_ore bigint NOT NULL,
      total_ore bigint NOT NULL CHECK (total_ore = total_ex_vat_ore + vat_ore),
      document jsonb NOT NULL,
      pdf bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by_id integer REFERENCES people(id),
      UNIQUE (company_id, month)
    );
    CREATE INDEX invoices_month ON invoices (month, number);

    ALTER TABLE notifications ADD COLUMN claim_token uuid;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE notifications DROP COLUMN IF EXISTS claim_token;
    DROP TABLE IF EXISTS invoices, invoice_series, company_billing;
  `);
};
