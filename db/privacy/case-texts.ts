// Removing every text and file of whole cases — what retention does to cases closed long ago and an
// erasure to the closed cases a person filed: title, description and form fields, the timeline's texts,
// messages and notes, attachments, the raw mails they came from, and the sent mails' parameters. Case
// numbers, dates, states, minutes and billing lines stay. The search documents follow through the
// case_search triggers (migration 0031) and are rebuilt once more at the end. Deleting the cases'
// payload data keys makes their Temporal histories unreadable (crypto-shredding).
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { REMOVED_TITLE, withoutTexts } from './scrub.js';

export interface RemovedTexts {
  cases: number;
  messages: number;
  events: number;
  attachments: number;
  mails: number;
  keys: number;
}

const caseWorkflowIds = (numbers: number[]) => numbers.map((n) => `case-${n}`);

/** Rewrites a JSON column of the rows `where` selects with `change` (row by row: the documents are small). */
async function rewriteJson(
  db: Sequelize,
  t: Transaction,
  table: string,
  column: string,
  where: string,
  replacements: Record<string, unknown>,
  change: (v: unknown) => unknown,
) {
  const rows = await db.query<{ id: string | number; v: unknown }>(`SELECT id, ${column} AS v FROM ${table} WHERE ${where}`, {
    type: QueryTypes.SELECT,
    replacements,
    transaction: t,
  });
  for (const r of rows) {
    const next = change(r.v);
    if (JSON.stringify(next) !== JSON.stringify(r.v)) {
      await db.query(`UPDATE ${table} SET ${column} = CAST(:v AS jsonb) WHERE id = :id`, {
        replacements: { v: JSON.stringify(next), id: r.id },
        transaction: t,
      });
    }
  }
}

/** Deletes the payload data keys of these cases: their Temporal histories can no longer be read. */
export async function shredCaseKeys(db: Sequelize, numbers: number[], t?: Transaction): Promise<number> {
  if (numbers.length === 0) return 0;
  const [, result] = await db.query(`DELETE FROM payload_data_keys WHERE workflow_id IN (:ids)`, {
    replacements: { ids: caseWorkflowIds(numbers) },
    transaction: t,
  });
  await db.query(`DELETE FROM payload_key_shreds_pending WHERE case_number IN (:numbers)`, { replacements: { numbers }, transaction: t });
  return (result as { rowCount?: number })?.rowCount ?? 0;
}

export async function removeCaseTexts(db: Sequelize, numbers: number[], reason: 'erasure' | 'retention', t: Transaction): Promise<RemovedTexts> {
  const out: RemovedTexts = { cases: 0, messages: 0, events: 0, attachments: 0, mails: 0, keys: 0 };
  if (numbers.length === 0) return out;
  const r = { numbers, title: REMOVED_TITLE };
  const count = async (sql: string) => {
    const [, result] = await db.query(sql, { replacements: r, transaction: t });
    return (result as { rowCount?: number })?.rowCount ?? 0;
  };
  // The raw mails first: a mail case names its mail in fields, which go next.
  out.mails = await count(
    `UPDATE inbound_mails SET raw = ''::bytea, size = 0, subject = NULL, safe_html = NULL, from_address = NULL, envelope_from = NULL
      WHERE (case_number IN (:numbers) OR id IN (SELECT (fields->>'inboundMail')::bigint FROM cases WHERE number IN (:numbers) AND fields ? 'inboundMail'))
        AND (size > 0 OR from_address IS NOT NULL)`,
  );
  out.cases = await count(`UPDATE cases SET title = :title, description = '', fields = '{}'::jsonb, updated_at = now() WHERE number IN (:numbers)`);
  const views = await db.query<{ number: number; view: unknown }>(`SELECT number, view FROM cases WHERE number IN (:numbers) AND view IS NOT NULL`, {
    type: QueryTypes.SELECT,
    replacements: r,
    transaction: t,
  });
  for (const v of views) {
    await db.query(`UPDATE cases SET view = CAST(:view AS jsonb) WHERE number = :number`, {
      replacements: { view: JSON.stringify(withoutTexts(v.view)), number: v.number },
      transaction: t,
    });
  }
  out.events = await count(`UPDATE case_events SET text = NULL WHERE case_number IN (:numbers) AND text IS NOT NULL`);
  await rewriteJson(db, t, 'case_events', 'data', `case_number IN (:numbers) AND data <> '{}'::jsonb`, r, withoutTexts);
  await count(`DELETE FROM attachments WHERE case_number IN (:numbers)`).then((n) => (out.attachments = n));
  out.messages = await count(`UPDATE case_messages SET body = '' WHERE case_number IN (:numbers) AND body <> ''`);
  await count(`UPDATE notifications SET params = '{}'::jsonb WHERE case_number IN (:numbers) AND params <> '{}'::jsonb`);
  await db.query(`INSERT INTO case_text_removals (case_number, reason) SELECT unnest(ARRAY[:numbers]::int[]), :reason ON CONFLICT (case_number) DO NOTHING`, {
    replacements: { numbers, reason },
    transaction: t,
  });
  for (const n of numbers) await db.query('SELECT case_search_rebuild(:n)', { replacements: { n }, transaction: t });
  out.keys = await shredCaseKeys(db, numbers, t);
  return out;
}
