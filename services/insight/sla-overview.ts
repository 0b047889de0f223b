// The desk manager's SLA overview (SPEC §4, §5): what is open, which requests still wait for their
// first response and how long is left, how many breached this month, and the response time the
// desk achieved. Counts come from aggregate queries on the read model; only the last 30 days'
// (received, responded) pairs are read, because working time is computed by the calendar.
import { QueryTypes } from 'sequelize';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import type { CaseStatus, CaseType, Channel } from '../../domain/types.js';
import type { Services } from '../context.js';
import { monthBounds } from '../billing/export.js';
import { workingMinutesLeft } from '../cases/working-time-left.js';

export const LIST_LIMIT = 25;
const RESPONSE_WINDOW_DAYS = 30;

export interface WaitingCase {
  number: number;
  title: string;
  type: CaseType;
  channel: Channel;
  status: CaseStatus;
  companyId: string;
  companyName: string;
  receivedAt: Date;
  responseDueAt: Date | null;
  slaBreached: boolean;
  /** Open minutes until the response is due; negative (open minutes since) when overdue; null while paused. */
  workingMinutesLeft: number | null;
}

export interface BreachedCase {
  number: number;
  title: string;
  status: CaseStatus;
  companyId: string;
  companyName: string;
  receivedAt: Date;
  respondedAt: Date | null;
}

export interface CompanySla {
  companyId: string;
  companyName: string;
  open: number;
  unanswered: number;
  receivedThisMonth: number;
  breachedThisMonth: number;
}

export interface SlaOverview {
  month: string;
  open: { total: number; byStatus: { status: CaseStatus; count: number }[] };
  unanswered: { total: number; overdue: number; cases: WaitingCase[] };
  breached: { count: number; received: number; share: number | null; cases: BreachedCase[] };
  responseTimes: { count: number; medianMinutes: number | null; p90Minutes: number | null; withinTarget: number; targetMinutes: number; days: number };
  companies: CompanySla[];
}

