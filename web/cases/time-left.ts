// The first response's "time left" as the desk reads it, alike on the queue, the case page and the
// SLA overview: open (working) minutes, never wall-clock time, with one rule for its urgency.

export type Urgency = 'u-overdue' | 'u-soon' | 'u-ok';

/** How urgent an unanswered request is, from the open minutes left until its response is due (null: paused). */
export function urgency(workingMinutesLeft: number, windowMinutes: number): Urgency;
export function urgency(workingMinutesLeft: number | null, windowMinutes: number): Urgency | 'u-paused';
export function urgency(workingMinutesLeft: number | null, windowMinutes: number): Urgency | 'u-paused' {
  if (workingMinutesLeft === null) return 'u-paused';
  if (workingMinutesLeft < 0) return 'u-overdue';
  return workingMinutesLeft <= windowMinutes / 4 ? 'u-soon' : 'u-ok';
}
