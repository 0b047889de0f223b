// The desk's view of satisfaction (SPEC §9): the ratings given in a period (days in the desk's zone,
// both included) — how many, their average, per ISO week, per agent (the case's owner when it was
// rated) and the rated cases themselves, newest first. One statement over the read model's views,
// reading the index of rated cases by the instant of the rating (migration 0108).
import { QueryTypes } from 'sequelize';
import { lastWeeks } from '../../../domain/dashboards.js';
import { dayAfter, type Period } from '../../../domain/competence.js';
import { parseDay } from '../../../domain/calendar/civil-date.js';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { forbidden } from '../../errors.js';
import { isStaff } from '../../people/people.js';
import { onlyCompany } from '../../insight/dashboards/filter.js';

export interface SatisfactionWeek {
  /** The week's Monday (desk's time zone). */
  week: string;
  responses: number;
  /** The average score, null in a week without ratings. */
  average: number | null;
}

export interface SatisfactionAgent {
  agent: { id: number; name: string } | null;
  responses: number;
  average: number;
}

export interface RatedCase {
  number: number;
  title: string;
  score: number;
  comment: string | null;
  at: string;
  agent: { id: number; name: string } | null;
}

export interface SatisfactionReport {
  from: string;
  to: string;
  responses: number;
  average: number | null;
  byWeek: SatisfactionWeek[];
  byAgent: SatisfactionAgent[];
  /** How many ratings gave each score, 1 to 5. */
  byScore: number[];
  /** The rated cases, newest first (at most RATED_CASES). */
  cases: RatedCase[];
}

export const RATED_CASES = 100;
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

const SQL = (companyFilter: string) => `
WITH rated AS (
  SELECT c.number, c.title, CAST(c.view #>> '{rating,score}' AS int) AS score, c.view #>> '{rating,comment}' AS comment,
         CAST(c.view #>> '{rating,at}' AS bigint) AS at, CAST(c.view #>> '{rating,agent,id}' AS int) AS agent_id, c.view #>> '{rating,agent,name}' AS agent_name
    FROM cases c
   WHERE jsonb_typeof(c.view -> 'rating') = 'object'
     AND CAST(c.view #>> '{rating,at}' AS bigint) >= extract(epoch FROM CAST(:from AS timestamp) AT TIME ZONE :zone) * 1000
     AND CAST(c.view #>> '{rating,at}' AS bigint) < extract(epoch FROM CAST(:until AS timestamp) AT TIME ZONE :zone) * 1000
     ${companyFilter}
), weekly AS (
  SELECT CAST(date_trunc('week', to_timestamp(at / 1000.0) AT TIME ZONE :zone) AS date) AS week, count(*)::int AS responses, avg(score)::float AS average
    FROM rated GROUP BY 1
)
SELECT json_build_object(
  'responses', (SELECT count(*)::int FROM rated),
  'average', (SELECT avg(score)::float FROM rated),
  'byWeek', COALESCE((SELECT json_agg(json_build_object('week', week, 'responses', responses, 'average', average)) FROM weekly), '[]'),
  'byAgent', COALESCE((SELECT json_agg(json_build_object('id', agent_id, 'name', agent_name, 'responses', n, 'average', a) ORDER BY agent_name NULLS LAST)
      FROM (SELECT agent_id, max(agent_name) AS agent_name, count(*)::int AS n, avg(score)::float AS a FROM rated GROUP BY agent_id) g), '[]'),
  'byScore', (SELECT json_agg((SELECT count(*)::int FROM rated r WHERE r.score = k) ORDER BY k) FROM generate_series(1, 5) k),
  'cases', COALESCE((SELECT json_agg(json_build_object('number', number, 'title', title, 'score', score, 'comment', comment, 'at', at, 'agentId', agent_id, 'agentName', agent_name) ORDER BY at DESC)
      FROM (SELECT * FROM rated ORDER BY at DESC LIMIT :limit) latest), '[]')
) AS report`;

interface Raw {
  responses: number;
  average: number | null;
  byWeek: { week: string; responses: number; average: number }[];
  byAgent: { id: number | null; name: string | null; responses: number; average: number }[];
  byScore: number[];
  cases: { number: number; title: string; score: number; comment: string | null; at: number; agentId: number | null; agentName: string | null }[];
}

/** Every Monday of the ISO weeks the period touches, oldest first. */
function mondaysOf(p: Period): string[] {
  const weeks = Math.floor((parseDay(p.to)! - parseDay(p.from)!) / 7) + 2;
  return lastWeeks(p.to, weeks).filter((monday) => parseDay(monday)! + 6 >= parseDay(p.from)!);
}

export async function satisfactionReport(s: Services, person: Person, period: Period, companyId: string | null = null): Promise<SatisfactionReport> {
  if (!isStaff(person)) throw forbidden();
  const [row] = await s.db.sequelize.query<{ report: Raw }>(SQL(onlyCompany(companyId, 'c.company_id')), {
    type: QueryTypes.SELECT,
    replacements: { from: period.from, until: dayAfter(period.to), zone: s.calendarConfig().timeZone, limit: RATED_CASES, companyId },
  });
  const r = row!.report;
  const weekly = new Map(r.byWeek.map((w) => [w.week, w]));
  const ref = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });
  return {
    from: period.from,
    to: period.to,
    responses: r.responses,
    average: round(r.average),
    byWeek: mondaysOf(period).map((week) => ({ week, responses: weekly.get(week)?.responses ?? 0, average: round(weekly.get(week)?.average ?? null) })),
    byAgent: r.byAgent.map((a) => ({ agent: ref(a.id, a.name), responses: a.responses, average: round(a.average)! })),
    byScore: r.byScore,
    cases: r.cases.map(({ agentId, agentName, ...c }) => ({ ...c, at: new Date(Number(c.at)).toISOString(), agent: ref(agentId, agentName) })),
  };
}
