// Named views of the desk queue, each person their own: a name and the queue's query string (filters
// and sort), saved from the queue and opened from it. Staff only; a view is reached only by its owner.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { isStaff } from './people.js';
import { withDetail } from '../../domain/validation.js';
import { textProblem } from '../../domain/text-input.js';

export interface SavedView {
  id: number;
  name: string;
  /** The queue's query string, without the leading `?` ('' for the plain queue). */
  query: string;
}

export const VIEW_NAME_MAX = 60;
export const VIEWS_MAX = 30;

function staffOnly(person: Person): void {
  if (!isStaff(person)) throw forbidden();
}

export async function savedViews(s: Services, person: Person): Promise<SavedView[]> {
  staffOnly(person);
  return s.db.sequelize.query<SavedView>('SELECT id, name, query FROM saved_views WHERE person_id = :person ORDER BY lower(name), id', {
    type: QueryTypes.SELECT,
    replacements: { person: person.id },
  });
}

/** Saves (or replaces, by name) a view; `query` is the queue's own query string. */
export async function saveView(s: Services, person: Person, rawName: unknown, query: string): Promise<SavedView> {
  staffOnly(person);
  const name = typeof rawName === 'string' ? rawName.trim() : '';
  if (!name) throw invalid({ name: 'required' });
  // A name is a single-line text: no control or invisible format characters (domain/text-input.ts).
  const problem = textProblem(name, { multiline: false });
  if (problem) throw invalid({ name: problem });
  if (name.length > VIEW_NAME_MAX) throw invalid({ name: withDetail('too_long', { max: VIEW_NAME_MAX }) });
  const [count] = await s.db.sequelize.query<{ n: number }>('SELECT count(*)::int AS n FROM saved_views WHERE person_id = :person AND name <> :name', {
    type: QueryTypes.SELECT,
    replacements: { person: person.id, name },
  });
  if (count!.n >= VIEWS_MAX) throw invalid({ name: withDetail('too_many', { max: VIEWS_MAX }) });
  const [row] = await s.db.sequelize.query<SavedView>(
    `INSERT INTO saved_views (person_id, name, query) VALUES (:person, :name, :query)
     ON CONFLICT (person_id, name) DO UPDATE SET query = EXCLUDED.query RETURNING id, name, query`,
    { type: QueryTypes.SELECT, replacements: { person: person.id, name, query: query.slice(0, 2000) } },
  );
  return row!;
}

export async function deleteView(s: Services, person: Person, id: number): Promise<void> {
  staffOnly(person);
  const rows = await s.db.sequelize.query('DELETE FROM saved_views WHERE id = :id AND person_id = :person RETURNING id', {
    type: QueryTypes.SELECT,
    replacements: { id, person: person.id },
  });
  if (!rows.length) throw notFound();
}
