// Open cases by state and age (issue 13 item 4): every case not yet closed or withdrawn, counted by
// its status and how many days ago it was received (AGE_BUCKETS). One aggregate over the open cases.
import { QueryTypes } from 'sequelize';
import { AGE_BUCKETS } from '../../../domain/dashboards.js';
import { TERMINAL_STATUSES } from '../../../domain/case-states.js';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/types.js';
import type { Services } from '../../context.js';
import { onlyCompany } from './filter.js';

export interface OpenByAge {
  status: CaseStatus;
  /** Count per AGE_BUCKETS entry. */
  byAge: number[];
  total: number;
}

export async function openCasesByAge(s: Services, companyId: string | null): Promise<OpenByAge[]> {
  // The instants the buckets begin, oldest first: each case finds its bucket by a binary search.
  const daysAgo = AGE_BUCKETS.slice(1)
    .map((b) => b.from)
    .reverse();
  const last = AGE_BUCKETS.length - 1;
  const rows = await s.db.sequelize.query<{ status: CaseStatus; bucket: number; count: number }>(
    `SELECT c.status, :last - width_bucket(c.received_at, ARRAY(SELECT CAST(:now AS timestamptz) - make_interval(days => d) FROM unnest(CAST(:daysAgo AS int[])) d)) AS bucket,
            count(*)::int AS count
       FROM cases c
      WHERE c.status NOT IN (:terminal) ${onlyCompany(companyId, 'c.company_id')}
      GROUP BY 1, 2`,
    {
      type: QueryTypes.SELECT,
      replacements: { now: new Date(s.now()), daysAgo: `{${daysAgo.join(',')}}`, last, terminal: [...TERMINAL_STATUSES], companyId },
    },
  );
  const byStatus = new Map<CaseStatus, number[]>();
  for (const r of rows) {
    const counts = byStatus.get(r.status) ?? AGE_BUCKETS.map(() => 0);
    counts[Math.min(last, Math.max(0, r.bucket))] += r.count;
    byStatus.set(r.status, counts);
  }
  // In the order a case moves through its states.
  return [...byStatus.entries()]
    .sort(([a], [b]) => CASE_STATUSES.indexOf(a) - CASE_STATUSES.indexOf(b))
    .map(([status, byAge]) => ({ status, byAge, total: byAge.reduce((n, v) => n + v, 0) }));
}
