// What the case workflow hands its activities: a transition to record (read model, timeline
// event, notifications) and the billing lines to write at close.
import type { BillingLine } from '../domain/billing.js';
import type { Actor } from '../domain/actions/index.js';
import type { CompanyTerms, Instant, LocalDate } from '../domain/types.js';
import type { CaseView } from './messages.js';

/** Who a notification goes to; the activity resolves the people (`desk`: the case's owner, or every agent and manager while unassigned). */
export type Audience = 'contact' | 'price_approvers' | 'desk' | 'owner' | 'desk_managers';

export interface Notice {
  audience: Audience;
  /** A template name under `notifications.*` in the translation files. */
  template: string;
  params?: Record<string, string | number>;
}

export interface CaseEvent {
  /** An action name (`acknowledge`, …) or a process event (`received`, `response_due`, `closed`, …). */
  kind: string;
  actor: Pick<Actor, 'userId' | 'role' | 'name'> | null;
  /** Customer-visible text (a plan, a question, a summary), if any. */
  text: string | null;
  visibility: 'customer' | 'internal';
  data: Record<string, unknown>;
  at: Instant;
}

export interface TransitionRecord {
  workflowId: string;
  /** The case view after the transition; `view.version` is the event's sequence number. */
  view: CaseView;
  event: CaseEvent;
  notices: Notice[];
}

export interface BillingRecord {
  caseNumber: number;
  companyId: string;
  lines: BillingLine[];
  /** The close day in the desk's time zone: the month it is billed in. */
  billedOn: LocalDate;
}

export interface SplitRequest {
  parentNumber: number;
  titles: string[];
  /** Index of the first new case among all split off this case (earlier splits hold the ones before). */
  firstIndex: number;
}

/** What the workflow reads about the case's company at receipt. */
export interface CompanyForCase {
  name: string;
  terms: CompanyTerms;
}
