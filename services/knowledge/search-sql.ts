// The help centre's search as one SQL statement (SPEC §8): the typed words, each corrected to the
// nearest word of the published articles when it is in none of them (pg_trgm finds the candidates, at
// most one letter wrong or missing — two in long words — by Levenshtein distance), OR-ed as a text
// query in Danish and English (the case search's configurations), matched on the articles' documents
// and on their titles by trigram word similarity, ranked (title above body, more of the words above
// fewer), and the best few given in the reader's language with a snippet of the matching text.

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
), candidates AS (
  SELECT a.id FROM articles a, query WHERE a.status = 'published' AND a.search_doc @@ query.q
  UNION SELECT a.id FROM articles a, query WHERE a.status = 'published' AND query.typed <% lower(a.title_da)
  UNION SELECT a.id FROM articles a, query WHERE a.status = 'published' AND query.typed <% lower(a.title_en)
), ranked AS (
  SELECT a.id, a.title_da, a.title_en, a.body_da, a.body_en,
         ts_rank(a.search_doc, query.q, 1) + 0.2 * greatest(word_similarity(query.typed, lower(a.title_da)), word_similarity(query.typed, lower(coalesce(a.title_en, '')))) AS rank
    FROM candidates c JOIN articles a ON a.id = c.id CROSS JOIN query
   WHERE a.status = 'published' AND (a.audience = 'public' OR (a.audience = 'company' AND a.company_id = :company) OR :staff)
   ORDER BY rank DESC, a.id
   LIMIT :limit
)
SELECT r.id, r.rank,
       CASE WHEN :lang = 'en' AND r.title_en IS NOT NULL THEN r.title_en ELSE r.title_da END AS title,
       ts_headline(CASE WHEN :lang = 'en' AND r.body_en IS NOT NULL THEN 'english' ELSE 'danish' END::regconfig,
                   knowledge_plain(CASE WHEN :lang = 'en' AND r.body_en IS NOT NULL THEN r.body_en ELSE r.body_da END), query.q, :headline) AS snippet
  FROM ranked r CROSS JOIN query
 ORDER BY r.rank DESC, r.id`;

export const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
