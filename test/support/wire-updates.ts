// A decision's Update as raw wire data (any input, typed or not), for tests that bypass the service
// layer to check what the workflow itself accepts or refuses.
import { defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, CaseAction } from '../../domain/actions/index.js';
import type { CaseView } from '../../workflows/messages.js';

export interface WireRequest {
  actor: Actor;
  input: unknown;
}

export const wireUpdate = (action: CaseAction): UpdateDefinition<CaseView, [WireRequest]> => defineUpdate<CaseView, [WireRequest]>(action);
