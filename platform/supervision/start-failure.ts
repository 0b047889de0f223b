// Turns a failed start-up step into the one line a person reads: what failed, why, and what to do.
// The full error (stack, server output) goes to a details file instead of the terminal.
import fs from 'node:fs';
import path from 'node:path';
import { oneLine } from './supervised.js';

/** What to do when a step fails for a reason none of the specific hints below recognise. */
export const STEP_FIXES = {
  configuration: 'correct the environment variable(s) named above (see "Environment variables" in docs/operating.md)',
  postgres: 'set DATABASE_URL to use another PostgreSQL, or EMBEDDED_POSTGRES_DIR / EMBEDDED_POSTGRES_PORT for the embedded one',
  temporalCli: 'install Go >= 1.25 and run `npm run provision`, or set TEMPORAL_CLI_PATH, or TEMPORAL_ADDRESS to use a running Temporal',
  temporal: 'set TEMPORAL_PORT / TEMPORAL_UI_PORT to free ports, or TEMPORAL_ADDRESS to use a running Temporal',
  database: 'check that PostgreSQL runs and DATABASE_URL (user, password, database) is right',
  web: 'set PORT (and HOST) to a free port on this machine',
  worker: 'check TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and, for a prebuilt bundle, WORKFLOW_BUNDLE',
  mail: 'check SMTP_URL, or set MAIL_DISPATCH=off to send no mail from this install',
} as const;

interface Coded {
  code?: string | number;
  errno?: number;
  port?: number;
  address?: string;
  path?: string;
  syscall?: string;
}

/** The specific reason and fix for errors we recognise, whatever the step. */
function recognised(err: unknown): { why: string; fix?: string } | null {
  const e = (err ?? {}) as Coded & { message?: string };
  const msg = String(e.message ?? err);
  if (e.code === 'EADDRINUSE' || /address already in use/i.test(msg)) {
    const port = e.port ?? msg.match(/:(\d{2,5})\b/)?.[1];
    return { why: `port ${port ?? '(see above)'} is already in use by another program` };
  }
  if (e.code === 'EACCES' || e.code === 'EPERM') {
    return {
      why: `permission denied${e.path ? ` on ${e.path}` : ''}${e.syscall ? ` (${e.syscall})` : ''}`,
      fix: 'give this user access to that path, or run from a folder it owns',
    };
  }
  if (e.code === 'ECONNREFUSED') return { why: `nothing answers at ${e.address ?? ''}${e.port ? `:${e.port}` : ''}`.trim() };
  if (e.code === '28P01' || /password authentication failed/i.test(msg)) return { why: 'PostgreSQL refused the user name or password' };
  if (e.code === '3D000') return { why: msg };
  return null;
}

/**
 * "could not start the web app: port 3000 is already in use by another program. Fix: set PORT …",
 * with "(details: <file>)" when the whole error was written to a file.
 */
export function describeStartFailure(what: string, err: unknown, fix: string, detailsFile?: string | null): string {
  const known = recognised(err);
  const why = known?.why ?? summary(err);
  return `could not start ${what}: ${why}. Fix: ${known?.fix ?? fix}${detailsFile ? ` (details: ${detailsFile})` : ''}.`;
}

/** The first line, or a heading ending in ':' with the list under it ("Invalid configuration: PORT: …; HOST: …"). */
function summary(err: unknown): string {
  const lines = (err instanceof Error ? err.message : String(err)).split('\n').map((l) => l.trim());
  if (!lines[0]?.endsWith(':')) return oneLine(err).replace(/\.$/, '');
  const list = lines.slice(1, lines.indexOf('', 1) > 0 ? lines.indexOf('', 1) : undefined).filter(Boolean);
  return `${lines[0]} ${list.join('; ')}`.slice(0, 400);
}

/** Writes the whole error to `<dataDir>/start-failure.log`; returns its path, or null when that is not possible. */
export function writeFailureDetails(dataDir: string, what: string, err: unknown): string | null {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'start-failure.log');
    const text =
      err instanceof Error ? `${err.stack ?? err.message}${err.cause ? `\ncause: ${String((err.cause as Error).stack ?? err.cause)}` : ''}` : String(err);
    fs.writeFileSync(file, `${new Date().toISOString()} ${what} failed to start\n${text}\n`);
    return file;
  } catch {
    return null;
  }
}
