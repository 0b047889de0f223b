// Searching the help centre and suggesting articles while a contact writes a request (SPEC §8): the
// published articles the reader may read (a contact: public ones and their company's; staff: also
// internal ones), best first, each with its title and a snippet in the reader's language. A search by
// a support contact that finds nothing is kept as a content gap.
import { QueryTypes } from 'sequelize';
import type { Locale } from '../../domain/types.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { segmentsOf, type Segment } from '../cases/search/search.js';
import { HEADLINE, QUESTION_WORDS, SUGGEST_SQL } from './search-sql.js';

export interface Suggestion {
  id: number;
  title: string;
  /** The matching text with the matched words marked. */
  snippet: Segment[];
  rank: number;
}

export type SearchSource = 'help' | 'suggest' | 'api';

/** Results ranked below this share of the best one are not shown. */
export const MIN_SHARE_OF_BEST = 0.2;

/** A query as kept and compared: trimmed, lower case, single spaces, at most 200 characters. */
export const normalisedQuery = (q: string) => q.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);

/** Suggestions for what was typed; an empty or one-letter query suggests nothing. */
export async function suggestArticles(
  s: Services,
  person: Pick<Person, 'id' | 'role' | 'companyId' | 'locale'>,
  q: string,
  opts: { limit?: number; source?: SearchSource; locale?: Locale; keepGaps?: boolean } = {},
): Promise<Suggestion[]> {
  const typed = normalisedQuery(q);
  if (typed.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
  const rows = await s.db.sequelize.query<{ id: number; title: string; snippet: string; rank: number }>(SUGGEST_SQL, {
    type: QueryTypes.SELECT,
    replacements: {
      q: typed,
      lang: opts.locale ?? person.locale,
      company: person.companyId ?? '',
      staff: isStaff(person),
      limit: opts.limit ?? 3,
      stop: QUESTION_WORDS,
      headline: HEADLINE,
    },
  });
  if (rows.length === 0 && person.role === 'contact' && opts.keepGaps !== false) await keepGap(s, person, typed, opts.source ?? 'suggest');
  // A suggestion far below the best one is noise (a shared common word): it is left out.
  const best = rows.length ? Number(rows[0]!.rank) : 0;
  return rows
    .filter((r) => Number(r.rank) >= best * MIN_SHARE_OF_BEST)
    .map((r) => ({ id: r.id, title: r.title, snippet: segmentsOf(r.snippet ?? ''), rank: Number(r.rank) }));
}

/**
 * Keeps a query that found nothing. A contact typing builds a query up letter by letter: a later query
 * that extends an earlier one (within ten minutes) replaces it, so a gap is kept once, as finally typed.
 */
async function keepGap(s: Services, person: Pick<Person, 'id' | 'companyId'>, query: string, source: SearchSource): Promise<void> {
  if (query.length < 3) return;
  const at = new Date(s.now());
  await s.db.sequelize.query(
    `WITH earlier AS (
       DELETE FROM help_searches WHERE person_id = :person AND at > :since AND starts_with(:query, query) AND query <> :query RETURNING 1)
     INSERT INTO help_searches (query, source, person_id, company_id, at)
     SELECT :query, :source, :person, :company, :at
      WHERE NOT EXISTS (SELECT 1 FROM help_searches WHERE person_id = :person AND at > :since AND starts_with(query, :query))`,
    { replacements: { person: person.id, company: person.companyId, query, source, at, since: new Date(s.now() - 10 * 60_000) } },
  );
}
