// The product's structured log (pino), one line of JSON per entry on stdout. The Temporal SDK's own
// logging — core, worker, workflow (`log` from @temporalio/workflow) and activity
// (`Context.current().log`) — is written to it too (worker/run.ts routes it here), each line about a
// case carrying its `caseNumber`.
import { pino, type Level, type Logger } from 'pino';
import type { LogLevel, LogMetadata, Logger as SdkLogger } from '@temporalio/common';

export function createLogger(level: string, name = 'service-desk'): Logger {
  return pino({ name, level, redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'] });
}

/** A case workflow's id is `case-<number>` (workflows/messages.ts caseWorkflowId). */
const CASE_WORKFLOW_ID = /^case-(\d+)$/;

/** The case number in a case workflow's id, undefined for anything else. */
export function caseNumberOf(workflowId: unknown): number | undefined {
  const m = typeof workflowId === 'string' ? CASE_WORKFLOW_ID.exec(workflowId) : null;
  return m ? Number(m[1]) : undefined;
}

const PINO_LEVEL: Record<LogLevel, Level> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/**
 * A Temporal SDK logger that writes each entry as one pino line on `target()` (looked up per entry,
 * so the destination may change after the SDK took the logger): the SDK's attributes (sdkComponent,
 * workflowId, workflowType, activityType, attempt, …), `caseNumber` for a case workflow and its
 * activities, and an `error` as pino's `err`. Task tokens are left out.
 */
export function sdkLogger(target: () => Logger): SdkLogger {
  const write = (level: LogLevel, message: string, meta: LogMetadata = {}) => {
    const log = target();
    const pinoLevel = PINO_LEVEL[level] ?? 'info';
    if (!log.isLevelEnabled(pinoLevel)) return;
    const { taskToken: _taskToken, error, ...fields } = meta;
    const caseNumber = caseNumberOf(fields.workflowId);
    log[pinoLevel]({ ...fields, ...(caseNumber === undefined ? {} : { caseNumber }), ...(error === undefined ? {} : { err: error }) }, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
