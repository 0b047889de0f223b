// When the desk's first response to a case is due, as the customer is told.
import type { CaseRecord } from '../db/models/case-record.js';
import type { Services } from './context.js';

type DueFacts = Pick<CaseRecord, 'status' | 'responseDueAt' | 'receivedAt' | 'version'>;

/**
 * The workflow's due time once it has recorded the case; before that (a moment after intake) the
 * same working-time sum the workflow makes at receipt. Null once responded or while paused.
 */
export function responseDueOf(s: Services, c: DueFacts): Date | null {
  if (c.responseDueAt) return c.responseDueAt;
  if (c.status !== 'received' || c.version > 0) return null;
  return new Date(s.calendar.addWorkingTime(c.receivedAt.getTime(), s.terms().timers.firstResponseMinutes));
}

/**
 * Open (working) minutes from `now` until `due`, negative (open minutes since) when overdue: the
 * "time left" the desk queue, the case page and the SLA overview all show.
 */
export function workingMinutesLeft(s: Pick<Services, 'calendar'>, due: Date, now: number): number {
  const at = due.getTime();
  return at >= now ? s.calendar.workingTimeBetween(now, at) : -s.calendar.workingTimeBetween(at, now);
}
