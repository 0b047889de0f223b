// Canned responses (SPEC §8 "reuse"): an agent's own or the desk's shared texts, in Danish and
// optionally English, with placeholders filled from the case when one is inserted — in the case
// contact's language.
import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import { unknownPlaceholders } from '../../domain/knowledge/placeholders.js';
import { optionalText, text } from '../../domain/text-input.js';
import { parseObject } from '../../domain/validation.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { caseTexts, fillForCase } from './case-texts.js';

export interface CannedResponse {
  id: number;
  name: string;
  text: { da: string; en: string | null };
  shared: boolean;
  ownerId: number;
  owner: string;
  updatedAt: Date;
}

const cannedInput = z.strictObject({
  name: text(100, { multiline: false }),
  text: z.strictObject({ da: text(10_000), en: optionalText(10_000).nullable() }),
  shared: z.boolean({ error: 'invalid' }),
});

function staffOnly(person: Person): void {
  if (!isStaff(person)) throw forbidden();
}

function parse(raw: unknown) {
  const parsed = parseObject(cannedInput, raw);
  if (!parsed.ok) throw invalid(parsed.errors);
  const v = parsed.value;
  const errors: Record<string, string> = {};
  if (unknownPlaceholders(v.text.da).length) errors['text.da'] = 'unknown_placeholder';
  if (v.text.en && unknownPlaceholders(v.text.en).length) errors['text.en'] = 'unknown_placeholder';
  if (Object.keys(errors).length) throw invalid(errors);
  return { name: v.name, textDa: v.text.da, textEn: v.text.en || null, shared: v.shared };
}

const SELECT = `SELECT r.id, r.name, r.text_da, r.text_en, r.shared, r.owner_id, p.first_name || ' ' || p.last_name AS owner, r.updated_at
                  FROM canned_responses r JOIN people p ON p.id = r.owner_id`;

interface Row {
  id: number;
  name: string;
  text_da: string;
  text_en: string | null;
  shared: boolean;
  owner_id: number;
  owner: string;
  updated_at: Date;
}

const fromRow = (r: Row): CannedResponse => ({
  id: r.id,
  name: r.name,
  text: { da: r.text_da, en: r.text_en },
  shared: r.shared,
  ownerId: r.owner_id,
  owner: r.owner,
  updatedAt: new Date(r.updated_at),
});

export async function createCanned(s: Services, person: Person, raw: unknown): Promise<CannedResponse> {
  staffOnly(person);
  const c = parse(raw);
  const [row] = await s.db.sequelize.query<{ id: number }>(
    `INSERT INTO canned_responses (name, text_da, text_en, shared, owner_id, created_at, updated_at) VALUES (:name, :textDa, :textEn, :shared, :owner, :at, :at) RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { ...c, owner: person.id, at: new Date(s.now()) } },
  );
  return findCanned(s, person, row.id);
}

/** The person's own canned responses and the shared ones, by name. */
export async function listCanned(s: Services, person: Person): Promise<CannedResponse[]> {
  staffOnly(person);
  const rows = await s.db.sequelize.query<Row>(`${SELECT} WHERE r.shared OR r.owner_id = :me ORDER BY lower(r.name), r.id`, {
    type: QueryTypes.SELECT,
    replacements: { me: person.id },
  });
  return rows.map(fromRow);
}

/** One canned response the person may use (their own or a shared one); another's personal one is not found. */
export async function findCanned(s: Services, person: Person, id: number): Promise<CannedResponse> {
  staffOnly(person);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  const [row] = await s.db.sequelize.query<Row>(`${SELECT} WHERE r.id = :id AND (r.shared OR r.owner_id = :me)`, {
    type: QueryTypes.SELECT,
    replacements: { id, me: person.id },
  });
  if (!row) throw notFound();
  return fromRow(row);
}

/** Who may change a canned response: its owner, and a desk manager for a shared one. */
const mayChange = (person: Person, c: CannedResponse) => c.ownerId === person.id || (c.shared && person.role === 'manager');

export async function updateCanned(s: Services, person: Person, id: number, raw: unknown): Promise<CannedResponse> {
  const before = await findCanned(s, person, id);
  if (!mayChange(person, before)) throw forbidden();
  const c = parse(raw);
  await s.db.sequelize.query(
    'UPDATE canned_responses SET name = :name, text_da = :textDa, text_en = :textEn, shared = :shared, updated_at = :at WHERE id = :id',
    {
      replacements: { ...c, id, at: new Date(s.now()) },
    },
  );
  return findCanned(s, person, id);
}

export async function deleteCanned(s: Services, person: Person, id: number): Promise<void> {
  const before = await findCanned(s, person, id);
  if (!mayChange(person, before)) throw forbidden();
  await s.db.sequelize.query('DELETE FROM canned_responses WHERE id = :id', { replacements: { id } });
}

/** The canned response for a case: in the case contact's language (Danish when it has no English), every placeholder filled. */
export async function renderCanned(s: Services, person: Person, id: number, caseNumber: number): Promise<{ text: string; locale: string }> {
  const canned = await findCanned(s, person, id);
  const facts = await caseTexts(s, person, caseNumber);
  const text = facts.locale === 'en' && canned.text.en ? canned.text.en : canned.text.da;
  return { text: fillForCase(text, facts), locale: facts.locale };
}
