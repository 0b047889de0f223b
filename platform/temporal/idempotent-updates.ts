// Exactly once across a crash of the web app. A decision sent with an Idempotency-Key reaches its case
// workflow as an Update whose id is derived from the person, the key and the Update's name. Temporal
// keeps one outcome per Update id in a workflow run, so a retry that takes over the key of a request
// that died before its answer was stored (services/exactly-once/idempotency.ts) gets that request's outcome back
// instead of taking the decision a second time (logging the minutes twice, replying twice).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { WorkflowClientInterceptor } from '@temporalio/client';

const scope = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it starts) as the request identified by `requestKey` (person and Idempotency-Key). */
export function asIdempotentRequest<T>(requestKey: string, fn: () => T): T {
  return scope.run(requestKey, fn);
}

/** A key for `purpose` within the current idempotent request (the same on every retry), or undefined outside one. */
export function idempotentRequestKey(purpose: string): string | undefined {
  const key = scope.getStore();
  if (key === undefined) return undefined;
  return `idem-${createHash('sha256').update(`${key}\n${purpose}`).digest('hex').slice(0, 40)}`;
}

/** The Update id of the current idempotent request's Update `updateName`, or undefined outside one. */
export function idempotentUpdateId(updateName: string): string | undefined {
  return idempotentRequestKey(updateName);
}

/** The client interceptor that gives an Update sent within an idempotent request its derived id. */
export function idempotentUpdates(): WorkflowClientInterceptor {
  return {
    startUpdate(input, next) {
      const updateId = input.options.updateId ?? idempotentUpdateId(input.updateName);
      return next(updateId ? { ...input, options: { ...input.options, updateId } } : input);
    },
  };
}