/** The nearest-rank percentile (0 < p ≤ 100) of numbers; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** The median: the middle value, or the mean of the two middle values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const TERMINAL = [...TERMINAL_STATUSES];

export async function slaOverview(s: Services): Promise<SlaOverview> {
  const now = s.now();
  const month = s.calendar.localDate(now).slice(0, 7);
  const { from, to } = monthBounds(month);
  const zone = s.calendarConfig().timeZone;
  const q = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    s.db.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements: { terminal: TERMINAL, from, to, zone, ...replacements } });
  // Month bounds are local dates; PostgreSQL turns them into instants in the desk's zone.
  const inMonth = `c.received_at >= (CAST(:from AS timestamp) AT TIME ZONE :zone) AND c.received_at < (CAST(:to AS timestamp) AT TIME ZONE :zone)`;

  const [byStatus, unansweredCount, unansweredRows, breachedTotals, breachedRows, responded, perCompany] = await Promise.all([
    q<{ status: CaseStatus; count: number }>(
      `SELECT status, count(*)::int AS count FROM cases WHERE status NOT IN (:terminal) GROUP BY status ORDER BY count DESC, status`,
    ),
    q<{ total: number; overdue: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE response_due_at < :now)::int AS overdue
         FROM cases WHERE responded_at IS NULL AND status NOT IN (:terminal)`,
      { now: new Date(now) },
    ),
    q<{
      number: number;
      title: string;
      type: CaseType;
      channel: Channel;
      status: CaseStatus;
      company_id: string;
      company_name: string;
      received_at: Date;
      response_due_at: Date | null;
      sla_breached: boolean;
    }>(
      `SELECT c.number, c.title, c.type, c.channel, c.status, c.company_id, co.name AS company_name, c.received_at, c.response_due_at, c.sla_breached
         FROM cases c JOIN companies co ON co.id = c.company_id
        WHERE c.responded_at IS NULL AND c.status NOT IN (:terminal)
        ORDER BY c.response_due_at ASC NULLS LAST, c.received_at ASC, c.number ASC
        LIMIT ${LIST_LIMIT}`,
    ),
    q<{ received: number; breached: number }>(
      `SELECT count(*)::int AS received, count(*) FILTER (WHERE c.sla_breached)::int AS breached FROM cases c WHERE ${inMonth}`,
    ),
    q<{ number: number; title: string; status: CaseStatus; company_id: string; company_name: string; received_at: Date; responded_at: Date | null }>(
      `SELECT c.number, c.title, c.status, c.company_id, co.name AS company_name, c.received_at, c.responded_at
         FROM cases c JOIN companies co ON co.id = c.company_id
        WHERE c.sla_breached AND ${inMonth}
        ORDER BY c.received_at DESC, c.number DESC LIMIT ${LIST_LIMIT}`,
    ),
    q<{ received_at: Date; responded_at: Date }>(`SELECT received_at, responded_at FROM cases WHERE responded_at IS NOT NULL AND responded_at >= :since`, {
      since: new Date(now - RESPONSE_WINDOW_DAYS * 86_400_000),
    }),
    q<{ company_id: string; company_name: string; open: number; unanswered: number; received: number; breached: number }>(
      // The open cases and the month's cases are counted apart, each from an index that holds what it counts.
      `SELECT co.id AS company_id, co.name AS company_name, COALESCE(o.open, 0) AS open, COALESCE(o.unanswered, 0) AS unanswered,
              COALESCE(m.received, 0) AS received, COALESCE(m.breached, 0) AS breached
         FROM companies co
         LEFT JOIN (SELECT c.company_id, count(*)::int AS open, count(*) FILTER (WHERE c.responded_at IS NULL)::int AS unanswered
                      FROM cases c WHERE c.status NOT IN (:terminal) GROUP BY c.company_id) o ON o.company_id = co.id
         LEFT JOIN (SELECT c.company_id, count(*)::int AS received, count(*) FILTER (WHERE c.sla_breached)::int AS breached
                      FROM cases c WHERE ${inMonth} GROUP BY c.company_id) m ON m.company_id = co.id
        ORDER BY co.name`,
    ),
  ]);

  const workingLeft = (due: Date | null): number | null => (due === null ? null : workingMinutesLeft(s, due, now));
  const minutes = responded.map((r) => s.calendar.workingTimeBetween(new Date(r.received_at).getTime(), new Date(r.responded_at).getTime()));
  const target = s.terms().timers.firstResponseMinutes;
  const { received, breached } = breachedTotals[0] ?? { received: 0, breached: 0 };

  return {
    month,
    open: { total: byStatus.reduce((n, r) => n + r.count, 0), byStatus },
    unanswered: {
      total: unansweredCount[0]?.total ?? 0,
      overdue: unansweredCount[0]?.overdue ?? 0,
      cases: unansweredRows.map((r) => ({
        number: r.number,
        title: r.title,
        type: r.type,
        channel: r.channel,
        status: r.status,
        companyId: r.company_id,
        companyName: r.company_name,
        receivedAt: new Date(r.received_at),
        responseDueAt: r.response_due_at ? new Date(r.response_due_at) : null,
        slaBreached: r.sla_breached,
        workingMinutesLeft: workingLeft(r.response_due_at ? new Date(r.response_due_at) : null),
      })),
    },
    breached: {
      count: breached,
      received,
      share: received === 0 ? null : breached / received,
      cases: breachedRows.map((r) => ({
        number: r.number,
        title: r.title,
        status: r.status,
        companyId: r.company_id,
        companyName: r.company_name,
        receivedAt: new Date(r.received_at),
        respondedAt: r.responded_at ? new Date(r.responded_at) : null,
      })),
    },
    responseTimes: {
      count: minutes.length,
      medianMinutes: median(minutes),
      p90Minutes: percentile(minutes, 90),
      withinTarget: minutes.filter((m) => m <= target).length,
      targetMinutes: target,
      days: RESPONSE_WINDOW_DAYS,
    },
    companies: perCompany.map((r) => ({
      companyId: r.company_id,
      companyName: r.company_name,
      open: r.open,
      unanswered: r.unanswered,
      receivedThisMonth: r.received,
      breachedThisMonth: r.breached,
    })),
  };
}
