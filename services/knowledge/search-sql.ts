// The help centre's search as one SQL statement (SPEC §8): the typed words, each corrected to the
// nearest word of the published articles when it is in none of them (pg_trgm finds the candidates, at
// most one letter wrong or missing — two in long words — by Levenshtein distance), OR-ed as a text
// query in Danish and English (the case search's configurations). The candidates are the articles holding
// a term that tells articles apart (in at most a tenth of them: a word in every fourth article would make
// thousands of candidates to rank; of those, the newest 500), and those whose titles hold what was typed
// (trigram word similarity);
// they are ranked by every term (title above body, more of the words above fewer), the best twenty then
// also by their titles' likeness to what was typed, and the best few given in the reader's language with
// a snippet of the matching text.

/** Question words that say nothing about which article is meant (the languages' own stop words are dropped too). */
export const QUESTION_WORDS = [
  'hvordan',
  'hvorfor',
  'hvornår',
  'hvad',
  'hvilke',
  'hvilken',
  'kan',
  'kunne',
  'får',
  'gør',
  'jeg',
  'vi',
  'vores',
  'min',
  'mit',
  'mine',
  'man',
  'ikke',
  'skal',
  'bliver',
  'virker',
  'hjælp',
  'how',
  'why',
  'what',
  'when',
  'which',
  'can',
  'could',
  'do',
  'does',
  'my',
  'our',
  'we',
  'get',
  'help',
  'please',
  'is',
  'are',
  'the',
  'not',
];

const START = '\u0002';
const STOP = '\u0003';
export const MARKS = { start: START, stop: STOP };

/**
 * Replacements: q (typed text), lang ('da' | 'en'), company (the reader's company or ''), staff (boolean),
 * limit, stop (QUESTION_WORDS), headline (ts_headline options).
 */
export const SUGGEST_SQL = `
WITH typed AS (
  SELECT DISTINCT w FROM regexp_split_to_table(lower(left(:q, 200)), '[^[:alpha:][:digit:]]+') AS w
   WHERE length(w) >= 2 AND w <> ALL (ARRAY[:stop]::text[]) LIMIT 16
), words AS (
  SELECT knowledge_nearest_word(t.w) AS word FROM typed t
), parts AS (
  SELECT plainto_tsquery('danish', word) AS part FROM words UNION SELECT plainto_tsquery('english', word) FROM words
), query AS (
  SELECT coalesce(CAST(NULLIF(string_agg('(' || part::text || ')', ' | '), '') AS tsquery), CAST('' AS tsquery)) AS q,
         lower(left(:q, 200)) AS typed
    FROM parts WHERE numnode(part) > 0
), terms AS (
  -- Each search term with the number of published articles holding it.
  -- (Looked up term by term through the key: a join would read the whole table of terms.)
  SELECT x.l, coalesce((SELECT t.articles FROM knowledge_terms t WHERE t.lexeme = x.l), 0) AS df
    FROM (SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('danish', word) || to_tsvector('english', word))) AS l FROM words) x
), picking AS (
  -- The terms that pick the candidates: those in at most a tenth of the articles (at least 10), else the rarest.
  SELECT coalesce(CAST(NULLIF(string_agg(quote_literal(l), ' | '), '') AS tsquery), CAST('' AS tsquery)) AS q
    FROM terms, (SELECT greatest(articles, 1) AS n FROM knowledge_terms WHERE lexeme = '') total
   WHERE df > 0 AND (df <= greatest(total.n / 10, 10) OR df = (SELECT min(df) FROM terms WHERE df > 0))
), candidates AS (
  -- At most the newest 500 matches are ranked (as case search ranks its newest 250): ranking reads each one.
  (SELECT a.id FROM articles a, picking WHERE a.status = 'published' AND a.search_doc @@ picking.q ORDER BY a.published_at DESC, a.id DESC LIMIT 500)
  -- Both titles through one trigram index (migration 0095): what holds a title's words also holds them
  -- next to the other title's, so the index gives every article either title matches, and more, which the
  -- title-by-title test then leaves out.
  UNION SELECT a.id FROM articles a, query
   WHERE a.status = 'published' AND query.typed <% lower(a.title_da || ' ' || coalesce(a.title_en, ''))
     AND (query.typed <% lower(a.title_da) OR query.typed <% lower(a.title_en))
), scored AS (
  -- Ranked by every term; the best few then also by how much of what was typed their titles hold.
  SELECT a.id, a.title_da, a.title_en, a.body_da, a.body_en, ts_rank(a.search_doc, query.q, 1) AS text_rank
    FROM candidates c JOIN articles a ON a.id = c.id CROSS JOIN query
   WHERE a.status = 'published' AND (a.audience = 'public' OR (a.audience = 'company' AND a.company_id = :company) OR :staff)
   ORDER BY text_rank DESC, a.id
   LIMIT 20
), ranked AS (
  SELECT s.*, s.text_rank + 0.2 * greatest(word_similarity(query.typed, lower(s.title_da)), word_similarity(query.typed, lower(coalesce(s.title_en, '')))) AS rank
    FROM scored s CROSS JOIN query
   ORDER BY rank DESC, s.id
   LIMIT :limit
)
SELECT r.id, r.rank,
       CASE WHEN :lang = 'en' AND r.title_en IS NOT NULL THEN r.title_en ELSE r.title_da END AS title,
       ts_headline(CASE WHEN :lang = 'en' AND r.body_en IS NOT NULL THEN 'english' ELSE 'danish' END::regconfig,
                   knowledge_plain(CASE WHEN :lang = 'en' AND r.body_en IS NOT NULL THEN r.body_en ELSE r.body_da END), query.q, :headline) AS snippet
  FROM ranked r CROSS JOIN query
 ORDER BY r.rank DESC, r.id`;

export const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
