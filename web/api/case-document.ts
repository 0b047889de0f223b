// The case as the JSON API shows it: one document built from the read model, its timeline and billing
// lines (services/cases/details), for exactly what the caller may see.
import { describeCoverage } from '../../domain/coverage.js';
import type { CaseAction } from '../../domain/actions/index.js';
import type { QuoteState, TrainingOffer } from '../../domain/case-states.js';
import type { CaseStatus, CaseType, Channel } from '../../domain/types.js';
import type { CaseRow } from '../../services/cases/access.js';
import type { CaseDetails, TimelineEntry } from '../../services/cases/details.js';
import { isStaff, type Person } from '../../services/people/people.js';
import type { RoughEstimate } from '../../workflows/messages.js';
import type { OrderOffer } from '../../domain/orders/offer.js';

const iso = (d: Date | number | null | undefined): string | null => (d === null || d === undefined ? null : new Date(d).toISOString());

export interface CompanyRef {
  id: string;
  name: string;
}
export interface PersonRef {
  id: number;
  name: string;
  email: string;
}

/** A quote as the API shows it: instants as ISO strings. */
export type QuoteDocument = Omit<QuoteState, 'sentAt' | 'validUntil'> & { sentAt: string | null; validUntil: string | null };
export type TrainingDocument = Omit<TrainingOffer, 'priceOre' | 'rateOre'> & { priceOre: number | null; rateOre: number | null };
/** An order's offer and delivery as the API shows it (SPEC §3a). */
export interface OrderDocument {
  offer: (Omit<OrderOffer, 'sentAt' | 'validUntil'> & { sentAt: string | null; validUntil: string | null }) | null;
  deliveredAt: string | null;
}

export interface CaseSummary {
  number: number;
  type: CaseType;
  status: CaseStatus;
  channel: Channel;
  company: CompanyRef;
  contact: PersonRef;
  title: string;
  receivedAt: string;
  responseDueAt: string | null;
  slaBreached: boolean;
  waitingOn: string | null;
  billable: boolean;
}

export interface CaseDocument extends CaseSummary {
  description: string;
  fields: Record<string, unknown>;
  /** The agent handling the case; null while unassigned. */
  owner: PersonRef | null;
  respondedAt: string | null;
  coverageReason: string | null;
  loggedMinutes: number;
  nextDeadline: { kind: string; at: string } | null;
  reopenUntil: string | null;
  closedAt: string | null;
  quote: QuoteDocument | null;
  roughEstimate: RoughEstimate | null;
  training: TrainingDocument | null;
  order: OrderDocument | null;
  splitFrom: number | null;
  splitInto: number[];
  /** Colleagues of the company who get the case's mails (SPEC §9). */
  followers: { email: string; name: string }[];
  /** The contact's rating of the answer, once; null until given. */
  rating: { score: number; comment: string | null; at: string; by: string } | null;
  /** The case's version (also its ETag): an action with If-Match of an older one is 412. */
  version: number;
  allowedActions: CaseAction[];
  /** The newest entries of the timeline (at most 100), oldest first; GET /cases/{n}/timeline pages back. */
  timeline: TimelineItem[];
  /** How many timeline entries the caller may see in all. */
  timelineTotal: number;
  billingLines: { kind: string; minutes: number; amountOre: number; text: string }[];
  attachments: { id: number; filename: string; contentType: string; size: number; internal: boolean; createdAt: string }[];
}

export interface TimelineItem {
  at: string;
  kind: string;
  actor: { name: string; role: string } | null;
  text: string | null;
  internal: boolean;
  data: Record<string, unknown>;
  attachmentIds: number[];
}

/** One timeline entry as the API shows it. */
export function timelineItem(e: TimelineEntry): TimelineItem {
  return {
    at: iso(e.at)!,
    kind: e.kind,
    actor: e.actor,
    text: e.text,
    internal: e.internal,
    data: e.data ?? {},
    attachmentIds: e.attachments.map((a) => a.id),
  };
}

