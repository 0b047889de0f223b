// The rejected-intake log for the desk (SPEC §1): every mail that did not become a case — who sent it,
// when, by which channel, why, and what the sender was answered — and the way to turn one into a case
// for a support contact the desk chooses (the mail's text and attachments come along).
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import { CASE_TYPES } from '../../domain/types.js';
import { titleFromSubject } from '../../domain/mail-rules.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { isStaff } from '../people/people.js';
import { createCase } from '../cases/intake.js';
import { parseMail } from './parse.js';
import { selectFiles } from './inbound-files.js';

export interface RejectedIntake {
  id: number;
  channel: string;
  sender: string;
  subject: string | null;
  reason: string;
  answer: string;
  companyId: string | null;
  companyName: string | null;
  caseNumber: number | null;
  createdAt: Date;
}

export interface RejectedIntakeDetail extends RejectedIntake {
  inboundMailId: number | null;
  body: string;
  /** The original mail's HTML body, sanitised (no scripts, handlers or remote content). */
  safeHtml: string | null;
  attachmentNames: string[];
}

function staffOnly(person: Person): void {
  if (!isStaff(person)) throw forbidden();
}

const SELECT = `SELECT r.id::int AS id, r.channel, r.sender, r.subject, r.reason, r.answer, r.company_id AS "companyId", c.name AS "companyName",
  r.case_number AS "caseNumber", r.created_at AS "createdAt", r.inbound_mail_id::int AS "inboundMailId", r.body
  FROM intake_rejections r LEFT JOIN companies c ON c.id = r.company_id`;

export async function listRejectedIntake(
  s: Services,
  person: Person,
  opts: { page: number; perPage?: number },
): Promise<{ rows: RejectedIntake[]; total: number }> {
  staffOnly(person);
  const perPage = opts.perPage ?? 50;
  const rows = await s.db.sequelize.query<RejectedIntake>(`${SELECT} ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset`, {
    type: QueryTypes.SELECT,
    replacements: { limit: perPage, offset: Math.max(0, opts.page - 1) * perPage },
  });
  const [{ total }] = await s.db.sequelize.query<{ total: number }>('SELECT count(*)::int AS total FROM intake_rejections', { type: QueryTypes.SELECT });
  return { rows, total };
}

async function rawOf(s: Services, inboundMailId: number | null): Promise<{ raw: Buffer; safeHtml: string | null } | null> {
  if (!inboundMailId) return null;
  const [row] = await s.db.sequelize.query<{ raw: Buffer; safe_html: string | null }>('SELECT raw, safe_html FROM inbound_mails WHERE id = :id', {
    type: QueryTypes.SELECT,
    replacements: { id: inboundMailId },
  });
  return row ? { raw: row.raw, safeHtml: row.safe_html } : null;
}

export async function rejectedIntake(s: Services, person: Person, id: number): Promise<RejectedIntakeDetail> {
  staffOnly(person);
  const [row] = await s.db.sequelize.query<RejectedIntake & { inboundMailId: number | null; body: string | null }>(`${SELECT} WHERE r.id = :id`, {
    type: QueryTypes.SELECT,
    replacements: { id },
  });
  if (!row) throw notFound();
  const mail = await rawOf(s, row.inboundMailId);
  const parsed = mail ? await parseMail(mail.raw) : null;
  return { ...row, body: row.body ?? '', safeHtml: mail?.safeHtml ?? null, attachmentNames: parsed?.files.map((f) => f.filename) ?? [] };
}

const convertSchema = z.object({
  contactEmail: z.string({ error: 'required' }).trim().toLowerCase().min(1, { error: 'required' }),
  type: z.enum(CASE_TYPES, { error: 'invalid_choice' }),
});

/** Turns a rejected mail into a case for a support contact; the desk is the one registering it. */
export async function convertRejectedIntake(s: Services, person: Person, id: number, input: { contactEmail: unknown; type: unknown }): Promise<number> {
  const detail = await rejectedIntake(s, person, id);
  const parsedInput = convertSchema.safeParse(input);
  const errors: Record<string, string> = {};
  if (!parsedInput.success) for (const i of parsedInput.error.issues) errors[String(i.path[0])] ??= i.message;
  const contact = parsedInput.success
    ? await s.db.models.Person.findOne({ where: { email: parsedInput.data.contactEmail, role: 'contact', active: true } })
    : null;
  if (parsedInput.success && !contact) errors.contactEmail = 'not_a_contact';
  if (Object.keys(errors).length || !contact || !parsedInput.success) throw invalid(errors);

  // Claimed first, so two clicks (or two agents) make one case.
  const [claimed] = await s.db.sequelize.query<{ id: number }>(
    `UPDATE intake_rejections SET converted_by_id = :by, converted_at = now() WHERE id = :id AND case_number IS NULL
       AND (converted_at IS NULL OR converted_at < now() - interval '5 minutes') RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { id, by: person.id } },
  );
  if (!claimed) throw conflict('rules:refusals.already_converted');
  try {
    const mail = await rawOf(s, detail.inboundMailId);
    const files = mail ? await selectFiles((await parseMail(mail.raw)).files, contact.locale === 'en' ? 'en' : 'da') : { kept: [], note: null };
    const text = [detail.body || detail.subject || '', files.note].filter(Boolean).join('\n\n');
    const record = await createCase(s, {
      by: person,
      contact,
      type: parsedInput.data.type,
      channel: detail.channel === 'mail' ? 'mail' : 'phone',
      content: { title: titleFromSubject(detail.subject ?? '', detail.body), description: text.slice(0, 10_000), fields: {} },
      files: files.kept,
    });
    await s.db.models.IntakeRejection.update({ caseNumber: record.number }, { where: { id } });
    return record.number;
  } catch (err) {
    await s.db.models.IntakeRejection.update({ convertedAt: null, convertedById: null }, { where: { id, caseNumber: null } });
    throw err;
  }
}
