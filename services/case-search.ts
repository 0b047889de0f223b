// Full-text search over cases (issue 11 item 4), on PostgreSQL's text search (migration 0031):
// every text is indexed in Danish and in English, a query matches in either language, results are
// ranked (title above description above messages above file names), and each hit carries a snippet
// of the text that matched with the matching words marked. Customers search what they can see —
// their company's cases, without internal notes or file names; desk staff search everything.
// Snippets come back as plain-text segments (marked or not), so pages escape them like any text.
import { QueryTypes, literal, type WhereOptions } from 'sequelize';
import type { Person } from '../db/models/person.js';
import type { CaseRecord } from '../db/models/case-record.js';
import type { Services } from './context.js';
import { isStaff } from './people.js';

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
  /** The best-matching text besides the title, with the matching words marked; null when only the title matched. */
  snippet: Segment[] | null;
  source: SnippetSource | null;
}

const START = '\u0002';
const STOP = '\u0003';

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

/** The condition (on the list's CaseRecord) that the case's document matches `q`. */
export function matchCondition(s: Services, audience: SearchAudience, q: string): WhereOptions<CaseRecord> {
  const query = s.db.sequelize.escape(q);
  return literal(`"CaseRecord"."number" IN (SELECT case_number FROM case_search WHERE ${DOC[audience]} @@ case_search_query(${query}))`);
}

/** The ORDER BY term ranking matches best first. */
export function rankOrder(s: Services, audience: SearchAudience, q: string) {
  const query = s.db.sequelize.escape(q);
  return literal(`(SELECT ts_rank(d.${DOC[audience]}, case_search_query(${query})) FROM case_search d WHERE d.case_number = "CaseRecord"."number") DESC`);
}

const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;

interface HitRow {
  number: number;
  rank: number;
  title: string;
  source: SnippetSource | null;
  snippet: string | null;
}

/** The rank, marked title and best snippet of each listed case (one query for the whole page). */
export async function searchHits(s: Services, audience: SearchAudience, q: string, numbers: number[]): Promise<Map<number, SearchHit>> {
  if (numbers.length === 0) return new Map();
  const rows = await s.db.sequelize.query<HitRow>(
    `WITH q AS (
       SELECT case_search_query(:q) AS query, websearch_to_tsquery('danish', :q) AS qd, websearch_to_tsquery('english', :q) AS qe
     )
     SELECT c.number, ts_rank(d.${DOC[audience]}, q.query) AS rank, best.source,
            CASE WHEN to_tsvector('danish', c.title) @@ q.qd THEN ts_headline('danish', translate(c.title, :marks, ''), q.qd, :titleOptions)
                 ELSE ts_headline('english', translate(c.title, :marks, ''), q.qe, :titleOptions) END AS title,
            CASE WHEN best.body IS NULL THEN NULL
                 WHEN to_tsvector('danish', best.body) @@ q.qd THEN ts_headline('danish', best.body, q.qd, :options)
                 ELSE ts_headline('english', best.body, q.qe, :options) END AS snippet
       FROM unnest(ARRAY[:numbers]::integer[]) AS n(number)
       JOIN cases c ON c.number = n.number
       JOIN case_search d ON d.case_number = c.number
       CROSS JOIN q
       LEFT JOIN LATERAL (
         SELECT p.source, translate(p.body, :marks, '') AS body FROM (
           SELECT 'description' AS source, c.description AS body, c.description AS searched, 0 AS ord
           UNION ALL
           SELECT CASE WHEN e.visibility = 'customer' THEN 'timeline' ELSE 'internal' END, e.text, e.text, 1
             FROM case_events e WHERE e.case_number = c.number AND e.text <> '' AND (:staff OR e.visibility = 'customer')
           UNION ALL
           SELECT CASE WHEN m.internal THEN 'note' ELSE 'message' END, m.body, m.body, 1
             FROM case_messages m WHERE m.case_number = c.number AND (:staff OR NOT m.internal)
           UNION ALL
           SELECT 'attachment', a.filename, case_search_file_text(a.filename), 2
             FROM attachments a WHERE :staff AND a.case_number = c.number
         ) p
         WHERE case_search_vector(p.searched, 'C') @@ q.query
         ORDER BY ts_rank(case_search_vector(p.searched, 'C'), q.query) DESC, p.ord
         LIMIT 1
       ) best ON true`,
    {
      type: QueryTypes.SELECT,
      replacements: { q, numbers, staff: audience === 'staff', marks: START + STOP, options: HEADLINE, titleOptions: TITLE_HEADLINE },
    },
  );
  return new Map(
    rows.map((r) => [
      r.number,
      { rank: Number(r.rank), title: segmentsOf(r.title), snippet: r.snippet === null ? null : segmentsOf(r.snippet), source: r.source },
    ]),
  );
}
