// Exporting everything the product holds about a person (GDPR art. 15 and 20), for a desk manager to
// hand over: a zip of JSON files and the files themselves — the profile and its periods, sign-in
// history (last sign-in, API tokens, open sessions), the cases they filed (with their customer-visible
// timeline), wrote in or follow, their messages and attachments (and the files kept for them after a
// refused form), the ratings they gave, the raw mails they sent, the mails sent to them, and the audit
// entries about them or made by them. Audited. yazl writes the zip as a stream.
import { QueryTypes } from 'sequelize';
import yazl from 'yazl';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { recordAudit } from '../audit/record.js';
import { customerPerson } from './erase.js';
import { relatedCases } from './related-cases.js';
import { pendingUploadsOf, ratingsGiven } from './everyday-traces.js';

export interface PersonExport {
  filename: string;
  zip: NodeJS.ReadableStream;
}

const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');
const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'file';

export async function exportPerson(s: Services, by: Person, id: number): Promise<PersonExport> {
  const p = await customerPerson(s, id);
  const q = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    s.db.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements: { id, email: p.email.toLowerCase(), ...replacements } });
  const related = await relatedCases(s, p);
  const filed = related.filed.map((c) => c.number);
  const all = [...filed, ...related.other.map((c) => c.number)];
  const some = (xs: number[]) => (xs.length ? xs : [0]);

  const [company] = p.companyId ? await q<{ id: string; name: string }>('SELECT id, name FROM companies WHERE id = :c', { c: p.companyId }) : [];
  const periods = await q(
    'SELECT kind, company_id AS "companyId", valid_from AS "validFrom", valid_to AS "validTo" FROM person_periods WHERE person_id = :id ORDER BY valid_from',
  );
  const tokens = await q(
    `SELECT purpose, label, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", used_at AS "usedAt"
       FROM person_tokens WHERE person_id = :id ORDER BY created_at`,
  );
  const sessions = await q(`SELECT expire AS "expiresAt" FROM sessions WHERE (sess::jsonb ->> 'personId') = :pid ORDER BY expire`, { pid: String(id) });
  const cases = await q<Record<string, unknown> & { number: number }>(
    `SELECT number, type, status, channel, title, received_at AS "receivedAt", closed_at AS "closedAt",
            CASE WHEN contact_id = :id THEN description END AS description, CASE WHEN contact_id = :id THEN fields END AS fields,
            CASE WHEN contact_id = :id THEN 'contact' WHEN number IN (:following) THEN 'follower' ELSE 'participant' END AS "yourRole"
       FROM cases WHERE number IN (:all) ORDER BY number`,
    { all: some(all), following: some(related.following.map((c) => c.number)) },
  );
  const events = await q<{ caseNumber: number }>(
    `SELECT case_number AS "caseNumber", kind, actor_name AS actor, text, occurred_at AS at FROM case_events
      WHERE (case_number IN (:filed) AND visibility = 'customer') OR actor_id = :id ORDER BY case_number, seq`,
    { filed: some(filed) },
  );
  // What they wrote: replies, answers and reasons on the timeline, and messages.
  const messages = await q(
    `SELECT "case", kind, body, "createdAt" FROM (
       SELECT case_number AS "case", kind, text AS body, occurred_at AS "createdAt" FROM case_events WHERE actor_id = :id AND text IS NOT NULL AND text <> ''
       UNION ALL SELECT case_number, CASE WHEN internal THEN 'note' ELSE 'message' END, body, created_at FROM case_messages WHERE author_id = :id
     ) m ORDER BY "createdAt"`,
  );
  const files = await q<{ id: string; case: number; filename: string; contentType: string; data: Buffer; createdAt: Date }>(
    `SELECT id::text AS id, case_number AS "case", filename, content_type AS "contentType", data, created_at AS "createdAt" FROM attachments WHERE uploaded_by_id = :id ORDER BY id`,
  );
  const mails = await q<{ id: string; raw: Buffer; receivedAt: Date; case: number | null; subject: string | null }>(
    `SELECT id::text AS id, raw, received_at AS "receivedAt", case_number AS "case", subject FROM inbound_mails
      WHERE lower(from_address) = :email OR lower(envelope_from) = :email ORDER BY id`,
  );
  const sent = await q(
    `SELECT template, case_number AS "case", params, sent_at AS "sentAt", created_at AS "createdAt" FROM notifications
      WHERE person_id = :id OR lower(email) = :email ORDER BY id`,
  );
  const ratings = await ratingsGiven(s, id);
  const pending = await pendingUploadsOf(s, id);
  const audit = await q(
    `SELECT at, actor_name AS actor, entity, entity_id AS "entityId", action, before, after FROM audit_log
      WHERE (entity = 'person' AND entity_id = :pid) OR actor_id = :id ORDER BY at, id`,
    { pid: String(id) },
  );

  const zip = new yazl.ZipFile();
  const stamp = new Date(s.now());
  const add = (name: string, data: Buffer) => zip.addBuffer(data, name, { mtime: stamp });
  add(
    'person.json',
    json({
      exportedAt: stamp.toISOString(),
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: p.phone ?? null,
      role: p.role,
      company: company ?? null,
      canApprove: p.canApprove,
      locale: p.locale,
      active: p.active,
      createdAt: p.createdAt,
      erasedAt: p.erasedAt ?? null,
      periods,
    }),
  );
  add('sign-ins.json', json({ lastSignInAt: p.lastLoginAt, tokens, openSessions: sessions }));
  add('cases.json', json(cases.map((c) => ({ ...c, timeline: events.filter((e) => e.caseNumber === c.number) }))));
  add('messages.json', json(messages));
  add('attachments.json', json(files.map(({ data: _data, ...f }) => ({ ...f, file: `attachments/${f.case}/${f.id}-${safeName(f.filename)}` }))));
  for (const f of files) add(`attachments/${f.case}/${f.id}-${safeName(f.filename)}`, Buffer.from(f.data));
  add('ratings.json', json(ratings));
  add('pending-uploads.json', json(pending.map(({ data: _data, ...u }, i) => ({ ...u, file: `pending-uploads/${i + 1}-${safeName(u.filename)}` }))));
  pending.forEach((u, i) => add(`pending-uploads/${i + 1}-${safeName(u.filename)}`, Buffer.from(u.data)));
  add('mails-received.json', json(mails.map(({ raw: _raw, ...m }) => ({ ...m, file: `mails/${m.id}.eml` }))));
  for (const m of mails) if (m.raw.length) add(`mails/${m.id}.eml`, Buffer.from(m.raw));
  add('mails-sent.json', json(sent));
  add('audit.json', json(audit));
  zip.end();

  await recordAudit(s, {
    actor: by,
    entity: 'person',
    entityId: id,
    action: 'exported',
    before: null,
    after: { cases: cases.length, files: files.length + pending.length, mails: mails.length },
  });
  return { filename: `person-${id}-export.zip`, zip: zip.outputStream };
}
