// The help centre's search at volume (issue 19, the suggestion benchmark's 10 000 articles):
// - one trigram index over both titles of a published article instead of one per title, so a suggestion
//   reads one index for "the titles hold what was typed" (services/knowledge/search-sql.ts); with a whole
//   question typed, each index read cost as much as the rest of the search;
// - knowledge_rebuild(): every article's search document, the word list of the published articles
//   (knowledge_words) and how many published articles hold each term (knowledge_terms), rebuilt in one
//   pass each — what the article triggers (migration 0090) keep row by row — for a bulk load made with the
//   triggers off (the benchmark's seed) or a repair.
import type { Migration } from '../migrate.js';

export const up: Migration = async ({ context: db }) => {
  await db.query(`
    CREATE INDEX articles_titles_trgm ON articles USING gin (lower(title_da || ' ' || coalesce(title_en, '')) gin_trgm_ops) WHERE status = 'published';
    DROP INDEX articles_title_da_trgm, articles_title_en_trgm;

    CREATE FUNCTION knowledge_rebuild() RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- The term counts are rebuilt whole below: their row-by-row trigger stays off meanwhile.
        ALTER TABLE articles DISABLE TRIGGER articles_terms_update;
        UPDATE articles SET search_doc = case_search_vector(title_da, 'A') || case_search_vector(title_en, 'A')
          || case_search_vector(knowledge_plain(body_da), 'B') || case_search_vector(knowledge_plain(body_en), 'B');
        ALTER TABLE articles ENABLE TRIGGER articles_terms_update;

        TRUNCATE knowledge_words;
        INSERT INTO knowledge_words (word)
        SELECT DISTINCT w FROM articles a,
               regexp_split_to_table(lower(concat_ws(' ', a.title_da, a.title_en, knowledge_plain(a.body_da), knowledge_plain(a.body_en))), '[^[:alpha:]]+') AS w
         WHERE a.status = 'published' AND length(w) BETWEEN 3 AND 40;

        TRUNCATE knowledge_terms;
        INSERT INTO knowledge_terms (lexeme, articles)
        SELECT '', count(*) FROM articles WHERE status = 'published'
        UNION ALL
        SELECT l, count(*) FROM articles a, unnest(tsvector_to_array(a.search_doc)) AS l WHERE a.status = 'published' GROUP BY l;
      END $$;
  `);
};

export const down: Migration = async ({ context: db }) => {
  await db.query(`
    DROP FUNCTION IF EXISTS knowledge_rebuild();
    CREATE INDEX IF NOT EXISTS articles_title_da_trgm ON articles USING gin (lower(title_da) gin_trgm_ops) WHERE status = 'published';
    CREATE INDEX IF NOT EXISTS articles_title_en_trgm ON articles USING gin (lower(title_en) gin_trgm_ops) WHERE status = 'published';
    DROP INDEX IF EXISTS articles_titles_trgm;
  `);
};
