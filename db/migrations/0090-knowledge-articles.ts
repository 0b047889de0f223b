// Knowledge articles (issue 19, SPEC §8): a Danish (required) and English (optional) title and body,
// a category, an audience (every contact, one company's contacts, or the desk only), draft →
// published → archived, every version kept; the cases an article came from or answered; its images.
// Search: one document per article in both text-search configurations (the case search's
// case_search_vector, migration 0031), plus pg_trgm for typos — trigram indexes on the titles and a
// word list of the published articles' words, so a word with one letter wrong still finds its article.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

    -- The desk's knowledge settings: one row. four_eyes: a second agent may publish what another wrote.
    CREATE TABLE knowledge_settings (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      four_eyes boolean NOT NULL DEFAULT false,
      updated_by_id integer REFERENCES people(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO knowledge_settings DEFAULT VALUES;

    CREATE TABLE articles (
      id serial PRIMARY KEY,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
      audience text NOT NULL CHECK (audience IN ('public', 'company', 'internal')),
      company_id text REFERENCES companies(id),
      category text CHECK (category IS NULL OR length(category) BETWEEN 1 AND 60),
      title_da text NOT NULL CHECK (length(title_da) BETWEEN 1 AND 200),
      title_en text CHECK (title_en IS NULL OR length(title_en) BETWEEN 1 AND 200),
      body_da text NOT NULL CHECK (length(body_da) BETWEEN 1 AND 20000),
      body_en text CHECK (body_en IS NULL OR length(body_en) BETWEEN 1 AND 20000),
      version integer NOT NULL DEFAULT 1,
      created_by_id integer REFERENCES people(id),
      updated_by_id integer REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      published_by_id integer REFERENCES people(id),
      search_doc tsvector NOT NULL DEFAULT ''::tsvector,
      CHECK ((audience = 'company') = (company_id IS NOT NULL))
    );
    CREATE INDEX articles_search ON articles USING gin (search_doc) WHERE status = 'published';
    CREATE INDEX articles_title_da_trgm ON articles USING gin (lower(title_da) gin_trgm_ops) WHERE status = 'published';
    CREATE INDEX articles_title_en_trgm ON articles USING gin (lower(title_en) gin_trgm_ops) WHERE status = 'published';
    CREATE INDEX articles_listing ON articles (status, audience, company_id, category);
    -- As on case_search: no statistics on the document, so the planner always takes the GIN index.
    ALTER TABLE articles ALTER COLUMN search_doc SET STATISTICS 0;

    -- Every version of an article's content, and every change of its state, with who and when.
    CREATE TABLE article_versions (
      id bigserial PRIMARY KEY,
      article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      version integer NOT NULL,
      action text NOT NULL CHECK (action IN ('created', 'edited', 'restored', 'published', 'archived')),
      changes text[] NOT NULL DEFAULT '{}',
      restored_from integer,
      status text NOT NULL,
      audience text NOT NULL,
      company_id text,
      category text,
      title_da text NOT NULL,
      title_en text,
      body_da text NOT NULL,
      body_en text,
      changed_by_id integer REFERENCES people(id),
      changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX article_versions_article ON article_versions (article_id, id);

    -- The cases an article came from (source) or was sent in (answer: a desk text linking to it).
    CREATE TABLE article_links (
      article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      case_number integer NOT NULL REFERENCES cases(number),
      kind text NOT NULL CHECK (kind IN ('source', 'answer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (article_id, case_number, kind)
    );
    CREATE INDEX article_links_case ON article_links (case_number);

    CREATE TABLE article_images (
      id serial PRIMARY KEY,
      article_id integer NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      data bytea NOT NULL,
      uploaded_by_id integer REFERENCES people(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX article_images_article ON article_images (article_id);

    -- The words of the published articles (lower case, 3–40 letters), for correcting a typed word.
    CREATE TABLE knowledge_words (word text PRIMARY KEY);
    CREATE INDEX knowledge_words_trgm ON knowledge_words USING gin (word gin_trgm_ops);

    -- A typed word as a word of the published articles: itself when some article has it, else the nearest one
    -- at most one letter off (two in words of eight or more letters), else itself. pg_trgm's index finds the
    -- candidates (similarity ≥ 0.25: a word with one letter wrong shares about a third of its trigrams).
    CREATE FUNCTION knowledge_nearest_word(typed text) RETURNS text
      LANGUAGE sql STABLE PARALLEL SAFE SET pg_trgm.similarity_threshold = 0.25 AS $$
        SELECT coalesce(
          (SELECT k.word FROM knowledge_words k WHERE k.word = typed),
          (SELECT k.word FROM knowledge_words k
            WHERE length(typed) >= 4 AND k.word % typed
              AND levenshtein_less_equal(k.word, typed, 2) <= CASE WHEN length(typed) >= 8 THEN 2 ELSE 1 END
            ORDER BY levenshtein(k.word, typed), similarity(k.word, typed) DESC, k.word LIMIT 1),
          typed)
      $$;

    -- Markdown as plain words: without link targets and image references, heading, list and quote marks, emphasis and code marks.
    CREATE FUNCTION knowledge_plain(body text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT regexp_replace(regexp_replace(coalesce(body, ''), '\\]\\([^)]*\\)', '] ', 'g'), '(^|\\n)\\s*(#{1,6}|>|[-*]|\\d+\\.)\\s+|\\*\\*|__|\\*|\`', '\\1', 'g')
      $$;

    CREATE FUNCTION knowledge_document() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_doc := case_search_vector(NEW.title_da, 'A') || case_search_vector(NEW.title_en, 'A')
          || case_search_vector(knowledge_plain(NEW.body_da), 'B') || case_search_vector(knowledge_plain(NEW.body_en), 'B');
        IF NEW.status = 'published' THEN
          INSERT INTO knowledge_words (word)
          SELECT DISTINCT w FROM regexp_split_to_table(lower(concat_ws(' ', NEW.title_da, NEW.title_en, knowledge_plain(NEW.body_da), knowledge_plain(NEW.body_en))),
                                                       '[^[:alpha:]]+') AS w
           WHERE length(w) BETWEEN 3 AND 40
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NEW;
      END $$;
    CREATE TRIGGER articles_document BEFORE INSERT OR UPDATE OF title_da, title_en, body_da, body_en, status ON articles
      FOR EACH ROW EXECUTE FUNCTION knowledge_document();

    -- In how many published articles each search term is (the empty term: how many are published), so a
    -- search picks its candidates by the words that tell articles apart, not by one in every fourth article.
    CREATE TABLE knowledge_terms (lexeme text PRIMARY KEY, articles integer NOT NULL);
    INSERT INTO knowledge_terms VALUES ('', 0);
    CREATE FUNCTION knowledge_count_terms() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'published' THEN
          UPDATE knowledge_terms t SET articles = t.articles - 1
            FROM (SELECT '' AS l UNION ALL SELECT unnest(tsvector_to_array(OLD.search_doc))) x WHERE t.lexeme = x.l;
        END IF;
        IF NEW.status = 'published' THEN
          INSERT INTO knowledge_terms (lexeme, articles)
          SELECT l, 1 FROM (SELECT '' AS l UNION ALL SELECT unnest(tsvector_to_array(NEW.search_doc))) x ORDER BY l
          ON CONFLICT (lexeme) DO UPDATE SET articles = knowledge_terms.articles + 1;
        END IF;
        RETURN NULL;
      END $$;
    CREATE TRIGGER articles_terms_insert AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION knowledge_count_terms();
    CREATE TRIGGER articles_terms_update AFTER UPDATE ON articles FOR EACH ROW
      WHEN (OLD.search_doc IS DISTINCT FROM NEW.search_doc OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION knowledge_count_terms();

    -- A desk text (a message, a plan, a summary) linking to an article records the case as answered by it.
    CREATE FUNCTION knowledge_link_answers() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE body text;
      BEGIN
        -- Each table's own field, in a branch of its own: a record's missing field fails even in an untaken CASE branch.
        IF TG_TABLE_NAME = 'case_messages' THEN body := NEW.body; ELSE body := NEW.text; END IF;
        IF body IS NULL OR position('/help/articles/' IN body) = 0 THEN RETURN NULL; END IF;
        INSERT INTO article_links (article_id, case_number, kind)
        SELECT a.id, NEW.case_number, 'answer' FROM articles a
         WHERE a.id IN (SELECT (m[1])::int FROM regexp_matches(body, '/help/articles/([0-9]{1,9})', 'g') AS m)
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
    CREATE TRIGGER knowledge_event_links AFTER INSERT ON case_events FOR EACH ROW
      WHEN (NEW.text IS NOT NULL AND NEW.kind <> 'article') EXECUTE FUNCTION knowledge_link_answers();
    CREATE TRIGGER knowledge_message_links AFTER INSERT ON case_messages FOR EACH ROW EXECUTE FUNCTION knowledge_link_answers();
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP TRIGGER IF EXISTS knowledge_event_links ON case_events;
    DROP TRIGGER IF EXISTS knowledge_message_links ON case_messages;
    DROP TABLE IF EXISTS knowledge_terms, knowledge_words, article_images, article_links, article_versions, articles, knowledge_settings;
    DROP FUNCTION IF EXISTS knowledge_count_terms(), knowledge_link_answers(), knowledge_document(), knowledge_plain(text), knowledge_nearest_word(text);
  `);
};
