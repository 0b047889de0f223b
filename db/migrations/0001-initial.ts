// The initial schema. Migrations are versioned files run by Umzug (db/migrate.ts), never sync().
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE companies (
      id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,40}$'),
      name text NOT NULL,
      solution_type text NOT NULL CHECK (solution_type IN ('standard', 'enterprise')),
      first_training_day date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE agreements (
      id serial PRIMARY KEY,
      company_id text NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('udvidet', 'basis', 'faktureret')),
      valid_from date NOT NULL,
      valid_to date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    );
    CREATE INDEX agreements_company ON agreements (company_id, valid_from);

    CREATE TABLE people (
      id serial PRIMARY KEY,
      email text NOT NULL,
      first_name text NOT NULL,
      last_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('contact', 'approver', 'agent', 'manager')),
      company_id text REFERENCES companies(id),
      can_approve boolean NOT NULL DEFAULT false,
      password_hash text,
      locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
      active boolean NOT NULL DEFAULT true,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((role IN ('contact', 'approver')) = (company_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX people_email ON people (lower(email));
    CREATE INDEX people_company ON people (company_id, role);

    CREATE TABLE person_tokens (
      id serial PRIMARY KEY,
      person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('invite', 'reset', 'api')),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE sessions (
      sid varchar NOT NULL PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    );
    CREATE INDEX sessions_expire ON sessions (expire);

    CREATE SEQUENCE case_number_seq START 1001;

    CREATE TABLE cases (
      number integer PRIMARY KEY,
      workflow_id text NOT NULL UNIQUE,
      type text NOT NULL,
      status text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('portal', 'mail', 'phone')),
      company_id text NOT NULL REFERENCES companies(id),
      contact_id integer NOT NULL REFERENCES people(id),
      registered_by_id integer REFERENCES people(id),
      owner_id integer REFERENCES people(id),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      fields jsonb NOT NULL DEFAULT '{}',
      received_at timestamptz NOT NULL,
      response_due_at timestamptz,
      responded_at timestamptz,
      sla_warned boolean NOT NULL DEFAULT false,
      sla_breached boolean NOT NULL DEFAULT false,
      waiting_on text,
      billable boolean NOT NULL DEFAULT false,
      coverage jsonb,
      logged_minutes integer NOT NULL DEFAULT 0,
      next_deadline_kind text,
      next_deadline_at timestamptz,
      view jsonb,
      split_from integer REFERENCES cases(number),
      split_index integer,
      closed_at timestamptz,
      version integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (split_from, split_index)
    );
    CREATE INDEX cases_queue ON cases (status, response_due_at NULLS LAST, received_at);
    CREATE INDEX cases_company ON cases (company_id, status, received_at DESC);
    CREATE INDEX cases_breached ON cases (sla_breached) WHERE sla_breached;
    CREATE INDEX cases_owner ON cases (owner_id);

    CREATE TABLE case_events (
      id bigserial PRIMARY KEY,
      workflow_id text NOT NULL,
      seq integer NOT NULL,
      case_number integer NOT NULL REFERENCES cases(number),
      kind text NOT NULL,
      actor_id integer REFERENCES people(id),
      actor_name text,
      actor_role text,
      text text,
      visibility text NOT NULL CHECK (visibility IN ('customer', 'internal')),
      data jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL,
      UNIQUE (workflow_id, seq)
    );
    CREATE INDEX case_events_case ON case_events (case_number, occurred_at);

    CREATE TABLE case_messages (
      id bigserial PRIMARY KEY,
      case_number integer NOT NULL REFERENCES cases(number),
      author_id integer NOT NULL REFERENCES people(id),
      body text NOT NULL,
      internal boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX case_messages_case ON case_messages (case_number, created_at);

    CREATE TABLE attachments (
      id bigserial PRIMARY KEY,
      case_number integer NOT NULL REFERENCES cases(number),
      uploaded_by_id integer REFERENCES people(id),
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      data bytea NOT NULL,
      internal boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX attachments_case ON attachments (case_number);

    CREATE TABLE billing_lines (
      id bigserial PRIMARY KEY,
      case_number integer NOT NULL REFERENCES cases(number),
      line_no integer NOT NULL,
      company_id text NOT NULL REFERENCES companies(id),
      kind text NOT NULL,
      minutes integer NOT NULL,
      amount_ore bigint NOT NULL,
      text text NOT NULL,
      billed_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_number, line_no)
    );
    CREATE INDEX billing_lines_month ON billing_lines (company_id, billed_on);

    CREATE TABLE notifications (
      id bigserial PRIMARY KEY,
      dedupe_key text NOT NULL UNIQUE,
      person_id integer REFERENCES people(id),
      email text NOT NULL,
      locale text NOT NULL DEFAULT 'da',
      template text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      case_number integer REFERENCES cases(number),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_unsent ON notifications (created_at) WHERE sent_at IS NULL;

    CREATE TABLE intake_rejections (
      id bigserial PRIMARY KEY,
      channel text NOT NULL,
      sender text NOT NULL,
      subject text,
      reason text NOT NULL,
      company_id text REFERENCES companies(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TABLE IF EXISTS intake_rejections, notifications, billing_lines, attachments, case_messages, case_events, cases,
      sessions, person_tokens, people, agreements, companies CASCADE;
    DROP SEQUENCE IF EXISTS case_number_seq;
  `);
};
