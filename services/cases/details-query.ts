// Everything shown around one case, read in ONE statement: company, contact, owner, timeline events,
// messages, attachments and billing lines — each filtered for what the reader may see.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import type { AttachmentInfo } from './details.js';

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

export interface RawDetails {
  company: { id: string; name: string };
  contact: PersonSummary;
  owner: PersonSummary | null;
  /** The case's followers with their current e-mail addresses (SPEC §9). */
  followers: Follower[];
  events: {
    seq: number;
    at: Date;
    kind: string;
    actorId: number | null;
    actorName: string | null;
    actorRole: string | null;
    text: string | null;
    internal: boolean;
    data: Record<string, unknown>;
  }[];
  messages: { id: number; at: Date; authorId: number | null; authorName: string | null; authorRole: string | null; body: string; internal: boolean }[];
  attachments: AttachmentInfo[];
  billingLines: BillingLineSummary[];
}

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'email', ${alias}.email, 'firstName', ${alias}.first_name, 'lastName', ${alias}.last_name, 'role', ${alias}.role)`;

const SQL = `
SELECT json_build_object(
  'company', (SELECT json_build_object('id', c.id, 'name', c.name) FROM companies c WHERE c.id = :companyId),
  'contact', (SELECT ${person('p')} FROM people p WHERE p.id = :contactId),
  'owner', (SELECT ${person('p')} FROM people p WHERE p.id = :ownerId),
  'followers', COALESCE((SELECT json_agg(json_build_object('id', p.id, 'email', p.email, 'name', trim(p.first_name || ' ' || p.last_name), 'role', p.role) ORDER BY p.first_name, p.last_name, p.id)
      FROM people p WHERE p.company_id = :companyId AND p.id IN (SELECT CAST(f AS integer) FROM jsonb_array_elements_text(CAST(:followerIds AS jsonb)) AS f)), '[]'),
  'events', COALESCE((SELECT json_agg(json_build_object('seq', e.seq, 'at', e.occurred_at, 'kind', e.kind, 'actorId', e.actor_id, 'actorName', e.actor_name, 'actorRole', e.actor_role,
        'text', e.text, 'internal', e.visibility = 'internal', 'data', e.data) ORDER BY e.occurred_at, e.seq)
      FROM case_events e WHERE e.case_number = :number AND (:staff OR e.visibility = 'customer')), '[]'),
  'messages', CASE WHEN :approver THEN '[]'::json ELSE COALESCE((SELECT json_agg(json_build_object('id', m.id, 'at', m.created_at, 'authorId', m.author_id,
        'authorName', NULLIF(trim(a.first_name || ' ' || a.last_name), ''), 'authorRole', a.role, 'body', m.body, 'internal', m.internal) ORDER BY m.created_at, m.id)
      FROM case_messages m LEFT JOIN people a ON a.id = m.author_id WHERE m.case_number = :number AND (:staff OR NOT m.internal)), '[]') END,
  'attachments', CASE WHEN :approver THEN '[]'::json ELSE COALESCE((SELECT json_agg(json_build_object('id', f.id, 'filename', f.filename,
        'contentType', f.content_type, 'size', f.size, 'internal', f.internal, 'createdAt', f.created_at,
        'messageId', f.message_id, 'eventSeq', f.event_seq, 'uploadedById', f.uploaded_by_id) ORDER BY f.id)
      FROM attachments f WHERE f.case_number = :number AND (:staff OR NOT f.internal)), '[]') END,
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
}

const summary = (p: Omit<PersonSummary, 'fullName'> | null): PersonSummary | null => (p ? { ...p, fullName: `${p.firstName} ${p.lastName}`.trim() } : null);

export async function readCaseDetails(s: Services, scope: Scope): Promise<RawDetails> {
  const [row] = await s.db.sequelize.query<{ details: RawDetails }>(SQL, {
    type: QueryTypes.SELECT,
    replacements: { ...scope, followerIds: JSON.stringify(scope.followerIds) },
  });
  const d = row!.details;
  return {
    company: d.company,
    contact: summary(d.contact)!,
    owner: summary(d.owner),
    followers: d.followers,
    events: d.events.map((e) => ({ ...e, at: new Date(e.at) })),
    messages: d.messages.map((m) => ({ ...m, id: Number(m.id), at: new Date(m.at) })),
    attachments: d.attachments.map((a) => ({
      ...a,
      id: Number(a.id),
      createdAt: new Date(a.createdAt),
      messageId: a.messageId === null ? null : Number(a.messageId),
    })),
    billingLines: d.billingLines.map((b) => ({ ...b, amountOre: Number(b.amountOre) })),
  };
}