const companyRef = (c: { id: string; name: string }): CompanyRef => ({ id: c.id, name: c.name });
const personRef = (p: { id: number; email: string; fullName: string }): PersonRef => ({ id: p.id, name: p.fullName, email: p.email });

function summaryOf(r: CaseRow, company: CompanyRef, contact: PersonRef): CaseSummary {
  return {
    number: r.number,
    type: r.type,
    status: r.status,
    channel: r.channel,
    company,
    contact,
    title: r.title,
    receivedAt: iso(r.receivedAt)!,
    responseDueAt: iso(r.responseDueAt),
    slaBreached: r.slaBreached,
    waitingOn: r.waitingOn ?? null,
    billable: r.billable,
  };
}

/** One row of a case list (listCases includes the company and the contact). */
export function caseSummary(r: CaseRow): CaseSummary {
  const joined = r as CaseRow & { company?: CompanyRef; contact?: Person };
  return summaryOf(
    r,
    companyRef(joined.company ?? { id: r.companyId, name: r.companyId }),
    joined.contact ? personRef(joined.contact) : { id: r.contactId, name: '', email: '' },
  );
}

/** Deadlines that only concern the desk are not shown to customers. */
const DESK_DEADLINES = new Set(['response_warning']);

export function caseDocument(d: CaseDetails, viewer: Person): CaseDocument {
  const r = d.record;
  const staff = isStaff(viewer);
  const view = r.view;
  const quote = view?.quote ?? null;
  const deadline =
    r.nextDeadlineKind && r.nextDeadlineAt && (staff || !DESK_DEADLINES.has(r.nextDeadlineKind))
      ? { kind: r.nextDeadlineKind, at: iso(r.nextDeadlineAt)! }
      : null;
  return {
    ...summaryOf(r, companyRef(d.company), personRef(d.contact)),
    description: d.request?.description ?? '',
    fields: d.request?.fields ?? {},
    owner: d.owner ? personRef(d.owner) : null,
    respondedAt: iso(r.respondedAt),
    coverageReason: r.coverage ? describeCoverage(r.coverage, 'en') : null,
    loggedMinutes: r.loggedMinutes,
    nextDeadline: deadline,
    reopenUntil: iso(view?.reopenUntil ?? null),
    closedAt: iso(r.closedAt),
    // A quote waiting for a desk manager's release is not yet the customer's to see.
    quote: quote && (staff || quote.released) ? { ...quote, sentAt: iso(quote.sentAt), validUntil: iso(quote.validUntil) } : null,
    roughEstimate: view?.roughEstimate ?? null,
    training: view?.training ? { ...view.training, priceOre: view.training.priceOre ?? null, rateOre: view.training.rateOre ?? null } : null,
    order: view?.order
      ? {
          offer: view.order.offer ? { ...view.order.offer, sentAt: iso(view.order.offer.sentAt), validUntil: iso(view.order.offer.validUntil) } : null,
          deliveredAt: iso(view.order.deliveredAt),
        }
      : null,
    splitFrom: r.splitFrom ?? view?.splitFrom ?? null,
    splitInto: view?.splitInto ?? [],
    followers: d.followers.map((f) => ({ email: f.email, name: f.name })),
    rating: view?.rating ? { score: view.rating.score, comment: view.rating.comment, at: iso(view.rating.at)!, by: view.rating.by.name } : null,
    version: r.version,
    allowedActions: d.allowedActions,
    timeline: d.timeline.map(timelineItem),
    timelineTotal: d.timelineTotal,
    billingLines: d.billingLines.map((l) => ({ kind: l.kind, minutes: l.minutes, amountOre: Number(l.amountOre), text: l.text })),
    attachments: d.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      internal: a.internal,
      createdAt: iso(a.createdAt)!,
    })),
  };
}
