// Reading announcements (SPEC §8): a support contact or price approver sees the ones that went to
// them (read or not), staff see every one with its companies and who has read it.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { notFound } from '../errors.js';

export interface Announcement {
  id: number;
  title: { da: string; en: string | null };
  body: { da: string; en: string | null };
  important: boolean;
  /** The companies it went to; null when it went to all. Staff only (a customer is not told who else got it). */
  companies: { id: string; name: string }[] | null;
  createdAt: Date;
  createdBy: string;
  /** For a recipient: when they marked it read. */
  readAt: Date | null;
  /** For staff: how many it went to, and how many have read it. */
  recipientCount: number;
  readCount: number;
}

interface Row {
  id: number;
  title_da: string;
  title_en: string | null;
  body_da: string;
  body_en: string | null;
  important: boolean;
  all_companies: boolean;
  companies: { id: string; name: string }[] | null;
  created_at: Date;
  created_by: string;
  read_at: Date | null;
  recipient_count: number;
  read_count: number;
}

const SELECT = `
  SELECT a.id, a.title_da, a.title_en, a.body_da, a.body_en, a.important, a.all_companies, a.created_at,
         s.first_name || ' ' || s.last_name AS created_by,
         (SELECT json_agg(json_build_object('id', co.id, 'name', co.name) ORDER BY co.name) FROM announcement_companies ac JOIN companies co ON co.id = ac.company_id
           WHERE ac.announcement_id = a.id) AS companies,
         me.read_at,
         (SELECT count(*)::int FROM announcement_recipients r WHERE r.announcement_id = a.id) AS recipient_count,
         (SELECT count(*)::int FROM announcement_recipients r WHERE r.announcement_id = a.id AND r.read_at IS NOT NULL) AS read_count
    FROM announcements a
    JOIN people s ON s.id = a.created_by_id
    LEFT JOIN announcement_recipients me ON me.announcement_id = a.id AND me.person_id = :me`;

function fromRow(r: Row, staff: boolean): Announcement {
  return {
    id: r.id,
    title: { da: r.title_da, en: r.title_en },
    body: { da: r.body_da, en: r.body_en },
    important: r.important,
    companies: staff ? (r.all_companies ? null : (r.companies ?? [])) : null,
    createdAt: new Date(r.created_at),
    createdBy: r.created_by,
    readAt: r.read_at ? new Date(r.read_at) : null,
    recipientCount: r.recipient_count,
    readCount: r.read_count,
  };
}

/** Staff: every announcement; a customer: those that went to them; newest first. */
export async function listAnnouncements(s: Services, person: Person, limit = 100): Promise<Announcement[]> {
  const staff = isStaff(person);
  const rows = await s.db.sequelize.query<Row>(`${SELECT} WHERE (:staff OR me.person_id IS NOT NULL) ORDER BY a.created_at DESC, a.id DESC LIMIT :limit`, {
    type: QueryTypes.SELECT,
    replacements: { me: person.id, staff, limit },
  });
  return rows.map((r) => fromRow(r, staff));
}

/** One announcement, for staff or for someone it went to (anyone else: not found). */
export async function findAnnouncement(s: Services, person: Person, id: number): Promise<Announcement> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
  const staff = isStaff(person);
  const [row] = await s.db.sequelize.query<Row>(`${SELECT} WHERE a.id = :id AND (:staff OR me.person_id IS NOT NULL)`, {
    type: QueryTypes.SELECT,
    replacements: { me: person.id, staff, id },
  });
  if (!row) throw notFound();
  return fromRow(row, staff);
}

export interface Recipient {
  name: string;
  email: string;
  company: string;
  role: string;
  readAt: Date | null;
  reminders: number;
}

/** Who the announcement went to, unread first, then by company and name. */
export async function announcementRecipients(s: Services, id: number): Promise<Recipient[]> {
  const rows = await s.db.sequelize.query<{ name: string; email: string; company: string; role: string; read_at: Date | null; reminders: number }>(
    `SELECT p.first_name || ' ' || p.last_name AS name, p.email, co.name AS company, p.role, r.read_at, r.reminders
       FROM announcement_recipients r JOIN people p ON p.id = r.person_id JOIN companies co ON co.id = r.company_id
      WHERE r.announcement_id = :id ORDER BY r.read_at IS NOT NULL, co.name, p.first_name, p.last_name, p.id`,
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  return rows.map((r) => ({
    name: r.name,
    email: r.email,
    company: r.company,
    role: r.role,
    readAt: r.read_at ? new Date(r.read_at) : null,
    reminders: r.reminders,
  }));
}

/** The announcements a customer has not marked read yet (shown on every portal page), newest first. */
export async function unreadAnnouncements(s: Services, person: Person): Promise<Announcement[]> {
  if (isStaff(person)) return [];
  const rows = await s.db.sequelize.query<Row>(
    `${SELECT} WHERE me.person_id IS NOT NULL AND me.read_at IS NULL ORDER BY a.important DESC, a.created_at DESC LIMIT 5`,
    {
      type: QueryTypes.SELECT,
      replacements: { me: person.id },
    },
  );
  return rows.map((r) => fromRow(r, false));
}
