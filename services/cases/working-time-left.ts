// The "time left" to a deadline as the desk reads it, in open (working) minutes.
import type { Services } from '../context.js';

/**
 * Open (working) minutes from `now` until `due`, negative (open minutes since) when overdue: the
 * "time left" the desk queue, the case page and the SLA overview all show.
 */
export function workingMinutesLeft(s: Pick<Services, 'calendar'>, due: Date, now: number): number {
  const at = due.getTime();
  return at >= now ? s.calendar.workingTimeBetween(now, at) : -s.calendar.workingTimeBetween(at, now);
}
