// A long case's search documents are brought up to date in the background (issue 24). Each new text on a
// case was merged into its two search documents as it was written (migration 0031): a merge reads and
// rewrites the whole document, so on a case with thousands of entries every reply or note cost several
// times what it costs on a fresh case (measured: 23–41 ms against 3–10 ms per transition at 5 000
// replies). Now a document that has grown past LARGE_DOC_BYTES is only marked `stale` when a text is
// added; the worker rebuilds stale documents from their sources every few seconds
// (worker/search-sweeper.ts, services/cases/search/stale-docs.ts). A case's first texts are searchable
// at once, as before; on a long case a new text is found within seconds.
import type { Migration } from '../migrate.js';

/** Above this size (bytes) a document is rebuilt in the background instead of merged into per text. */
const LARGE_DOC_BYTES = 16_000;
/** Above this size a document stops growing by merges (migration 0031). */
const MAX_DOC_BYTES = 400_000;

const onText = (large: boolean) => `
    CREATE OR REPLACE FUNCTION case_search_on_text() RETURNS trigger
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
        ${
          large
            ? `-- A long case: mark it for the background rebuild (once), instead of rewriting its documents.
        UPDATE case_search SET stale = true
        WHERE case_number = NEW.case_number AND NOT stale AND pg_column_size(staff_doc) >= ${LARGE_DOC_BYTES};
        IF FOUND OR EXISTS (SELECT 1 FROM case_search WHERE case_number = NEW.case_number AND stale) THEN RETURN NULL; END IF;`
            : ''
        }
        terms := case_search_vector(body, weight);
        UPDATE case_search SET
          staff_doc = CASE WHEN pg_column_size(staff_doc) < ${MAX_DOC_BYTES} THEN staff_doc || terms ELSE staff_doc END,
          customer_doc = CASE WHEN NOT internal AND pg_column_size(customer_doc) < ${MAX_DOC_BYTES} THEN customer_doc || terms ELSE customer_doc END
        WHERE case_number = NEW.case_number;
        RETURN NULL;
      END $$;`;

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    ALTER TABLE case_search ADD COLUMN stale boolean NOT NULL DEFAULT false;
    CREATE INDEX case_search_stale ON case_search (case_number) WHERE stale;
    ${onText(true)}
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    ${onText(false)}
    DROP INDEX IF EXISTS case_search_stale;
    ALTER TABLE case_search DROP COLUMN IF EXISTS stale;
  `);
};
