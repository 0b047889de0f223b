// What the case workflow hands its activities: a transition to record (read model, timeline
// event, notifications) and the billing lines to write at close.
import type { BillingLine } from '../domain/billing.js';
import type { Actor } from '../domain/actions/index.js';
import type { CompanyTerms, Instant, LocalDate } from '../domain/types.js';
import type { CaseView } from './messages.js';

/**
 * Who a notification goes to; the activity resolves the people (`contact`: the case's contact and its
 * followers; `desk`: the case's owner, or every agent and manager while unassigned; `person`: the one
 * named by the notice's `personId` parameter).
 */
export type Audience = 'contact' | 'price_approvers' | 'desk' | 'owner' | 'desk_managers' | 'person';

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
  /** The close day in the desk's time zone: the month it is billed in (or the next open one when it is locked). */
  billedOn: LocalDate;
  /** The case was billed before (closed, reopened, closed again): what changed is billed as corrections. */
  again?: boolean;
}

export interface SplitRequest {
  parentNumber: number;
  titles: string[];
  /** Index of the first new case among all split off this case (earlier splits hold the ones before). */
  firstIndex: number;
}

/** A support-contact order delivered on a day (SPEC §3a); its fields are the case's request. */
export interface ContactOrderDelivery {
  caseNumber: number;
  companyId: string;
  deliveredOn: LocalDate;
  /** The delivery's instant (the workflow clock): the invitation link is valid from it. */
  at: Instant;
}

export interface ContactOrderOutcome {
  /** The new (or reactivated) support contact. */
  person: { id: number; name: string } | null;
  /** Whether an invitation to choose a password was sent (not for a person who already has one). */
  invited: boolean;
  /** The contact replaced, who lost access. */
  replaced: { id: number; name: string } | null;
  /** The replaced contact's open cases, now the new contact's. */
  moved: number[];
  /** Why nothing was changed: the e-mail belongs to someone else, or the contact to replace is gone. */
  problem: 'email_taken' | 'replaced_unknown' | null;
}

/** What the workflow reads about the case's company at receipt. */
export interface CompanyForCase {
  name: string;
  terms: CompanyTerms;
}
