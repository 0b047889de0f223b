// Which cases hold a person's personal data: the cases they filed (their contact), and every other case
// where they wrote (timeline entries, messages, files, mails), are named (their e-mail address or full
// name in a case's texts — a colleague's reply, a moved case's "from", a support-contact order) or
// follow (the case's followers, issue 20: kept in the case's state and its view).
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import type { Person } from '../people/people.js';

export interface RelatedCases {
  /** Cases whose contact the person is. */
  filed: { number: number; open: boolean }[];
  /** Other cases they wrote in, are named in or follow. */
  other: { number: number; open: boolean }[];
  /** The cases they follow (among `other`, or `filed` when a contact follows their own). */
  following: { number: number; open: boolean }[];
}

/** The person's name and address as they may appear in texts (the words an erasure looks for). */
export function personNeedles(p: Pick<Person, 'firstName' | 'lastName' | 'email'>): string[] {
  return [p.email, `${p.firstName} ${p.lastName}`.trim()].filter((n) => n.length >= 3);
}

export async function relatedCases(s: Services, p: Person): Promise<RelatedCases> {
  const needles = personNeedles(p).map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await s.db.sequelize.query<{ number: number; open: boolean; filed: boolean; following: boolean }>(
    `SELECT c.number, c.status NOT IN ('closed', 'withdrawn') AS open, c.contact_id = :id AS filed,
            COALESCE(c.view -> 'followers' @> jsonb_build_array(jsonb_build_object('id', CAST(:id AS int))), false) AS following
       FROM cases c
      WHERE c.contact_id = :id OR c.registered_by_id = :id
         OR c.view -> 'followers' @> jsonb_build_array(jsonb_build_object('id', CAST(:id AS int)))
         OR c.number IN (SELECT case_number FROM moved_case_origins WHERE from_person_id = :id)
         OR c.number IN (SELECT case_number FROM case_events WHERE actor_id = :id OR text ILIKE ANY (ARRAY[:needles]) OR data::text ILIKE ANY (ARRAY[:needles]))
         OR c.number IN (SELECT case_number FROM case_messages WHERE author_id = :id OR body ILIKE ANY (ARRAY[:needles]))
         OR c.number IN (SELECT case_number FROM attachments WHERE uploaded_by_id = :id)
         OR c.number IN (SELECT case_number FROM inbound_mails WHERE case_number IS NOT NULL AND lower(from_address) = :email)
         OR c.description ILIKE ANY (ARRAY[:needles]) OR c.fields::text ILIKE ANY (ARRAY[:needles]) OR c.title ILIKE ANY (ARRAY[:needles])
      ORDER BY c.number`,
    { type: QueryTypes.SELECT, replacements: { id: p.id, email: p.email.toLowerCase(), needles } },
  );
  return {
    filed: rows.filter((r) => r.filed).map(({ number, open }) => ({ number, open })),
    other: rows.filter((r) => !r.filed).map(({ number, open }) => ({ number, open })),
    following: rows.filter((r) => r.following).map(({ number, open }) => ({ number, open })),
  };
}
