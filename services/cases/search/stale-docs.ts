// Brings long cases' search documents up to date (migration 0072): a case whose documents have grown
// large is only marked stale when a text is added to it, and is rebuilt here from its sources. A case
// whose documents cannot be rebuilt (a tsvector's 1 MB limit) is left as it was and not tried again until
// its next text.
import { QueryTypes } from 'sequelize';
import type { Services } from '../../context.js';

/** Rebuilds up to `limit` stale cases' documents; returns the case numbers rebuilt. */
export async function refreshStaleSearchDocs(s: Services, limit = 20): Promise<number[]> {
  const rows = await s.db.sequelize.query<{ n: number }>('SELECT case_number AS n FROM case_search WHERE stale ORDER BY case_number LIMIT :limit', {
    type: QueryTypes.SELECT,
    replacements: { limit },
  });
  const done: number[] = [];
  for (const { n } of rows) {
    try {
      // Unmarked first, in a statement of its own: a text added from here on marks the case again, so none
      // is missed; the rebuild then reads the sources, and holds the row only while it writes it.
      await s.db.sequelize.query('UPDATE case_search SET stale = false WHERE case_number = :n', { replacements: { n } });
      await s.db.sequelize.query('SELECT case_search_rebuild(:n)', { replacements: { n } });
      done.push(n);
    } catch (err) {
      s.log.warn({ err, caseNumber: n }, "a case's search documents could not be rebuilt; they keep the texts they had");
      await s.db.sequelize.query('UPDATE case_search SET stale = false WHERE case_number = :n', { replacements: { n } });
    }
  }
  return done;
}
