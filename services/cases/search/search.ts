// Full-text search over cases (issue 11 item 4), on PostgreSQL's text search (migration 0031):
// every text is indexed in Danish and in English, a query matches in either language, results are
// ranked (title above description above messages above file names), and each hit carries a snippet
// of the text that matched with the matching words marked. Customers search what they can see —
// their company's cases, without internal notes or file names; desk staff search everything.
// Snippets come back as plain-text segments (marked or not), so pages escape them like any text.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { isStaff } from '../../people/people.js';

/** Which document a person searches: staff everything, contacts the customer-visible texts, price approvers only titles. */
export type SearchAudience = 'staff' | 'customer';

export function searchAudience(person: Pick<Person, 'role'>): SearchAudience | null {
  if (isStaff(person)) return 'staff';
  return person.role === 'contact' ? 'customer' : null;
}

const DOC: Record<SearchAudience, string> = { staff: 'staff_doc', customer: 'customer_doc' };

/** `#1042` (or `1042`) as a case number, else null. */
export function caseNumberOf(q: string): number | null {
  const m = /^#?\s*(\d{1,9})$/.exec(q.trim());
  return m ? Number(m[1]) : null;
}

/** `#1042` typed into a search box means "open case 1042". */
export function jumpTarget(q: string | undefined): number | null {
  return q && /^#\s*\d{1,9}$/.test(q.trim()) ? caseNumberOf(q) : null;
}

/** Where a snippet was found. */
export type SnippetSource = 'description' | 'message' | 'note' | 'timeline' | 'internal' | 'attachment';

export interface Segment {
  text: string;
  /** A word that matched the search. */
  hit: boolean;
}

export interface SearchHit {
  /** PostgreSQL's ts_rank of the case's document (higher is better). */
  rank: number;
  /** The case title with the matching words marked. */
  title: Segment[];
  /** The first text besides the title that matches (description, then the newest message, then a file name), marked; null when only the title matched. */
  snippet: Segment[] | null;
  source: SnippetSource | null;
}

const START = '\u0002';
const STOP = '\u0003';
/** Between a snippet's source and its text inside the query. */
const SEPARATOR = '\u0001';

