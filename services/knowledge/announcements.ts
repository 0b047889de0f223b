// Announcements ("vidensdeling", SPEC §8): a desk manager announces a change — a release, a changed
// workflow, planned downtime — to all companies or chosen ones. Every active support contact and price
// approver of those companies is a recipient: mailed once through the outbox in their own language
// (dedupe key per announcement and person, in the same transaction as the announcement, so a retried
// request or a crashed worker never mails anyone twice), and shown it as a portal notice until they
// mark it read. The desk sees who has read it and reminds those who have not.
import { QueryTypes, type Transaction } from 'sequelize';
import { z } from 'zod';
import { optionalText, text } from '../../domain/text-input.js';
import { parseObject } from '../../domain/validation.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { forbidden, invalid } from '../errors.js';
import { findAnnouncement } from './announcement-reads.js';

const bilingual = (max: number) => z.strictObject({ da: text(max), en: optionalText(max).nullable() });

const announcementInput = z.strictObject({
  title: bilingual(200),
  body: bilingual(20_000),
  companies: z
    .array(z.string({ error: 'invalid' }).trim().max(60, { error: 'too_long' }), { error: 'invalid' })
    .max(500, { error: 'too_many' })
    .optional(),
  important: z.boolean({ error: 'invalid' }).optional(),
});

/** Queues one mail per recipient in their language (a reminder is numbered, so each is sent once too). */
async function queueMails(s: Services, t: Transaction, id: number, template: string, keySuffix: string, only: 'all' | 'unread'): Promise<number> {
  const [row] = await s.db.sequelize.query<{ n: number }>(
    `WITH queued AS (
       INSERT INTO notifications (dedupe_key, person_id, email, locale, template, params)
       SELECT 'announcement:' || a.id || ':' || p.id || ${keySuffix}, p.id, p.email, p.locale,
              CASE WHEN a.important THEN :template || '_important' ELSE :template END,
              jsonb_build_object('title', CASE WHEN p.locale = 'en' AND a.title_en IS NOT NULL THEN a.title_en ELSE a.title_da END,
                                 'body', CASE WHEN p.locale = 'en' AND a.body_en IS NOT NULL THEN a.body_en ELSE a.body_da END,
                                 'linkPath', '/portal/announcements/' || a.id)
         FROM announcements a
         JOIN announcement_recipients r ON r.announcement_id = a.id
         JOIN people p ON p.id = r.person_id
        WHERE a.id = :id AND p.active AND (:only = 'all' OR r.read_at IS NULL)
        ORDER BY p.id
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM queued`,
    { type: QueryTypes.SELECT, transaction: t, replacements: { id, template, only } },
  );
  return row.n;
}

/** Publishes an announcement and queues its mails; the new announcement's id and how many it went to. */
export async function announce(s: Services, person: Person, raw: unknown): Promise<{ id: number; recipients: number }> {
  if (person.role !== 'manager') throw forbidden();
  const parsed = parseObject(announcementInput, raw);
  if (!parsed.ok) throw invalid(parsed.errors);
  const v = parsed.value;
  const chosen = [...new Set(v.companies ?? [])];
  return s.db.sequelize.transaction(async (t) => {
    if (chosen.length) {
      const known = await s.db.sequelize.query<{ id: string }>('SELECT id FROM companies WHERE id IN (:chosen)', {
        type: QueryTypes.SELECT,
        transaction: t,
        replacements: { chosen },
      });
      if (known.length !== chosen.length) throw invalid({ companies: 'unknown_company' });
    }
    const [row] = await s.db.sequelize.query<{ id: number }>(
      `INSERT INTO announcements (title_da, title_en, body_da, body_en, important, all_companies, created_by_id, created_at)
       VALUES (:titleDa, :titleEn, :bodyDa, :bodyEn, :important, :all, :by, :at) RETURNING id`,
      {
        type: QueryTypes.SELECT,
        transaction: t,
        replacements: {
          titleDa: v.title.da,
          titleEn: v.title.en || null,
          bodyDa: v.body.da,
          bodyEn: v.body.en || null,
          important: v.important ?? false,
          all: chosen.length === 0,
          by: person.id,
          at: new Date(s.now()),
        },
      },
    );
    const id = row.id;
    if (chosen.length)
      await s.db.sequelize.query('INSERT INTO announcement_companies (announcement_id, company_id) SELECT :id, unnest(ARRAY[:chosen]::text[])', {
        transaction: t,
        replacements: { id, chosen },
      });
    await s.db.sequelize.query(
      `INSERT INTO announcement_recipients (announcement_id, person_id, company_id)
       SELECT :id, p.id, p.company_id FROM people p
        WHERE p.active AND p.role IN ('contact', 'approver') AND (:all OR p.company_id IN (SELECT company_id FROM announcement_companies WHERE announcement_id = :id))`,
      { transaction: t, replacements: { id, all: chosen.length === 0 } },
    );
    const recipients = await queueMails(s, t, id, 'announcement', "''", 'all');
    return { id, recipients };
  });
}

/** Mails a reminder to every recipient who has not read the announcement yet; how many were reminded. */
export async function remindUnread(s: Services, person: Person, id: number): Promise<number> {
  if (person.role !== 'manager') throw forbidden();
  await findAnnouncement(s, person, id);
  return s.db.sequelize.transaction(async (t) => {
    await s.db.sequelize.query(
      `UPDATE announcement_recipients r SET reminders = reminders + 1, last_reminded_at = :at
        FROM people p WHERE p.id = r.person_id AND p.active AND r.announcement_id = :id AND r.read_at IS NULL`,
      { transaction: t, replacements: { id, at: new Date(s.now()) } },
    );
    return queueMails(s, t, id, 'announcement_reminder', "':reminder:' || r.reminders", 'unread');
  });
}

/** The recipient has read it: no longer shown as a notice. Someone it did not go to gets "not found". */
export async function markAnnouncementRead(s: Services, person: Person, id: number): Promise<void> {
  if (isStaff(person)) throw forbidden();
  await findAnnouncement(s, person, id);
  await s.db.sequelize.query('UPDATE announcement_recipients SET read_at = coalesce(read_at, :at) WHERE announcement_id = :id AND person_id = :person', {
    replacements: { id, person: person.id, at: new Date(s.now()) },
  });
}
