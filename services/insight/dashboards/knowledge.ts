// The knowledge dashboard's data (issue 19 item 7), each one aggregate query: articles by views and
// helpfulness (support contacts, last 12 months), deflections and requests filed anyway per ISO week,
// the searches that found nothing (last 90 days), and the articles linked to most cases (written from
// them or sent in an answer). Narrowed to a company: its contacts' events, its cases.
import { QueryTypes } from 'sequelize';
import { lastWeeks, SLA_WEEKS } from '../../../domain/dashboards.js';
import type { LocalDate } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';

export const KNOWLEDGE_LISTED = 15;

export interface KnowledgeFigures {
  articles: { id: number; title: string; views: number; helpful: number; notHelpful: number }[];
  weeks: { week: LocalDate; deflected: number; filedAnyway: number }[];
  gaps: { query: string; count: number }[];
  linked: { id: number; title: string; cases: number }[];
}

export async function knowledgeFigures(s: Services, companyId: string | null, today: LocalDate): Promise<KnowledgeFigures> {
  const weeks = lastWeeks(today, SLA_WEEKS);
  const zone = s.calendarConfig().timeZone;
  const now = new Date(s.now());
  const replacements = {
    companyId,
    zone,
    mondays: `{${weeks.join(',')}}`,
    limit: KNOWLEDGE_LISTED,
    yearAgo: new Date(now.getTime() - 365 * 86_400_000),
    quarterAgo: new Date(now.getTime() - 90 * 86_400_000),
  };
  const [articles, weekRows, gaps, linked] = await Promise.all([
    s.db.sequelize.query<KnowledgeFigures['articles'][number]>(
      `SELECT a.id, a.title_da AS title, count(*) FILTER (WHERE e.kind = 'view')::int AS views,
              count(*) FILTER (WHERE e.kind = 'helpful')::int AS helpful, count(*) FILTER (WHERE e.kind = 'not_helpful')::int AS "notHelpful"
         FROM help_events e JOIN articles a ON a.id = e.article_id
        WHERE e.at >= :yearAgo AND e.kind IN ('view', 'helpful', 'not_helpful') ${onlyCompany(companyId, 'e.company_id')}
        GROUP BY a.id, a.title_da ORDER BY views DESC, helpful DESC, a.id LIMIT :limit`,
      { type: QueryTypes.SELECT, replacements },
    ),
    s.db.sequelize.query<{ week: number; deflected: number; filed: number }>(
      `WITH bounds AS (SELECT ARRAY(SELECT CAST(d AS timestamp) AT TIME ZONE :zone FROM unnest(CAST(:mondays AS date[])) d ORDER BY d) AS mondays)
       SELECT width_bucket(e.at, b.mondays) AS week, count(*) FILTER (WHERE e.kind = 'deflected')::int AS deflected,
              count(*) FILTER (WHERE e.kind = 'filed_anyway')::int AS filed
         FROM help_events e CROSS JOIN bounds b
        WHERE e.at >= b.mondays[1] AND e.kind IN ('deflected', 'filed_anyway') ${onlyCompany(companyId, 'e.company_id')}
        GROUP BY 1`,
      { type: QueryTypes.SELECT, replacements },
    ),
    s.db.sequelize.query<{ query: string; count: number }>(
      `SELECT query, count(*)::int AS count FROM help_searches WHERE at >= :quarterAgo ${onlyCompany(companyId, 'company_id')}
        GROUP BY query ORDER BY count DESC, query LIMIT :limit`,
      { type: QueryTypes.SELECT, replacements },
    ),
    s.db.sequelize.query<KnowledgeFigures['linked'][number]>(
      `SELECT a.id, a.title_da AS title, count(DISTINCT l.case_number)::int AS cases
         FROM article_links l JOIN articles a ON a.id = l.article_id JOIN cases c ON c.number = l.case_number
        WHERE true ${onlyCompany(companyId, 'c.company_id')}
        GROUP BY a.id, a.title_da ORDER BY cases DESC, a.id LIMIT :limit`,
      { type: QueryTypes.SELECT, replacements },
    ),
  ]);
  const byWeek = new Map(weekRows.map((r) => [r.week, r]));
  return {
    articles,
    weeks: weeks.map((week, i) => ({ week, deflected: byWeek.get(i + 1)?.deflected ?? 0, filedAnyway: byWeek.get(i + 1)?.filed ?? 0 })),
    gaps,
    linked,
  };
}
