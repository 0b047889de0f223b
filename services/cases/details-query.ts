// Everything shown around one case, read in ONE statement: company, contact, owner, a page of the
// timeline (its newest entries by default: services/cases/timeline-page.ts) and its size, attachments and
// billing lines — each filtered for what the reader may see.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import type { AttachmentInfo } from './details.js';
import { TIMELINE_PAGE_SQL, timelinePageReplacements, type TimelinePageRequest } from './timeline-page.js';

export interface PersonSummary {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  fullName: string;
  role: string;
}

export interface Follower {
  id: number;
  email: string;
  name: string;
  role: string;
}

export interface BillingLineSummary {
  lineNo: number;
  kind: string;
  minutes: number;
  amountOre: number;
  text: string;
}

export interface RawEvent {
  seq: number;
  at: string;
  /** The instant in microseconds (the timeline's order). */
  us: number;
  kind: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  text: string | null;
  internal: boolean;
  data: Record<string, unknown>;
}

export interface RawMessage {
  id: number;
  at: string;
  us: number;
  authorId: number | null;
  authorName: string | null;
  authorRole: string | null;
  body: string;
  internal: boolean;
}

/** A page of the timeline as read: each source's newest rows before the cursor (one more than the page). */
export interface RawTimelinePage {
  events: RawEvent[];
  messages: RawMessage[];
  /** Every entry the reader may see, on this page or not. */
  timelineTotal: number;
}

export interface RawDetails extends RawTimelinePage {
  company: { id: string; name: string };
  contact: PersonSummary;
  owner: PersonSummary | null;
  /** The case's followers with their current e-mail addresses (SPEC §9). */
  followers: Follower[];
  attachments: AttachmentInfo[];
  billingLines: BillingLineSummary[];
}

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'email', ${alias}.email, 'firstName', ${alias}.first_name, 'lastName', ${alias}.last_name, 'role', ${alias}.role)`;

/** The case's files the reader may see (none for a price approver). */
const ATTACHMENTS_SQL = `'attachments', CASE WHEN :approver THEN '[]'::json ELSE COALESCE((SELECT json_agg(json_build_object('id', f.id, 'filename', f.filename,
        'contentType', f.content_type, 'size', f.size, 'internal', f.internal, 'createdAt', f.created_at,
        'messageId', f.message_id, 'eventSeq', f.event_seq, 'uploadedById', f.uploaded_by_id) ORDER BY f.id)
      FROM attachments f WHERE f.case_number = :number AND (:staff OR NOT f.internal)), '[]') END`;

const SQL = `
SELECT json_build_object(
  'company', (SELECT json_build_object('id', c.id, 'name', c.name) FROM companies c WHERE c.id = :companyId),
  'contact', (SELECT ${person('p')} FROM people p WHERE p.id = :contactId),
  'owner', (SELECT ${person('p')} FROM people p WHERE p.id = :ownerId),
  'followers', COALESCE((SELECT json_agg(json_build_object('id', p.id, 'email', p.email, 'name', trim(p.first_name || ' ' || p.last_name), 'role', p.role) ORDER BY p.first_name, p.last_name, p.id)
      FROM people p WHERE p.company_id = :companyId AND p.id IN (SELECT CAST(f AS integer) FROM jsonb_array_elements_text(CAST(:followerIds AS jsonb)) AS f)), '[]'),
  ${TIMELINE_PAGE_SQL},
  ${ATTACHMENTS_SQL},
  'billingLines', CASE WHEN :approver THEN '[]'::json ELSE COALESCE((SELECT json_agg(json_build_object('lineNo', b.line_no, 'kind', b.kind,
        'minutes', b.minutes, 'amountOre', b.amount_ore, 'text', b.text) ORDER BY b.line_no)
      FROM billing_lines b WHERE b.case_number = :number), '[]') END
) AS details`;

interface Scope {
  number: number;
  companyId: string;
  contactId: number;
  ownerId: number | null;
  /** The followers' person ids, as the case's view lists them. */
  followerIds: number[];
  staff: boolean;
  approver: boolean;
  page: TimelinePageRequest;
}

const summary = (p: Omit<PersonSummary, 'fullName'> | null): PersonSummary | null => (p ? { ...p, fullName: `${p.firstName} ${p.lastName}`.trim() } : null);

export async function readCaseDetails(s: Services, scope: Scope): Promise<RawDetails> {
  const { page, ...rest } = scope;
  const [row] = await s.db.sequelize.query<{ details: RawDetails }>(SQL, {
    type: QueryTypes.SELECT,
    replacements: { ...rest, followerIds: JSON.stringify(scope.followerIds), ...timelinePageReplacements(scope.number, scope, page) },
  });
  const d = row!.details;
  return {
    company: d.company,
    contact: summary(d.contact)!,
    owner: summary(d.owner),
    followers: d.followers,
    ...timelinePageOf(d),
    attachments: attachmentsOf(d.attachments),
    billingLines: d.billingLines.map((b) => ({ ...b, amountOre: Number(b.amountOre) })),
  };
}

/** The page's rows with their ids and totals as numbers (bigint columns come as JSON numbers or strings). */
function timelinePageOf(d: RawTimelinePage): RawTimelinePage {
  return {
    events: d.events.map((e) => ({ ...e, us: Number(e.us) })),
    messages: d.messages.map((m) => ({ ...m, id: Number(m.id), us: Number(m.us) })),
    timelineTotal: Number(d.timelineTotal),
  };
}

const attachmentsOf = (files: AttachmentInfo[]): AttachmentInfo[] =>
  files.map((a) => ({ ...a, id: Number(a.id), createdAt: new Date(a.createdAt), messageId: a.messageId === null ? null : Number(a.messageId) }));

const PAGE_SQL = `SELECT json_build_object(${TIMELINE_PAGE_SQL}, ${ATTACHMENTS_SQL}) AS page`;

/** A page of the case's timeline alone, with the case's files (to place on it), in one statement. */
export async function readTimelinePage(
  s: Services,
  number: number,
  reader: { staff: boolean; approver: boolean },
  page: TimelinePageRequest,
): Promise<RawTimelinePage & { attachments: AttachmentInfo[] }> {
  const [row] = await s.db.sequelize.query<{ page: RawTimelinePage & { attachments: AttachmentInfo[] } }>(PAGE_SQL, {
    type: QueryTypes.SELECT,
    replacements: timelinePageReplacements(number, reader, page),
  });
  return { ...timelinePageOf(row!.page), attachments: attachmentsOf(row!.page.attachments) };
}
