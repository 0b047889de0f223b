// Telling the running cases that the desk's calendar changed: each open case's workflow gets the new
// calendar by a signal and recounts its deadlines (workflows/reschedule.ts). Sent in the background, a
// few at a time, so a manager's change answers at once; each failure is logged with its case number.
import { QueryTypes } from 'sequelize';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import type { CalendarConfig } from '../../domain/calendar/index.js';
import { calendarChangedSignal, type CalendarChange } from '../../workflows/messages.js';
import type { Services } from '../context.js';

const AT_ONCE = 16;

/** The workflows of every case still running. */
async function runningCases(s: Services): Promise<{ number: number; workflowId: string }[]> {
  return s.db.sequelize.query('SELECT number, workflow_id AS "workflowId" FROM cases WHERE status NOT IN (:ended) AND version > 0 ORDER BY number', {
    type: QueryTypes.SELECT,
    replacements: { ended: [...TERMINAL_STATUSES] },
  });
}

let last: Promise<void> = Promise.resolve();

/** Resolves when every calendar change sent so far has reached the running cases. */
export const calendarBroadcastSettled = () => last;

/** Signals every running case with the new calendar; resolves when all were told (tests await it). */
export function tellRunningCases(s: Services, calendar: CalendarConfig, change: CalendarChange): Promise<void> {
  const run = async () => {
    const cases = await runningCases(s);
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        await s.temporal.workflow
          .getHandle(c.workflowId)
          .signal(calendarChangedSignal, { calendar, change })
          .catch((err: unknown) => s.log.warn({ err, caseNumber: c.number }, 'could not tell a running case about the calendar change'));
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    s.log.info({ cases: cases.length, change }, 'running cases told about the calendar change');
  };
  // One change at a time, in order: a later change never overtakes an earlier one.
  last = last.then(run, run).catch((err: unknown) => s.log.error({ err }, 'telling the running cases about a calendar change failed'));
  return last;
}
