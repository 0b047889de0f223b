// Self-help, reuse and announcements (issue 19, SPEC §8): what readers did with articles (views,
// "did this answer your question?", deflections — "this solved it" instead of a new request — and
// suggestions opened before filing anyway), the searches that found nothing (content gaps), the
// desk's canned responses, and the desk's announcements to support contacts and price approvers with
// who has read each one.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE help_events (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('view', 'helpful', 'not_helpful', 'deflected', 'opened', 'filed_anyway')),
      article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      person_id integer REFERENCES people(id),
      company_id text REFERENCES companies(id),
      query text CHECK (query IS NULL OR length(query) <= 500),
      comment text CHECK (comment IS NULL OR length(comment) <= 2000),
      case_number integer REFERENCES cases(number),
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX help_events_at ON help_events (at, kind) INCLUDE (article_id);
    CREATE INDEX help_events_article ON help_events (article_id, kind);
    -- One answer per reader and article to "did this answer your question?" (a later answer replaces it).
    CREATE UNIQUE INDEX help_events_feedback ON help_events (article_id, person_id) WHERE kind IN ('helpful', 'not_helpful');

    -- Searches and suggestions that found nothing (content gaps), the query normalised (lower case, single spaces).
    CREATE TABLE help_searches (
      id bigserial PRIMARY KEY,
      query text NOT NULL CHECK (length(query) BETWEEN 1 AND 200),
      source text NOT NULL CHECK (source IN ('help', 'suggest', 'api')),
      person_id integer REFERENCES people(id),
      company_id text REFERENCES companies(id),
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX help_searches_at ON help_searches (at);
    CREATE INDEX help_searches_person ON help_searches (person_id, at);

    CREATE TABLE canned_responses (
      id serial PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      text_da text NOT NULL CHECK (length(text_da) BETWEEN 1 AND 10000),
      text_en text CHECK (text_en IS NULL OR length(text_en) BETWEEN 1 AND 10000),
      shared boolean NOT NULL DEFAULT false,
      owner_id integer NOT NULL REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX canned_responses_owner ON canned_responses (owner_id);

    CREATE TABLE announcements (
      id serial PRIMARY KEY,
      title_da text NOT NULL CHECK (length(title_da) BETWEEN 1 AND 200),
      title_en text CHECK (title_en IS NULL OR length(title_en) BETWEEN 1 AND 200),
      body_da text NOT NULL CHECK (length(body_da) BETWEEN 1 AND 20000),
      body_en text CHECK (body_en IS NULL OR length(body_en) BETWEEN 1 AND 20000),
      important boolean NOT NULL DEFAULT false,
      all_companies boolean NOT NULL,
      created_by_id integer NOT NULL REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE announcement_companies (
      announcement_id integer NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
      company_id text NOT NULL REFERENCES companies(id),
      PRIMARY KEY (announcement_id, company_id)
    );
    -- Who it went to (the active support contacts and price approvers of its companies when it was sent).
    CREATE TABLE announcement_recipients (
      announcement_id integer NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
      person_id integer NOT NULL REFERENCES people(id),
      company_id text NOT NULL REFERENCES companies(id),
      read_at timestamptz,
      reminders integer NOT NULL DEFAULT 0,
      last_reminded_at timestamptz,
      PRIMARY KEY (announcement_id, person_id)
    );
    CREATE INDEX announcement_recipients_person ON announcement_recipients (person_id, announcement_id);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TABLE IF EXISTS announcement_recipients, announcement_companies, announcements, canned_responses, help_searches, help_events;
  `);
};
