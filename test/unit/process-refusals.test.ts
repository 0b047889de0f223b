// How a failed Update is classified (services/cases/process-refusals.ts): Temporal being unreachable is
// not a refusal (it is a 503 elsewhere), a limit or precondition makes the case stuck, too many decisions
// at once makes it busy, anything else Temporal says no to is a refusal the desk must look at.
import { describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { ServiceError } from '@temporalio/client';
import { processRefusalOf } from '../../services/cases/process-refusals.js';

const grpc = (code: number, details: string) => Object.assign(new Error(details), { code, details, metadata: {} });
/** As the Temporal client throws it: a ServiceError whose cause is the gRPC error. */
const wrapped = (code: number, details: string) => new ServiceError('Workflow Update failed', { cause: grpc(code, details) });

describe('a failed Update, classified', () => {
  it('at the limit of Updates: stuck, with the reason named', () => {
    expect(
      processRefusalOf(wrapped(status.FAILED_PRECONDITION, 'The limit on the total number of distinct updates in this workflow has been reached (2000).')),
    ).toEqual({
      kind: 'stuck',
      reason: 'limit',
      detail: 'FAILED_PRECONDITION: The limit on the total number of distinct updates in this workflow has been reached (2000).',
    });
  });

  it('too many at once: busy', () => {
    expect(processRefusalOf(wrapped(status.RESOURCE_EXHAUSTED, 'in-flight updates'))).toMatchObject({ kind: 'busy' });
  });

  it('another refusal: stuck, for the desk to look at', () => {
    expect(processRefusalOf(wrapped(status.INVALID_ARGUMENT, 'bad request'))).toMatchObject({
      kind: 'stuck',
      reason: 'refused',
      detail: 'INVALID_ARGUMENT: bad request',
    });
    expect(processRefusalOf(wrapped(status.PERMISSION_DENIED, 'no'))).toMatchObject({ kind: 'stuck', reason: 'refused' });
  });

  it('unreachable, timed out, not found or not a gRPC error at all: not a refusal of this kind', () => {
    for (const code of [status.UNAVAILABLE, status.DEADLINE_EXCEEDED, status.CANCELLED, status.NOT_FOUND])
      expect(processRefusalOf(wrapped(code, 'x'))).toBeNull();
    expect(processRefusalOf(new Error('boom'))).toBeNull();
    expect(processRefusalOf(undefined)).toBeNull();
  });
});
