// What the case workflow needs its activities to do, stated on the workflow's side: activities/
// implements it (activities/index.ts is typed against it), so workflow code never imports activities/.
import type { BillingRecord, CompanyForCase, ContactOrderDelivery, ContactOrderOutcome, SplitRequest, TransitionRecord } from './records.js';

export interface CaseActivities {
  /** The company's name and what coverage needs to know about it. */
  loadCompanyTerms(companyId: string): Promise<CompanyForCase>;
  /** Writes a transition to the read model, timeline and notifications, idempotently. */
  recordTransition(record: TransitionRecord): Promise<void>;
  /** Writes a closed case's billing lines exactly once. */
  writeBillingLines(record: BillingRecord): Promise<{ written: number }>;
  /** Creates the rows of the cases split off a case. */
  allocateSplitCases(req: SplitRequest): Promise<{ number: number; title: string }[]>;
  /** Invites the ordered support contact, retires the one replaced and moves their open cases; idempotent. */
  deliverContactOrder(req: ContactOrderDelivery): Promise<ContactOrderOutcome>;
}
