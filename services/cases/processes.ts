// Starting a case's workflow: with the receipt Update (Update-With-Start), so the caller gets the
// case's first view back in the same round trip — no polling of the read model. A row whose process
// could not be started (Temporal was down at intake) is started by the sweeper in the worker.
import { WithStartWorkflowOperation } from '@temporalio/client';
import { QueryTypes } from 'sequelize';
import { RULES_VERSION } from '../../domain/rules-version.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import { receiptUpdate, TASK_QUEUE, type CaseInput, type CaseView } from '../../workflows/messages.js';
import type { CompanyForCase } from '../../workflows/records.js';
import { initialCaseSearchAttributes } from '../../workflows/search-attributes.js';
import type { caseWorkflow } from '../../workflows/case.js';
import type { Services } from '../context.js';
import { currentCalendar } from '../calendar/desk-calendar.js';

type Startable = Pick<CaseRecord, 'number' | 'workflowId' | 'type' | 'channel' | 'companyId' | 'contactId' | 'title' | 'receivedAt'>;

/** What the case's workflow starts with: the calendar, terms and rules in force now are frozen into it. */
export function caseInputOf(s: Services, c: Startable, company?: CompanyForCase): CaseInput {
  return {
    number: c.number,
    type: c.type,
    channel: c.channel,
    companyId: c.companyId,
    contactId: c.contactId,
    title: c.title,
    receivedAt: c.receivedAt.getTime(),
    terms: s.terms(),
    calendar: s.calendarConfig(),
    splitFrom: null,
    rulesVersion: RULES_VERSION,
    runLimits: { updates: s.env.CASE_RUN_MAX_UPDATES, events: s.env.CASE_RUN_MAX_EVENTS },
    ...(company ? { company } : {}),
  };
}

/** Starts the case's workflow (or finds it running) and answers its view once receipt is recorded. */
export async function startCaseProcess(s: Services, c: Startable, company?: CompanyForCase): Promise<CaseView> {
  await currentCalendar(s);
  const input = caseInputOf(s, c, company);
  const start = new WithStartWorkflowOperation<typeof caseWorkflow>('caseWorkflow', {
    taskQueue: s.env.TEMPORAL_TASK_QUEUE ?? TASK_QUEUE,
    workflowId: c.workflowId,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: initialCaseSearchAttributes(input),
    memo: { title: input.title, company: c.companyId },
  });
  return s.temporal.workflow.executeUpdateWithStart(receiptUpdate, { startWorkflowOperation: start });
}

/** Starts the processes of cases filed more than `graceMs` ago that never got one; returns their numbers. */
export async function startMissingProcesses(s: Services, graceMs = 30_000): Promise<number[]> {
  const rows = await s.db.sequelize.query<{ number: number }>(
    `SELECT number FROM cases WHERE version = 0 AND split_from IS NULL AND created_at < now() - make_interval(secs => :grace) ORDER BY number LIMIT 100`,
    { type: QueryTypes.SELECT, replacements: { grace: graceMs / 1000 } },
  );
  const started: number[] = [];
  for (const { number } of rows) {
    const record = await s.db.models.CaseRecord.findByPk(number);
    if (!record || record.version > 0) continue;
    await startCaseProcess(s, record);
    started.push(number);
  }
  return started;
}
