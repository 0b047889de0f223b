// Finding a caller (SPEC §3: the desk registers phone requests on behalf of a support contact): the
// active support contacts whose name, e-mail, phone or company name match every word typed, for the
// phone intake's lookup and GET /api/v1/contacts. Staff only. A word of digits also matches a phone
// number written with spaces or a country code.
import { QueryTypes } from 'sequelize';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { forbidden, invalid } from '../errors.js';
import { isStaff } from './people.js';
import { withDetail } from '../../domain/validation.js';
import { textProblem } from '../../domain/text-input.js';

export interface FoundContact {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  company: { slug: string; name: string };
}

/** At most this many contacts are answered (best first: by name). */
export const LOOKUP_LIMIT = 20;
/** The longest lookup text, in characters. */
export const LOOKUP_QUERY_MAX = 100;

const likeWord = (w: string) => `%${w.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;

/** The words of a lookup, or a refusal naming the field and its limit. */
function wordsOf(q: unknown): string[] {
  if (q === undefined) return [];
  if (typeof q !== 'string') throw invalid({ q: 'invalid' });
  if ([...q].length > LOOKUP_QUERY_MAX) throw invalid({ q: withDetail('too_long', { max: LOOKUP_QUERY_MAX }) });
  // A single-line text (domain/text-input.ts): no control or invisible format characters.
  const problem = textProblem(q, { multiline: false });
  if (problem) throw invalid({ q: problem });
  return q.trim().split(/\s+/).filter(Boolean).slice(0, 6);
}

export async function findContacts(s: Services, person: Person, q: unknown): Promise<FoundContact[]> {
  if (!isStaff(person)) throw forbidden();
  const words = wordsOf(q);
  const replacements: Record<string, string | number> = { limit: LOOKUP_LIMIT };
  const conditions = words.map((w, i) => {
    replacements[`w${i}`] = likeWord(w);
    const digits = w.replace(/\D/g, '');
    const phone =
      digits.length >= 3 && digits.length >= w.replace(/[\s+()-]/g, '').length ? ` OR regexp_replace(coalesce(p.phone, ''), '\\D', '', 'g') LIKE :d${i}` : '';
    if (phone) replacements[`d${i}`] = `%${digits}%`;
    return `(lower(p.first_name || ' ' || p.last_name || ' ' || p.email || ' ' || coalesce(p.phone, '')) LIKE :w${i} OR lower(c.name) LIKE :w${i}${phone})`;
  });
  const rows = await s.db.sequelize.query<{ email: string; first_name: string; last_name: string; phone: string | null; slug: string; name: string }>(
    `SELECT p.email, p.first_name, p.last_name, p.phone, c.id AS slug, c.name
     FROM people p JOIN companies c ON c.id = p.company_id
     WHERE p.role = 'contact' AND p.active${conditions.map((c) => ` AND ${c}`).join('')}
     ORDER BY p.first_name, p.last_name, p.email LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements },
  );
  return rows.map((r) => ({ email: r.email, firstName: r.first_name, lastName: r.last_name, phone: r.phone, company: { slug: r.slug, name: r.name } }));
}
