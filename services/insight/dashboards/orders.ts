// Orders by type per month (issue 13 item 4): requests for work (change requests and the service
// requests of SPEC §3a) received in each of the last months, by type. One aggregate.
import { QueryTypes } from 'sequelize';
import { CHART_MONTHS, ORDER_TYPES, lastMonths } from '../../../domain/dashboards.js';
import type { LocalDate } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';

export interface OrdersByType {
  months: string[];
  /** Per order type, the count per month. */
  types: { type: (typeof ORDER_TYPES)[number]; counts: number[]; total: number }[];
}

export async function ordersByType(s: Services, companyId: string | null, today: LocalDate): Promise<OrdersByType> {
  const months = lastMonths(today, CHART_MONTHS);
  // Each case finds its month by a binary search among the months' first instants in the desk's zone.
  const rows = await s.db.sequelize.query<{ month: number; type: (typeof ORDER_TYPES)[number]; count: number }>(
    `WITH bounds AS (SELECT ARRAY(SELECT CAST(d AS timestamp) AT TIME ZONE :zone FROM unnest(CAST(:starts AS date[])) d ORDER BY d) AS starts)
     SELECT width_bucket(c.received_at, b.starts) AS month, c.type, count(*)::int AS count
       FROM cases c CROSS JOIN bounds b
      WHERE c.type IN (:types) AND c.received_at >= b.starts[1] ${onlyCompany(companyId, 'c.company_id')}
      GROUP BY 1, 2`,
    {
      type: QueryTypes.SELECT,
      replacements: { zone: s.calendarConfig().timeZone, starts: `{${months.map((m) => `${m}-01`).join(',')}}`, types: [...ORDER_TYPES], companyId },
    },
  );
  const types = ORDER_TYPES.map((type) => {
    const counts = months.map((_, i) => rows.find((r) => r.type === type && r.month === i + 1)?.count ?? 0);
    return { type, counts, total: counts.reduce((n, v) => n + v, 0) };
  });
  return { months, types };
}
