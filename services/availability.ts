// Which part of the product an error says is unreachable: the database (a refused, dropped or
// timed-out PostgreSQL connection) or Temporal (gRPC UNAVAILABLE / DEADLINE_EXCEEDED, an Update
// that timed out). Pages and the API answer those with 503 instead of 500.
import { ConnectionError } from 'sequelize';
import { WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

export type UnavailablePart = 'database' | 'temporal';

const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;
/** Node socket errors and PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now and connection_exception classes. */
const PG_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03']);
/** node-postgres's own words for a connection it lost or could not make. */
const PG_CONNECTION_MESSAGE =
  /Connection terminated unexpectedly|Connection terminated due to connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

interface Failure {
  name?: string;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  parent?: unknown;
  original?: unknown;
}

export function unavailablePart(err: unknown, depth = 0): UnavailablePart | null {
  if (!err || typeof err !== 'object' || depth > 6) return null;
  const e = err as Failure;
  if (err instanceof ConnectionError) return 'database';
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return 'temporal';
  const isGrpc = typeof e.code === 'number' && 'details' in e && 'metadata' in e;
  if (isGrpc && (e.code === GRPC_UNAVAILABLE || e.code === GRPC_DEADLINE_EXCEEDED)) return 'temporal';
  if (typeof e.code === 'string' && (PG_CONNECTION_CODES.has(e.code) || e.code.startsWith('08'))) return 'database';
  if (PG_CONNECTION_MESSAGE.test(String(e.message))) return 'database';
  for (const inner of [e.cause, e.parent, e.original]) {
    const part = inner && inner !== err ? unavailablePart(inner, depth + 1) : null;
    if (part) return part;
  }
  return null;
}
