// Full-text search over cases (issue 11 item 4). One row per case in case_search with two documents:
// what the customer may search (title, description, customer-visible timeline texts and desk
// messages) and what the desk may search (all that plus internal notes and texts, and attachment
// names). Each text is indexed with both the Danish and the English configuration, so a word is
// found by its stem in either language. Triggers keep the documents current whoever writes the
// sources (intake, the workflow's read-model activity, messages, uploads); nothing else writes here.
import type { Migration } from '../migrate.js';

/** Above this size (bytes) a document stops growing: tsvector's hard limit is 1 MB. */
const MAX_DOC_BYTES = 400_000;
/** The statuses a case ends in (domain/case-states.ts TERMINAL_STATUSES when this was written), as SQL. */
const TERMINAL = `'closed', 'withdrawn'`;

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    -- company_id and received_at never change; open follows the case's status (it changes only when a
    -- case closes, is withdrawn or reopens). With them, a search within the usual filters (open or all
    -- cases, one company) reads this table only.
    CREATE TABLE case_search (
      case_number integer PRIMARY KEY REFERENCES cases(number) ON DELETE CASCADE,
      company_id text NOT NULL,
      received_at timestamptz NOT NULL,
      open boolean NOT NULL DEFAULT true,
      customer_doc tsvector NOT NULL DEFAULT ''::tsvector,
      staff_doc tsvector NOT NULL DEFAULT ''::tsvector
    );
    CREATE INDEX case_search_customer ON case_search USING gin (customer_doc);
    CREATE INDEX case_search_staff ON case_search USING gin (staff_doc);
    -- The desk searches its open cases most: their own, five times smaller index.
    CREATE INDEX case_search_staff_open ON case_search USING gin (staff_doc) WHERE open;
    -- No statistics on the documents: with them, the planner reads a frequent word's documents one by
    -- one (each a TOAST fetch) instead of taking the GIN index, which is 10–50× slower at 100 000 cases.
    -- Without them it always takes the index, whose bitmap answers without reading the documents.
    ALTER TABLE case_search ALTER COLUMN customer_doc SET STATISTICS 0, ALTER COLUMN staff_doc SET STATISTICS 0;

    -- A text as search terms in both languages, with a weight (A title, B description, C messages, D file names).
    CREATE FUNCTION case_search_vector(body text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('danish'::regconfig, coalesce(body, '')) || to_tsvector('english'::regconfig, coalesce(body, '')), weight)
      $$;

    -- What a person typed, as a query in either language (web-search syntax: "phrases", or, -not).
    CREATE FUNCTION case_search_query(typed text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT websearch_to_tsquery('danish'::regconfig, typed) || websearch_to_tsquery('english'::regconfig, typed)
      $$;

    -- A file name is searched whole and by its parts ("login-fejl.png" → login, fejl, png).
    CREATE FUNCTION case_search_file_text(filename text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT filename || ' ' || regexp_replace(filename, '[._\\-]+', ' ', 'g')
      $$;

    -- Rebuilds the documents of one case (or of every case when n is null) from all their sources.
    CREATE FUNCTION case_search_rebuild(n integer) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO case_search (case_number, company_id, received_at, open, customer_doc, staff_doc)
        SELECT v.number, v.company_id, v.received_at, v.open, v.customer, v.customer || v.internal FROM (
        SELECT c.number, c.company_id, c.received_at, c.status NOT IN (${TERMINAL}) AS open,
               case_search_vector(c.title, 'A') || case_search_vector(c.description, 'B') || case_search_vector(pub.body, 'C') AS customer,
               case_search_vector(priv.body, 'C') || case_search_vector(files.body, 'D') AS internal
          FROM cases c
          LEFT JOIN LATERAL (
            SELECT string_agg(t, E'\\n') AS body FROM (
              SELECT e.text AS t FROM case_events e WHERE e.case_number = c.number AND e.visibility = 'customer' AND e.text <> ''
              UNION ALL SELECT m.body FROM case_messages m WHERE m.case_number = c.number AND NOT m.internal
            ) x
          ) pub ON true
          LEFT JOIN LATERAL (
            SELECT string_agg(t, E'\\n') AS body FROM (
              SELECT e.text AS t FROM case_events e WHERE e.case_number = c.number AND e.visibility <> 'customer' AND e.text <> ''
              UNION ALL SELECT m.body FROM case_messages m WHERE m.case_number = c.number AND m.internal
            ) x
          ) priv ON true
          LEFT JOIN LATERAL (
            SELECT string_agg(case_search_file_text(a.filename), E'\\n') AS body FROM attachments a WHERE a.case_number = c.number
          ) files ON true
         WHERE n IS NULL OR c.number = n
        OFFSET 0 -- computed once per case, not once per use
        ) v
        ON CONFLICT (case_number) DO UPDATE SET company_id = EXCLUDED.company_id, received_at = EXCLUDED.received_at, open = EXCLUDED.open,
          customer_doc = EXCLUDED.customer_doc, staff_doc = EXCLUDED.staff_doc
      $$;

    CREATE FUNCTION case_search_on_case() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE doc tsvector;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          doc := case_search_vector(NEW.title, 'A') || case_search_vector(NEW.description, 'B');
          INSERT INTO case_search (case_number, company_id, received_at, open, customer_doc, staff_doc)
          VALUES (NEW.number, NEW.company_id, NEW.received_at, NEW.status NOT IN (${TERMINAL}), doc, doc)
          ON CONFLICT (case_number) DO NOTHING;
        ELSIF OLD.title IS NOT DISTINCT FROM NEW.title AND OLD.description IS NOT DISTINCT FROM NEW.description THEN
          UPDATE case_search SET open = NEW.status NOT IN (${TERMINAL}) WHERE case_number = NEW.number;
        ELSE
          PERFORM case_search_rebuild(NEW.number);
        END IF;
        RETURN NULL;
      END $$;

    -- A new text on a case (timeline text, message or note, file name) is added to its documents.
    CREATE FUNCTION case_search_on_text() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        body text;
        internal boolean;
        weight "char" := 'C';
        terms tsvector;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM case_search_rebuild(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_number ELSE NEW.case_number END);
          RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'case_events' THEN
          body := NEW.text;
          internal := NEW.visibility <> 'customer';
        ELSIF TG_TABLE_NAME = 'case_messages' THEN
          body := NEW.body;
          internal := NEW.internal;
        ELSE
          body := case_search_file_text(NEW.filename);
          internal := true;
          weight := 'D';
        END IF;
        IF body IS NULL OR body = '' THEN RETURN NULL; END IF;
        terms := case_search_vector(body, weight);
        UPDATE case_search SET
          staff_doc = CASE WHEN pg_column_size(staff_doc) < ${MAX_DOC_BYTES} THEN staff_doc || terms ELSE staff_doc END,
          customer_doc = CASE WHEN NOT internal AND pg_column_size(customer_doc) < ${MAX_DOC_BYTES} THEN customer_doc || terms ELSE customer_doc END
        WHERE case_number = NEW.case_number;
        RETURN NULL;
      END $$;

    CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_search_on_case();
    CREATE TRIGGER case_search_case_update AFTER UPDATE OF title, description ON cases FOR EACH ROW
      WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description) EXECUTE FUNCTION case_search_on_case();
    CREATE TRIGGER case_search_case_closed AFTER UPDATE OF status ON cases FOR EACH ROW
      WHEN ((OLD.status IN (${TERMINAL})) IS DISTINCT FROM (NEW.status IN (${TERMINAL}))) EXECUTE FUNCTION case_search_on_case();
    CREATE TRIGGER case_search_event_insert AFTER INSERT ON case_events FOR EACH ROW WHEN (NEW.text IS NOT NULL AND NEW.text <> '')
      EXECUTE FUNCTION case_search_on_text();
    CREATE TRIGGER case_search_event_change AFTER UPDATE OF text, visibility OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION case_search_on_text();
    CREATE TRIGGER case_search_message_insert AFTER INSERT ON case_messages FOR EACH ROW EXECUTE FUNCTION case_search_on_text();
    CREATE TRIGGER case_search_message_change AFTER UPDATE OF body, internal OR DELETE ON case_messages FOR EACH ROW EXECUTE FUNCTION case_search_on_text();
    CREATE TRIGGER case_search_attachment_insert AFTER INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION case_search_on_text();
    CREATE TRIGGER case_search_attachment_change AFTER UPDATE OF filename OR DELETE ON attachments FOR EACH ROW EXECUTE FUNCTION case_search_on_text();

    SELECT case_search_rebuild(NULL);
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TRIGGER IF EXISTS case_search_case_insert ON cases;
    DROP TRIGGER IF EXISTS case_search_case_update ON cases;
    DROP TRIGGER IF EXISTS case_search_case_closed ON cases;
    DROP TRIGGER IF EXISTS case_search_event_insert ON case_events;
    DROP TRIGGER IF EXISTS case_search_event_change ON case_events;
    DROP TRIGGER IF EXISTS case_search_message_insert ON case_messages;
    DROP TRIGGER IF EXISTS case_search_message_change ON case_messages;
    DROP TRIGGER IF EXISTS case_search_attachment_insert ON attachments;
    DROP TRIGGER IF EXISTS case_search_attachment_change ON attachments;
    DROP FUNCTION IF EXISTS case_search_on_text(), case_search_on_case(), case_search_rebuild(integer), case_search_file_text(text),
      case_search_query(text), case_search_vector(text, "char");
    DROP TABLE IF EXISTS case_search;
  `);
};
