// Which case a reply belongs to: a Message-ID it answers (In-Reply-To, References) that the desk sent
// about a case, a customer mail already on a case, or a case's thread root; else "[#n]" in the subject.
import { QueryTypes } from 'sequelize';
import { deskDomain } from '../../config/env.js';
import { caseNumberInSubject, caseOfThreadId } from '../../domain/mail-rules.js';
import type { Services } from '../context.js';
import type { ParsedInbound } from './parse.js';

export async function referencedCase(s: Services, mail: Pick<ParsedInbound, 'inReplyTo' | 'references' | 'subject'>): Promise<number | null> {
  // The message answered first, then the thread from newest to oldest.
  const ids = [...new Set([...mail.inReplyTo, ...[...mail.references].reverse()])].slice(0, 50);
  if (ids.length) {
    const domain = deskDomain(s.env);
    const rows = await s.db.sequelize.query<{ message_id: string; case_number: number }>(
      `SELECT message_id, case_number FROM notifications WHERE message_id IN (:ids) AND case_number IS NOT NULL
       UNION ALL
       SELECT message_id, case_number FROM inbound_mails WHERE message_id IN (:ids) AND case_number IS NOT NULL`,
      { type: QueryTypes.SELECT, replacements: { ids } },
    );
    for (const id of ids) {
      const hit = rows.find((r) => r.message_id === id)?.case_number ?? caseOfThreadId(id, domain);
      if (hit) return hit;
    }
  }
  return caseNumberInSubject(mail.subject);
}
