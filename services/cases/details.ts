// One case as a person may see it: the read model with the workflow's view, a page of its timeline
// (process events and messages, internal ones for staff only; the newest entries unless an earlier page
// is asked for), attachments, billing lines and what the person may do next — judged by the case rules
// (domain/actions) on the view the workflow last recorded.
import { allowedActions, type CaseAction } from '../../domain/actions/index.js';
import { isTerminal, reopenable } from '../../domain/case-states.js';
import type { CaseView } from '../../workflows/messages.js';
import type { Services } from '../context.js';
import { findVisibleCase, type CaseRow } from './access.js';
import {
  readCaseDetails,
  readTimelinePage,
  type BillingLineSummary,
  type Follower,
  type PersonSummary,
  type RawEvent,
  type RawMessage,
} from './details-query.js';
import { mergePage, NEWEST, type TimelinePageRequest } from './timeline-page.js';
import { actorOf, isStaff, type Person } from '../people/people.js';
import { placeFiles } from './timeline-attachments.js';

export type { BillingLineSummary, Follower, PersonSummary } from './details-query.js';

export interface TimelineEntry {
  at: Date;
  kind: string;
  actor: { name: string; role: string } | null;
  text: string | null;
  internal: boolean;
  data: Record<string, unknown>;
  source: 'event' | 'message';
  /** The event's sequence number, or the message's id. */
  ref: number;
  actorId: number | null;
  /** The files added with this entry. */
  attachments: AttachmentInfo[];
}

export interface AttachmentInfo {
  id: number;
  filename: string;
  contentType: string;
  size: number;
  internal: boolean;
  createdAt: Date;
  messageId: number | null;
  eventSeq: number | null;
  uploadedById: number | null;
}

export interface CaseDetails {
  record: CaseRow;
  /** What the customer asked for (description and the form's fields); null for a price approver, who sees only the offer. */
  request: { description: string; fields: Record<string, unknown> } | null;
  company: { id: string; name: string };
  contact: PersonSummary;
  owner: PersonSummary | null;
  /** Colleagues of the company who get the case's mails (SPEC §9). */
  followers: Follower[];
  /** A page of the timeline (the newest entries unless an earlier page was asked for), oldest first. */
  timeline: TimelineEntry[];
  /** Every timeline entry the person may see, on the page or not. */
  timelineTotal: number;
  /** The cursor to the entries before the page, or null when it starts with the first. */
  timelineEarlier: string | null;
  attachments: AttachmentInfo[];
  billingLines: BillingLineSummary[];
  allowedActions: CaseAction[];
  /** False while the case's process has not yet recorded it (the actions list is then empty). */
  processReachable: boolean;
}

export async function caseDetails(s: Services, person: Person, number: number, page: TimelinePageRequest = NEWEST): Promise<CaseDetails> {
  return detailsOf(s, person, await findVisibleCase(s, person, number), page);
}

/** A page of a case's timeline alone, newest first, and the cursor to the page before it. */
export async function caseTimelinePage(
  s: Services,
  person: Person,
  number: number,
  page: TimelinePageRequest,
): Promise<{ items: TimelineEntry[]; next: string | null }> {
  const record = await findVisibleCase(s, person, number);
  const reader = { staff: isStaff(person), approver: person.role === 'approver' };
  const raw = await readTimelinePage(s, record.number, reader, page);
  const merged = mergePage(raw.events, raw.messages, page.limit);
  const items = merged.entries.map((e) => entryOf(e, reader.staff));
  placeFiles(items, raw.attachments, merged.next === null && page.before === null).forEach((placed, i) => (items[i]!.attachments = placed));
  return { items: items.reverse(), next: merged.next };
}

/** The details of a case just decided on: its row as read before the decision, with the view the workflow answered. */
export function detailsAfterDecision(s: Services, person: Person, record: CaseRow, view: CaseView): Promise<CaseDetails> {
  return detailsOf(s, person, withView(record, view));
}

