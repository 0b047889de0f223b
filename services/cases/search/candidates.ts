// Which cases a full-text search ranks: those matching the words (or the typed case number) within
// the list's filters, newest first, at most SEARCH_CANDIDATES. The usual filters (open or closed,
// one company) are columns of case_search itself, so a frequent word costs one pass over the GIN
// index's matches; the other filters (type, status, breached, mine, unassigned) ask `cases` too.
// A "quoted phrase" cannot be answered from the index alone (every match's document would be read
// to check the word order), so its words pick the candidates and the phrase is checked on those.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import type { CaseFilter } from '../list.js';
import { isStaff } from '../../people/people.js';

/**
 * The search ranks at most this many matching cases — the newest ones passing the list's filters.
 * Ranking reads each ranked case's document, so a word found in most cases would otherwise cost a
 * read of most documents; beyond this the list says "250+" and more words or filters narrow it.
 */
export const SEARCH_CANDIDATES = 250;

export interface Candidates {
  /** Matching case numbers, newest first. */
  numbers: number[];
  /** More cases matched the words than were looked at. */
  capped: boolean;
}

export async function searchCandidates(
  s: Services,
  person: Person,
  f: Pick<CaseFilter, 'status' | 'open' | 'type' | 'company' | 'breached' | 'mine' | 'unassigned'>,
  q: string,
  caseNumber: number | null,
): Promise<Candidates> {
  const staff = isStaff(person);
  const doc = staff ? 'd.staff_doc' : 'd.customer_doc';
  const phrase = q.includes('"');
  const where: string[] = [];
  const onCase: string[] = [];
  const replacements: Record<string, unknown> = { q, words: phrase ? q.replaceAll('"', ' ') : q, n: caseNumber, limit: SEARCH_CANDIDATES };
  const add = (list: string[], sql: string, values: Record<string, unknown> = {}) => {
    list.push(sql);
    Object.assign(replacements, values);
  };
  add(where, `(${doc} @@ case_search_query(:words)${caseNumber === null ? '' : ' OR d.case_number = :n'})`);
  if (!staff) add(where, 'd.company_id = :own', { own: person.companyId });
  if (staff && f.company) add(where, 'd.company_id = :company', { company: f.company });
  if (f.open !== undefined) add(where, f.open ? 'd.open' : 'NOT d.open');
  if (f.status) add(onCase, 'status IN (:status)', { status: f.status });
  if (f.type) add(onCase, 'type IN (:type)', { type: f.type });
  if (f.breached !== undefined) add(onCase, 'sla_breached = :breached', { breached: f.breached });
  if (staff && f.mine) add(onCase, '(owner_id = :me OR registered_by_id = :me)', { me: person.id });
  if (staff && f.unassigned !== undefined) add(onCase, f.unassigned ? 'owner_id IS NULL' : 'owner_id IS NOT NULL');
  if (onCase.length) add(where, `d.case_number IN (SELECT number FROM cases WHERE ${onCase.join(' AND ')})`);
  const newest = `SELECT d.case_number, d.received_at FROM case_search d WHERE ${where.join(' AND ')} ORDER BY d.received_at DESC, d.case_number DESC LIMIT :limit`;
  const rows = await s.db.sequelize.query<{ case_number: number; hit: boolean }>(
    phrase
      ? `SELECT c.case_number, (${doc} @@ case_search_query(:q) OR c.case_number = :n) IS TRUE AS hit
           FROM (${newest}) c JOIN case_search d ON d.case_number = c.case_number
          ORDER BY c.received_at DESC, c.case_number DESC`
      : `SELECT case_number, true AS hit FROM (${newest}) c`,
    { type: QueryTypes.SELECT, replacements },
  );
  return { numbers: rows.filter((r) => r.hit).map((r) => r.case_number), capped: rows.length === SEARCH_CANDIDATES };
}