/** ts_headline's output (matches between START and STOP) as segments. */
export function segmentsOf(marked: string): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, hit: boolean) => {
    if (text) out.push({ text, hit });
  };
  let rest = marked;
  for (;;) {
    const start = rest.indexOf(START);
    if (start < 0) break;
    const stop = rest.indexOf(STOP, start + 1);
    if (stop < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  push(rest.replaceAll(START, '').replaceAll(STOP, ''), false);
  return out;
}

/** The segments as plain text with the matches marked by `mark` (e.g. '**'), for the API. */
export function markedText(segments: Segment[], mark = ''): string {
  return segments.map((s) => (s.hit ? `${mark}${s.text}${mark}` : s.text)).join('');
}

const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;

/** How ties in rank are listed: the desk queue's SLA order, or newest first. */
const TIE_ORDER = {
  queue: 'response_due_at ASC NULLS LAST, received_at ASC, number ASC',
  newest: 'received_at DESC, number DESC',
} as const;

export interface RankedPage {
  /** The page's case numbers, best match first. */
  numbers: number[];
  hits: Map<number, SearchHit>;
}

interface HitRow {
  number: number;
  rank: number;
  title: string;
  source: SnippetSource | null;
  snippet: string | null;
}

/**
 * Ranks the candidates (ts_rank of each case's document; a typed case number first, ties in list
 * order) and gives one page of them with the marked title and a matching snippet — one query.
 */
export async function rankPage(
  s: Services,
  audience: SearchAudience,
  q: string,
  candidates: number[],
  opts: { order: keyof typeof TIE_ORDER; number: number | null; limit: number; offset: number },
): Promise<RankedPage> {
  if (candidates.length === 0) return { numbers: [], hits: new Map() };
  const rows = await s.db.sequelize.query<HitRow>(
    `WITH scored AS (
       SELECT c.number, c.title, c.description, c.response_due_at, c.received_at, ts_rank(d.${DOC[audience]}, case_search_query(:q)) AS rank
         FROM unnest(ARRAY[:candidates]::integer[]) AS n(number)
         JOIN cases c ON c.number = n.number
         JOIN case_search d ON d.case_number = n.number
     ), ranked AS (
       SELECT number, title, description, rank,
              row_number() OVER (ORDER BY coalesce(number = :n, false) DESC, rank DESC, ${TIE_ORDER[opts.order]}) AS position
         FROM scored
        ORDER BY position
        LIMIT :limit OFFSET :offset
     ), q AS (
       SELECT case_search_query(:q) AS query, websearch_to_tsquery('danish', :q) AS qd, websearch_to_tsquery('english', :q) AS qe
     ), found AS (
       -- The first matching text besides the title, as 'source<SEP>text': the description, else the newest
       -- matching message, else a file name. COALESCE stops at the first hit, so a case whose description
       -- matches (most of them) costs no look at its messages.
       SELECT r.number, r.rank, r.title, r.position, COALESCE(
                CASE WHEN case_search_vector(r.description, 'C') @@ q.query THEN 'description' || :sep || r.description END,
                (SELECT x.source || :sep || x.body FROM (
                   SELECT u.source, u.body FROM (
                     SELECT CASE WHEN e.visibility = 'customer' THEN 'timeline' ELSE 'internal' END AS source, e.text AS body, e.occurred_at AS at
                       FROM case_events e WHERE e.case_number = r.number AND e.text <> '' AND (:staff OR e.visibility = 'customer')
                     UNION ALL
                     SELECT CASE WHEN m.internal THEN 'note' ELSE 'message' END, m.body, m.created_at
                       FROM case_messages m WHERE m.case_number = r.number AND (:staff OR NOT m.internal)
                   ) u ORDER BY u.at DESC OFFSET 0
                 ) x WHERE case_search_vector(x.body, 'C') @@ q.query LIMIT 1),
                (SELECT 'attachment' || :sep || a.filename FROM attachments a
                  WHERE :staff AND a.case_number = r.number AND case_search_vector(case_search_file_text(a.filename), 'D') @@ q.query ORDER BY a.id LIMIT 1)
              ) AS best
         FROM ranked r CROSS JOIN q
     )
     SELECT f.number, f.rank, split_part(f.best, :sep, 1) AS source,
            CASE WHEN to_tsvector('danish', f.title) @@ q.qd THEN ts_headline('danish', translate(f.title, :marks, ''), q.qd, :titleOptions)
                 ELSE ts_headline('english', translate(f.title, :marks, ''), q.qe, :titleOptions) END AS title,
            CASE WHEN f.best IS NULL THEN NULL
                 WHEN to_tsvector('danish', f.body) @@ q.qd THEN ts_headline('danish', f.body, q.qd, :options)
                 ELSE ts_headline('english', f.body, q.qe, :options) END AS snippet
       FROM (SELECT found.*, translate(substr(best, strpos(best, :sep) + 1), :marks, '') AS body FROM found) f
       CROSS JOIN q
      ORDER BY f.position`,
    {
      type: QueryTypes.SELECT,
      replacements: {
        q,
        n: opts.number,
        candidates,
        limit: opts.limit,
        offset: opts.offset,
        staff: audience === 'staff',
        marks: START + STOP,
        sep: SEPARATOR,
        options: HEADLINE,
        titleOptions: TITLE_HEADLINE,
      },
    },
  );
  return {
    numbers: rows.map((r) => r.number),
    hits: new Map(
      rows.map((r) => [
        r.number,
        { rank: Number(r.rank), title: segmentsOf(r.title), snippet: r.snippet === null ? null : segmentsOf(r.snippet), source: r.source },
      ]),
    ),
  };
}
