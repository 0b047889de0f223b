// The help centre's figures over a period of desk days (SPEC §8, issue 19 item 7): views of articles by
// support contacts, answers to "did this answer your question?", deflections, and the searches that
// found nothing, most frequent first. Desk managers only.
import { QueryTypes } from 'sequelize';
import { dayAfter, type Period } from '../../domain/competence.js';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { forbidden } from '../errors.js';
import { inPeriod, parsePeriod } from '../insight/competence.js';

export interface HelpStats {
  period: Period;
  views: number;
  helpful: number;
  notHelpful: number;
  deflected: number;
  noResultQueries: { query: string; count: number }[];
}

export async function helpStats(s: Services, person: Person, raw: Record<string, unknown>): Promise<HelpStats> {
  if (person.role !== 'manager') throw forbidden();
  const period = parsePeriod(s, raw);
  const replacements = { from: period.from, until: dayAfter(period.to), zone: s.calendarConfig().timeZone };
  const [[counts], gaps] = await Promise.all([
    s.db.sequelize.query<{ views: number; helpful: number; not_helpful: number; deflected: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'view')::int AS views, count(*) FILTER (WHERE kind = 'helpful')::int AS helpful,
              count(*) FILTER (WHERE kind = 'not_helpful')::int AS not_helpful, count(*) FILTER (WHERE kind = 'deflected')::int AS deflected
         FROM help_events WHERE ${inPeriod('at')}`,
      { type: QueryTypes.SELECT, replacements },
    ),
    s.db.sequelize.query<{ query: string; count: number }>(
      `SELECT query, count(*)::int AS count FROM help_searches WHERE ${inPeriod('at')} GROUP BY query ORDER BY count DESC, query LIMIT 50`,
      { type: QueryTypes.SELECT, replacements },
    ),
  ]);
  return { period, views: counts.views, helpful: counts.helpful, notHelpful: counts.not_helpful, deflected: counts.deflected, noResultQueries: gaps };
}