/** The row with the read-model columns the workflow's new view determines. */
export function withView(record: CaseRow, view: CaseView): CaseRow {
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));
  record.set({
    type: view.type,
    status: view.status,
    responseDueAt: at(view.responseDueAt),
    respondedAt: at(view.respondedAt),
    slaWarned: view.slaWarned,
    slaBreached: view.slaBreached,
    waitingOn: view.waitingOn,
    billable: view.billable,
    coverage: view.coverage,
    loggedMinutes: view.loggedMinutes,
    nextDeadlineKind: view.nextDeadline?.kind ?? null,
    nextDeadlineAt: at(view.nextDeadline?.at ?? null),
    view,
    closedAt: at(view.closedAt),
    version: view.version,
  });
  return record;
}

function entryOf(e: { source: 'event'; row: RawEvent } | { source: 'message'; row: RawMessage }, staff: boolean): TimelineEntry {
  if (e.source === 'event') {
    const r = e.row;
    return {
      at: new Date(r.at),
      kind: r.kind,
      actor: r.actorName ? { name: r.actorName, role: r.actorRole ?? '' } : null,
      text: r.text,
      internal: r.internal,
      data: staff ? r.data : withoutInternalData(r.kind, r.data),
      source: 'event',
      ref: r.seq,
      actorId: r.actorId,
      attachments: [],
    };
  }
  const m = e.row;
  return {
    at: new Date(m.at),
    kind: m.internal ? 'note' : 'message',
    actor: m.authorName ? { name: m.authorName, role: m.authorRole ?? '' } : null,
    text: m.body,
    internal: m.internal,
    data: {},
    source: 'message',
    ref: m.id,
    actorId: m.authorId,
    attachments: [],
  };
}

async function detailsOf(s: Services, person: Person, record: CaseRow, page: TimelinePageRequest = NEWEST): Promise<CaseDetails> {
  const staff = isStaff(person);
  // A price approver who follows the case (SPEC §9) reads it as the company's contacts do.
  const approver = person.role === 'approver' && !(record.view?.followers ?? []).some((f) => f.id === person.id);
  const d = await readCaseDetails(s, {
    number: record.number,
    companyId: record.companyId,
    contactId: record.contactId,
    ownerId: record.ownerId ?? null,
    followerIds: (record.view?.followers ?? []).map((f) => f.id),
    staff,
    approver,
    page,
  });
  const merged = mergePage(d.events, d.messages, page.limit);
  const timeline = merged.entries.map((e) => entryOf(e, staff));
  const whole = merged.next === null && page.before === null;
  placeFiles(timeline, d.attachments, whole).forEach((placed, i) => (timeline[i]!.attachments = placed));
  const view = record.view;
  return {
    record,
    request: approver ? null : { description: record.description, fields: record.fields ?? {} },
    company: d.company,
    contact: d.contact,
    owner: d.owner,
    followers: d.followers,
    timeline,
    timelineTotal: d.timelineTotal,
    timelineEarlier: merged.next,
    attachments: d.attachments,
    billingLines: d.billingLines,
    allowedActions: view ? actionsNow(view, record.status, person, s.now()) : [],
    processReachable: view !== null,
  };
}

/** What the person may do on the case now; on an ended case only a reopen within its window (rules 3) and a rating (SPEC §9). */
function actionsNow(view: CaseView, status: CaseRow['status'], person: Person, now: number): CaseAction[] {
  const all = allowedActions(view, actorOf(person));
  if (!isTerminal(status) || stillReopenable(view, now)) return all;
  return all.filter((a) => a === 'rate');
}

/** A case closed early that may still be reopened (rules 3), as far as the view last recorded says. */
export function stillReopenable(view: CaseView, now: number): boolean {
  return reopenable(view) && view.reopenUntil! > now;
}

/** Desk notes on logged time are for the desk; the customer sees the minutes. */
function withoutInternalData(kind: string, data: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'log-time') return { minutes: data.minutes, total: data.total };
  return data;
}
