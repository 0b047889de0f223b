// Announcements under the crash suite (issue 19): the desk manager announces to every company while the
// product's processes are killed — one just before the mail process is killed, so its dispatcher is
// sending them when it dies. Afterwards every recipient must have received each announcement exactly
// once (never twice across a crash), in their own language (the subject names the title in it).
import { QueryTypes } from 'sequelize';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../db/connection.js';
import type { ApiClient } from '../http.js';
import { untilAnswered } from '../cases.js';
import type { Tally } from '../tally.js';
import type { Delivery } from './smtp-sink.js';

export interface Announced {
  id: number;
  title: { da: string; en: string };
  important: boolean;
}

export interface AnnouncementFindings {
  announcements: number;
  recipients: number;
  missing: string[];
  doubled: string[];
  wrongLanguage: string[];
}

/** One announcement to every company, retried with its Idempotency-Key until answered. */
export async function announce(manager: ApiClient, tally: Tally, n: number): Promise<Announced | string> {
  const tag = randomUUID().slice(0, 8);
  const title = { da: `Driftsmeddelelse ${n} ${tag}`, en: `Service notice ${n} ${tag}` };
  const important = n % 2 === 1;
  const body = { title, body: { da: 'Planlagt vedligeholdelse.', en: 'Planned maintenance.' }, important };
  const r = await untilAnswered(manager, 'POST', '/announcements', body, tally, 120_000);
  if (r.answer?.status !== 201) return `announcement ${n}: answered ${r.answer?.status ?? 'nothing'} ${r.answer?.text.slice(0, 200) ?? ''}`;
  return { id: (r.answer.json as { id: number }).id, title, important };
}

const subjectOf = (a: Announced, locale: string) =>
  locale === 'en' ? `${a.important ? 'Important' : 'Announcement'}: ${a.title.en}` : `${a.important ? 'Vigtigt' : 'Meddelelse'}: ${a.title.da}`;

/** Each recipient got each announcement once, in their language. */
export async function checkAnnouncementMails(db: Database, announced: Announced[], deliveries: Delivery[]): Promise<AnnouncementFindings> {
  const f: AnnouncementFindings = { announcements: announced.length, recipients: 0, missing: [], doubled: [], wrongLanguage: [] };
  for (const a of announced) {
    const recipients = await db.sequelize.query<{ email: string; locale: string }>(
      `SELECT p.email, p.locale FROM announcement_recipients r JOIN people p ON p.id = r.person_id WHERE r.announcement_id = :id AND p.active ORDER BY p.email`,
      { type: QueryTypes.SELECT, replacements: { id: a.id } },
    );
    f.recipients += recipients.length;
    for (const r of recipients) {
      const mine = deliveries.filter((d) => d.to.includes(r.email.toLowerCase()));
      const right = mine.filter((d) => d.subject === subjectOf(a, r.locale));
      const wrong = mine.filter((d) => d.subject === subjectOf(a, r.locale === 'en' ? 'da' : 'en'));
      if (right.length === 0) f.missing.push(`announcement ${a.id} to ${r.email} (${r.locale})`);
      if (right.length > 1) f.doubled.push(`announcement ${a.id} to ${r.email}: ${right.length} deliveries`);
      if (wrong.length) f.wrongLanguage.push(`announcement ${a.id} to ${r.email} (${r.locale}) came in the other language`);
    }
  }
  return f;
}
