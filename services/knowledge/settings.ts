// The desk's knowledge settings: whether four-eyes review is on (a second agent may then publish an
// article another wrote; desk managers always may). Changed by desk managers; who and when is kept.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';
import { forbidden } from '../errors.js';

export async function fourEyesReview(s: Services): Promise<boolean> {
  const [row] = await s.db.sequelize.query<{ four_eyes: boolean }>('SELECT four_eyes FROM knowledge_settings', { type: QueryTypes.SELECT });
  return row?.four_eyes ?? false;
}

export async function setFourEyesReview(s: Services, person: Person, on: boolean): Promise<void> {
  if (person.role !== 'manager') throw forbidden();
  await s.db.sequelize.query('UPDATE knowledge_settings SET four_eyes = :on, updated_by_id = :by, updated_at = now()', {
    replacements: { on, by: person.id },
  });
}
