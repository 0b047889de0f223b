// How the product's Temporal client behaves when Temporal is slow or gone, for every call at once
// (gRPC interceptors on the client's connection, so no service or route has to care):
// - every call gets a deadline unless the caller set one (5 s; 30 s for Updates and Update-With-Start,
//   which wait for the workflow, and under load take their time), so no request waits forever;
// - transient failures are retried briefly (≤ 3 attempts, ~0.5 s), not for ~20 s as by default;
// - a circuit breaker: once Temporal is found unreachable, calls fail at once with UNAVAILABLE
//   (services answer 503) and calls in flight are cancelled, until a health probe (GetSystemInfo,
//   see services/health-monitor.ts) or a trial call, at most one a second, gets through again.
//   Unreachable means refused (UNAVAILABLE) at once, or silent to three health probes in a row: a
//   server that is merely slow under load is not taken for dead.
import { InterceptingCall, status, type Interceptor, type InterceptorOptions, type NextCall, type StatusObject } from '@grpc/grpc-js';
import { defaultGrpcRetryOptions, isRetryableError, makeGrpcRetryInterceptor } from '@temporalio/client';

const PROBE = 'GetSystemInfo';
const DEFAULT_DEADLINE_MS = 5_000;
/** Calls that legitimately wait for a workflow to act. */
const WAITING_CALLS: Record<string, number | null> = {
  UpdateWorkflowExecution: 30_000,
  PollWorkflowExecutionUpdate: 30_000,
  ExecuteMultiOperation: 30_000,
  GetWorkflowExecutionHistory: null, // long-polls for a result: no deadline of ours
};
const MAX_ATTEMPTS = 3;
/** Health probes in a row that must go unanswered before a silent server counts as down. */
const SILENT_PROBES = 3;
const TRIAL_EVERY_MS = 1_000;

export class TemporalBreaker {
  private downSince = 0;
  private silentProbes = 0;
  private lastTrial = 0;
  private readonly inFlight = new Set<InterceptingCall>();

  get isOpen(): boolean {
    return this.downSince > 0;
  }

  /** Interceptors for ConnectionOptions.interceptors (this one outermost, then the bounded retry). */
  interceptors(): Interceptor[] {
    const backoff = defaultGrpcRetryOptions();
    const retry = makeGrpcRetryInterceptor({
      delayFunction: backoff.delayFunction,
      retryableDecider: (attempt, st) => attempt < MAX_ATTEMPTS && isRetryableError(st) && !this.isOpen,
    });
    return [(options, nextCall) => this.intercept(options, nextCall), retry];
  }

  private intercept(options: InterceptorOptions, nextCall: NextCall): InterceptingCall {
    const method = options.method_definition.path.split('/').pop() ?? '';
    const probe = method === PROBE;
    const refused = this.isOpen && !probe && !this.trialDue();
    const limit = method in WAITING_CALLS ? WAITING_CALLS[method] : DEFAULT_DEADLINE_MS;
    const hasDeadline = options.deadline !== undefined && options.deadline !== Infinity;
    // A refused call still goes through gRPC, with a deadline already past, so it ends at once the normal way.
    const deadline = refused ? new Date(0) : hasDeadline || limit === null ? options.deadline : new Date(Date.now() + limit);
    const call: InterceptingCall = new InterceptingCall(nextCall({ ...options, deadline }), {
      start: (metadata, _listener, next) =>
        next(metadata, {
          onReceiveStatus: (st: StatusObject, nextStatus: (s: StatusObject) => void) => {
            this.inFlight.delete(call);
            if (refused) return nextStatus({ ...st, code: status.UNAVAILABLE, details: 'Temporal is not reachable right now' });
            this.observe(probe, st);
            nextStatus(st);
          },
        }),
    });
    if (!probe && !refused) this.inFlight.add(call);
    return call;
  }

  private trialDue(): boolean {
    if (Date.now() - this.lastTrial < TRIAL_EVERY_MS) return false;
    this.lastTrial = Date.now();
    return true;
  }

  private observe(probe: boolean, st: StatusObject): void {
    if (probe) this.silentProbes = st.code === status.DEADLINE_EXCEEDED ? this.silentProbes + 1 : 0;
    const unreachable = st.code === status.UNAVAILABLE || this.silentProbes >= SILENT_PROBES;
    if (unreachable) this.open();
    else if (st.code !== status.DEADLINE_EXCEEDED && st.code !== status.CANCELLED) this.downSince = 0;
  }

  private open(): void {
    if (this.isOpen) return;
    this.downSince = Date.now();
    this.lastTrial = Date.now();
    for (const call of this.inFlight) call.cancelWithStatus(status.UNAVAILABLE, 'Temporal became unreachable');
    this.inFlight.clear();
  }
}
