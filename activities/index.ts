// The case workflow's activities, built from their dependencies (see ARCHITECTURE.md) and typed
// against what the workflow asks for (workflows/activity-contract.ts). Every activity is idempotent:
// it may be retried or replayed without writing anything twice.
import type { Database } from '../db/connection.js';
import type { CaseActivities } from '../workflows/activity-contract.js';
import { loadCompanyTerms } from './company-terms.js';
import { recordTransition } from './record-transition.js';
import { writeBillingLines } from './billing-lines.js';
import { allocateSplitCases } from './split-cases.js';
import { deliverContactOrder } from './contact-order.js';

export interface ActivityDependencies {
  db: Database;
}

export function createActivities(deps: ActivityDependencies): CaseActivities {
  return {
    loadCompanyTerms: loadCompanyTerms(deps),
    recordTransition: recordTransition(deps),
    writeBillingLines: writeBillingLines(deps),
    allocateSplitCases: allocateSplitCases(deps),
    deliverContactOrder: deliverContactOrder(deps),
  };
}

export type { CaseActivities };
