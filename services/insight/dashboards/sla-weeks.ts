// First responses per ISO week (issue 13 item 4): of the requests received in each of the last weeks,
// how many were answered in time, how many breached the first-response deadline, and the share met.
// One aggregate over the cases received since the first week's Monday.
import { QueryTypes } from 'sequelize';
import { lastWeeks, slaShare, SLA_WEEKS } from '../../../domain/dashboards.js';
import type { LocalDate } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';

export interface SlaWeek {
  /** The week's Monday in the desk's time zone. */
  week: LocalDate;
  received: number;
  /** Answered without breaching the deadline. */
  met: number;
  breached: number;
  /** Neither yet: still within the deadline, or ended without a response (withdrawn, split). */
  open: number;
  /** met / (met + breached), null when nothing was judged. */
  share: number | null;
}

export async function slaWeeks(s: Services, companyId: string | null, today: LocalDate): Promise<SlaWeek[]> {
  const weeks = lastWeeks(today, SLA_WEEKS);
  // Each case falls into its week by a binary search among the weeks' first instants (local Monday
  // midnight in the desk's zone, computed once), read from an index holding what is counted.
  const rows = await s.db.sequelize.query<{ week: number; received: number; met: number; breached: number }>(
    `WITH bounds AS (SELECT ARRAY(SELECT CAST(d AS timestamp) AT TIME ZONE :zone FROM unnest(CAST(:mondays AS date[])) d ORDER BY d) AS mondays)
     SELECT width_bucket(c.received_at, b.mondays) AS week, count(*)::int AS received,
            count(*) FILTER (WHERE c.responded_at IS NOT NULL AND NOT c.sla_breached)::int AS met,
            count(*) FILTER (WHERE c.sla_breached)::int AS breached
       FROM cases c CROSS JOIN bounds b
      WHERE c.received_at >= b.mondays[1] ${onlyCompany(companyId, 'c.company_id')}
      GROUP BY 1`,
    { type: QueryTypes.SELECT, replacements: { zone: s.calendarConfig().timeZone, mondays: `{${weeks.join(',')}}`, companyId } },
  );
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  return weeks.map((week, i) => {
    const r = byWeek.get(i + 1) ?? { received: 0, met: 0, breached: 0 };
    return { week, received: r.received, met: r.met, breached: r.breached, open: r.received - r.met - r.breached, share: slaShare(r.met, r.breached) };
  });
}
