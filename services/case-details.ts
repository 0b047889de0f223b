// One case as a person may see it: the read model, its timeline (process events and messages,
// internal ones for staff only, each with the files added with it), attachments, billing lines and
// what the person may do next.
import { isTerminal, type CaseAction } from '../domain/case-states.js';
import type { Person } from '../db/models/person.js';
import type { CaseRecord } from '../db/models/case-record.js';
import type { Company } from '../db/models/company.js';
import type { BillingLineRecord } from '../db/models/billing-line.js';
import { allowedActionsQuery } from '../workflows/messages.js';
import type { Services } from './context.js';
import { findVisibleCase } from './case-access.js';
import { actorOf, isStaff } from './people.js';
import { placeFiles } from './timeline-attachments.js';

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
  record: CaseRecord;
  /** What the customer asked for (description and the form's fields); null for a price approver, who sees only the offer. */
  request: { description: string; fields: Record<string, unknown> } | null;
  company: Company;
  contact: Person;
  owner: Person | null;
  timeline: TimelineEntry[];
  attachments: AttachmentInfo[];
  billingLines: BillingLineRecord[];
  allowedActions: CaseAction[];
  /** False when the workflow could not be asked (the actions list is then empty). */
  processReachable: boolean;
}

/** Timeline kinds a price approver sees: their quotes and training offers. */
const APPROVER_KINDS = new Set([
  'received',
  'quote',
  'release-quote',
  'accept-quote',
  'reject-quote',
  'quote_reminder',
  'quote_expiry',
  'offer-training',
  'accept-training',
  'decline-training',
  'training_lapse',
]);

export async function caseDetails(s: Services, person: Person, number: number): Promise<CaseDetails> {
  const record = await findVisibleCase(s, person, number);
  const { Company, Person: People, CaseEventRecord, CaseMessage, Attachment, BillingLineRecord } = s.db.models;
  const staff = isStaff(person);
  const [company, contact, owner, events, messages, attachments, billingLines, allowed] = await Promise.all([
    Company.findByPk(record.companyId, { rejectOnEmpty: true }),
    People.findByPk(record.contactId, { rejectOnEmpty: true }),
    record.ownerId ? People.findByPk(record.ownerId) : Promise.resolve(null),
    CaseEventRecord.findAll({
      where: { caseNumber: number, ...(staff ? {} : { visibility: 'customer' }) },
      order: [
        ['occurredAt', 'ASC'],
        ['seq', 'ASC'],
      ],
    }),
    person.role === 'approver'
      ? Promise.resolve([])
      : CaseMessage.findAll({
          where: { caseNumber: number, ...(staff ? {} : { internal: false }) },
          include: [{ association: 'author', attributes: ['firstName', 'lastName', 'role'] }],
          order: [['createdAt', 'ASC']],
        }),
    person.role === 'approver'
      ? Promise.resolve([])
      : Attachment.findAll({
          where: { caseNumber: number, ...(staff ? {} : { internal: false }) },
          attributes: ['id', 'filename', 'contentType', 'size', 'internal', 'createdAt', 'messageId', 'eventSeq', 'uploadedById'],
          order: [['id', 'ASC']],
        }),
    person.role === 'approver' ? Promise.resolve([]) : BillingLineRecord.findAll({ where: { caseNumber: number }, order: [['lineNo', 'ASC']] }),
    allowedActionsFor(s, person, record),
  ]);
  const timeline: TimelineEntry[] = [
    ...events
      .filter((e) => person.role !== 'approver' || APPROVER_KINDS.has(e.kind))
      .map((e) => ({
        at: e.occurredAt,
        kind: e.kind,
        actor: e.actorName ? { name: e.actorName, role: e.actorRole ?? '' } : null,
        text: e.text,
        internal: e.visibility === 'internal',
        data: staff ? e.data : withoutInternalData(e.kind, e.data),
        source: 'event' as const,
        ref: e.seq,
        actorId: e.actorId,
        attachments: [] as AttachmentInfo[],
      })),
    ...messages.map((m) => {
      const author = (m as unknown as { author?: Person }).author;
      return {
        at: m.createdAt,
        kind: m.internal ? 'note' : 'message',
        actor: author ? { name: `${author.firstName} ${author.lastName}`, role: author.role } : null,
        text: m.body,
        internal: m.internal,
        data: {},
        source: 'message' as const,
        ref: Number(m.id),
        actorId: m.authorId,
        attachments: [] as AttachmentInfo[],
      };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const files: AttachmentInfo[] = attachments.map((a) => ({
    id: Number(a.id),
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    internal: a.internal,
    createdAt: a.createdAt,
    messageId: a.messageId === null ? null : Number(a.messageId),
    eventSeq: a.eventSeq,
    uploadedById: a.uploadedById,
  }));
  placeFiles(timeline, files).forEach((placed, i) => (timeline[i].attachments = placed));
  return {
    record,
    request: person.role === 'approver' ? null : { description: record.description, fields: record.fields ?? {} },
    company,
    contact,
    owner,
    timeline,
    attachments: files,
    billingLines,
    allowedActions: allowed.actions,
    processReachable: allowed.reachable,
  };
}

/** Desk notes on logged time are for the desk; the customer sees the minutes. */
function withoutInternalData(kind: string, data: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'log-time') return { minutes: data.minutes, total: data.total };
  return data;
}

/** Asks the case's workflow what this person may do now (the rules are the workflow's, not the page's). */
export async function allowedActionsFor(s: Services, person: Person, record: CaseRecord): Promise<{ actions: CaseAction[]; reachable: boolean }> {
  if (isTerminal(record.status)) return { actions: [], reachable: true };
  const actor = actorOf(person);
  try {
    const handle = s.temporal.workflow.getHandle(record.workflowId);
    const actions = await s.temporal.connection.withDeadline(Date.now() + 3000, () =>
      handle.query(allowedActionsQuery, { role: actor.role, canApprove: actor.canApprove }),
    );
    return { actions, reachable: true };
  } catch (err) {
    s.log.warn({ err, number: record.number }, 'could not query the case workflow');
    return { actions: [], reachable: false };
  }
}
