// Support-contact competence (SPEC §6): the desk's recommendations to a company (upskilling, replacing
// or adding a support contact), each with the figures it was based on, shown on the company's pages
// and as a notice in the portal until each recipient dismisses it; and the indexes the competence
// figures read (a company's cases by receipt, split cases, support-contact orders by e-mail, and the
// timeline kinds the figures count).
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE TABLE contact_recommendations (
      id bigserial PRIMARY KEY,
      company_id text NOT NULL REFERENCES companies(id),
      kind text NOT NULL CHECK (kind IN ('upskilling', 'replacement', 'extra_contact')),
      contact_id integer REFERENCES people(id),
      message text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
      period_from date NOT NULL,
      period_to date NOT NULL,
      figures jsonb,
      created_by_id integer NOT NULL REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'extra_contact') OR contact_id IS NOT NULL),
      CHECK (period_to >= period_from)
    );
    CREATE INDEX contact_recommendations_company ON contact_recommendations (company_id, created_at DESC);

    CREATE TABLE recommendation_dismissals (
      recommendation_id bigint NOT NULL REFERENCES contact_recommendations(id) ON DELETE CASCADE,
      person_id integer NOT NULL REFERENCES people(id),
      dismissed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (person_id, recommendation_id)
    );

    CREATE INDEX cases_company_received ON cases (company_id, received_at) INCLUDE (contact_id, number);
    CREATE INDEX cases_split_children ON cases (split_from) WHERE split_from IS NOT NULL;
    CREATE INDEX cases_contact_orders ON cases (company_id, lower(fields->>'email')) WHERE type = 'contact_order';
    CREATE INDEX case_events_competence ON case_events (occurred_at, case_number)
      WHERE kind IN ('offer-training', 'accept-training', 'reclassify', 'mark-not-understood', 'return-question', 'deliver');
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP INDEX IF EXISTS cases_company_received, cases_split_children, cases_contact_orders, case_events_competence;
    DROP TABLE IF EXISTS recommendation_dismissals, contact_recommendations;
  `);
};
