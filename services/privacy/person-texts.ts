// An erased person's traces in cases they did not file, and everywhere else the product keeps text:
// what they wrote is removed (timeline texts, messages, files, raw mails), and their name and e-mail
// address are replaced by "Slettet person #id" wherever other people's texts mention them — cases,
// sent-mail parameters, rejected intake, locked billing documents, recommendations and the audit log.
import { QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../context.js';
import { replaceIn, replaceInJson, withoutTexts } from '../../db/privacy/scrub.js';

type Rewrite = (v: unknown) => unknown;

export interface PersonTextsRemoved {
  events: number;
  messages: number;
  attachments: number;
  mails: number;
}

async function count(s: Services, t: Transaction, sql: string, replacements: Record<string, unknown>): Promise<number> {
  const [, result] = await s.db.sequelize.query(sql, { replacements, transaction: t });
  return (result as { rowCount?: number })?.rowCount ?? 0;
}

/** Rewrites text/JSON columns of the rows that mention a needle (row by row: erasures are rare and touch few rows). */
async function rewriteRows(
  s: Services,
  t: Transaction,
  table: string,
  key: string,
  columns: { name: string; json: boolean }[],
  where: string,
  r: Record<string, unknown>,
  f: Rewrite,
) {
  const rows = await s.db.sequelize.query<Record<string, unknown>>(
    `SELECT ${key} AS key, ${columns.map((c) => c.name).join(', ')} FROM ${table} WHERE ${where}`,
    {
      type: QueryTypes.SELECT,
      replacements: r,
      transaction: t,
    },
  );
  for (const row of rows) {
    const sets: string[] = [];
    const values: Record<string, unknown> = { key: row.key };
    for (const c of columns) {
      const before = row[c.name];
      if (before === null || before === undefined) continue;
      const after = f(before);
      if (JSON.stringify(after) === JSON.stringify(before)) continue;
      sets.push(c.json ? `${c.name} = CAST(:${c.name} AS jsonb)` : `${c.name} = :${c.name}`);
      values[c.name] = c.json ? JSON.stringify(after) : after;
    }
    if (sets.length) await s.db.sequelize.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${key} = :key`, { replacements: values, transaction: t });
  }
}

/** Removes what person `id` wrote in `cases` (cases they did not file). */
export async function removeWrittenTexts(s: Services, t: Transaction, id: number, email: string, cases: number[]): Promise<PersonTextsRemoved> {
  const r = { id, cases: cases.length ? cases : [0], email };
  const out: PersonTextsRemoved = { events: 0, messages: 0, attachments: 0, mails: 0 };
  out.events = await count(s, t, `UPDATE case_events SET text = NULL WHERE actor_id = :id AND text IS NOT NULL`, r);
  // Open cases they filed that moved to a colleague: their description and form fields go (the title stays: the case goes on under it).
  await count(
    s,
    t,
    `UPDATE cases SET description = '', fields = '{}'::jsonb WHERE number IN (SELECT case_number FROM moved_case_origins WHERE from_person_id = :id)`,
    r,
  );
  await rewriteRows(s, t, 'case_events', 'id', [{ name: 'data', json: true }], `actor_id = :id AND data <> '{}'::jsonb`, r, (v) => withoutTexts(v));
  out.messages = await count(s, t, `UPDATE case_messages SET body = '' WHERE author_id = :id AND body <> ''`, r);
  out.attachments = await count(s, t, `DELETE FROM attachments WHERE uploaded_by_id = :id`, r);
  out.mails = await count(
    s,
    t,
    `UPDATE inbound_mails SET raw = ''::bytea, size = 0, subject = NULL, safe_html = NULL, from_address = NULL, envelope_from = NULL
      WHERE lower(from_address) = :email OR lower(envelope_from) = :email`,
    r,
  );
  return out;
}

/** Replaces the person's name and e-mail address by `anonymous` in every text of the product that mentions them. */
export async function replaceMentions(s: Services, t: Transaction, id: number, needles: string[], anonymous: string, cases: number[]): Promise<void> {
  const like = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const r = { id, like, cases: cases.length ? cases : [0] };
  const text: Rewrite = (v) => replaceIn(String(v), needles, anonymous);
  const json: Rewrite = (v) => replaceInJson(v, needles, anonymous);
  const both = (v: unknown) => (typeof v === 'string' ? text(v) : json(v));
  const mentions = (cols: string[]) => cols.map((c) => `${c}::text ILIKE ANY (ARRAY[:like])`).join(' OR ');
  await count(s, t, `UPDATE case_events SET actor_name = :anonymous WHERE actor_id = :id`, { ...r, anonymous });
  await rewriteRows(
    s,
    t,
    'case_events',
    'id',
    [
      { name: 'text', json: false },
      { name: 'data', json: true },
    ],
    `case_number IN (:cases) AND (${mentions(['text', 'data'])})`,
    r,
    both,
  );
  await rewriteRows(s, t, 'case_messages', 'id', [{ name: 'body', json: false }], `case_number IN (:cases) AND (${mentions(['body'])})`, r, both);
  await rewriteRows(
    s,
    t,
    'cases',
    'number',
    [
      { name: 'title', json: false },
      { name: 'description', json: false },
      { name: 'fields', json: true },
      { name: 'view', json: true },
    ],
    `number IN (:cases) AND (${mentions(['title', 'description', 'fields', 'view'])})`,
    r,
    both,
  );
  await rewriteRows(s, t, 'notifications', 'id', [{ name: 'params', json: true }], `person_id = :id OR ${mentions(['params', 'email'])}`, r, both);
  await rewriteRows(
    s,
    t,
    'intake_rejections',
    'id',
    [
      { name: 'sender', json: false },
      { name: 'subject', json: false },
      { name: 'body', json: false },
    ],
    mentions(['sender', 'subject', 'body']),
    r,
    both,
  );
  await rewriteRows(s, t, 'billing_locks', "company_id || '/' || month", [{ name: 'document', json: true }], mentions(['document']), r, both);
  await rewriteRows(
    s,
    t,
    'contact_recommendations',
    'id',
    [
      { name: 'message', json: false },
      { name: 'figures', json: true },
    ],
    mentions(['message', 'figures']),
    r,
    both,
  );
  await rewriteRows(
    s,
    t,
    'audit_log',
    'id',
    [
      { name: 'before', json: true },
      { name: 'after', json: true },
    ],
    mentions(['before', 'after']),
    r,
    both,
  );
  await count(s, t, `UPDATE audit_log SET actor_name = :anonymous WHERE actor_id = :id`, { ...r, anonymous });
}
