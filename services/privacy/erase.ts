// Erasing a person (SPEC §10, GDPR art. 17), by a desk manager: the profile is anonymised ("Slettet
// person #id"), the e-mail address replaced by an address that can receive nothing, sign-in made
// impossible (no password, no tokens, no sessions), every text of the closed cases they filed removed,
// what they wrote elsewhere removed and their name and address replaced wherever others mention them,
// they follow no case any more, and their ratings' comments, kept files and phone number are gone;
// the search documents follow. Billing lines keep case number, minutes and amount (bookkeeping law);
// only names leave them. The Temporal histories of the closed cases become unreadable: their data keys
// are deleted now, those of open cases they wrote in once those close (the nightly retention run).
// A person who is still the contact of an open case is refused until the cases have another contact.
import { QueryTypes } from 'sequelize';
import type { Services } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { isStaff, type Person } from '../people/people.js';
import { revokeAccess } from '../people/access-revocation.js';
import { emailCounterKey } from '../people/rate-limits.js';
import { recordAudit } from '../audit/record.js';
import { endPeriod } from '../../db/person-periods.js';
import { removeCaseTexts, shredCaseKeys } from '../../db/privacy/case-texts.js';
import { todayOf } from '../companies/companies.js';
import { relatedCases, personNeedles } from './related-cases.js';
import { removeWrittenTexts, replaceMentions } from './person-texts.js';
import { dropFromFollowers, stopFollowing } from './unfollow.js';
import { removeEverydayTraces } from './everyday-traces.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';

export interface Erasure {
  id: number;
  name: string;
  alreadyErased: boolean;
  /** Closed cases they filed: every text and file removed, their histories' keys deleted. */
  casesCleared: number[];
  /** Other cases they wrote in or were named in. */
  casesTouched: number[];
  removed: { events: number; messages: number; attachments: number; mails: number };
}

export const erasedName = (id: number) => ({ firstName: 'Slettet person', lastName: `#${id}` });
export const erasedEmail = (id: number) => `slettet-${id}@erased.invalid`;

/** The person a desk manager may erase or export: a customer company's contact or approver (404 otherwise). */
export async function customerPerson(s: Services, id: number): Promise<Person> {
  const p = await s.db.models.Person.findByPk(id);
  if (!p) throw notFound();
  return p;
}

export async function erasePerson(s: Services, by: Person, id: number): Promise<Erasure> {
  const p = await customerPerson(s, id);
  const name = `${erasedName(id).firstName} ${erasedName(id).lastName}`;
  if (p.erasedAt) return { id, name, alreadyErased: true, casesCleared: [], casesTouched: [], removed: { events: 0, messages: 0, attachments: 0, mails: 0 } };
  if (isStaff(p)) throw conflict('privacy:refusals.staff');
  const related = await relatedCases(s, p);
  const open = related.filed.filter((c) => c.open).map((c) => c.number);
  if (open.length) throw conflict('privacy:refusals.openCases', { count: open.length, cases: open.map((n) => `#${n}`).join(', ') });

  const filed = related.filed.map((c) => c.number);
  const other = related.other.map((c) => c.number);
  const needles = personNeedles(p);
  const oldEmail = p.email.toLowerCase();
  // The cases they follow forget them first (their processes, through a decision; outside the transaction).
  await stopFollowing(s, by, p, related.following);
  const result = await s.db.sequelize.transaction(async (t) => {
    if (p.active && p.companyId) {
      const kinds: ('contact' | 'approval')[] = p.role === 'approver' ? ['approval'] : p.canApprove ? ['contact', 'approval'] : ['contact'];
      for (const kind of kinds) await endPeriod(s.db, { personId: p.id, companyId: p.companyId, kind, on: todayOf(s) }, t);
    }
    await revokeAccess(s, p.id, t);
    await dropFromFollowers(s, id, t);
    const everyday = await removeEverydayTraces(s, id, t);
    await s.db.sequelize.query('DELETE FROM person_tokens WHERE person_id = :id', { replacements: { id }, transaction: t });
    const removed = await removeWrittenTexts(s, t, id, oldEmail, other);
    await removeCaseTexts(s.db.sequelize, filed, 'erasure', t);
    await replaceMentions(s, t, id, needles, name, [...filed, ...other]);
    // Mail not yet sent to them is not sent; mail sent keeps no address of theirs.
    await s.db.sequelize.query(
      `UPDATE notifications SET email = :placeholder, sent_at = COALESCE(sent_at, now()), last_error = CASE WHEN sent_at IS NULL THEN 'recipient erased' ELSE last_error END
        WHERE person_id = :id OR lower(email) = :email`,
      { replacements: { id, email: oldEmail, placeholder: erasedEmail(id) }, transaction: t },
    );
    await s.db.sequelize.query('DELETE FROM dev_mails WHERE lower(recipient) = :email', { replacements: { email: oldEmail }, transaction: t });
    await s.db.sequelize.query('DELETE FROM rate_limits WHERE key = :key', { replacements: { key: emailCounterKey(oldEmail) }, transaction: t });
    await s.db.sequelize.query(
      `UPDATE people SET first_name = :firstName, last_name = :lastName, email = :placeholder, password_hash = NULL, active = false, can_approve = false,
              erased_at = :now, updated_at = :now WHERE id = :id`,
      { replacements: { id, ...erasedName(id), placeholder: erasedEmail(id), now: new Date(s.now()) }, transaction: t },
    );
    // The closed cases' histories now; the open ones they wrote in once they close.
    const closedOther = related.other.filter((c) => !c.open).map((c) => c.number);
    await shredCaseKeys(s.db.sequelize, closedOther, t);
    const openOther = related.other.filter((c) => c.open).map((c) => c.number);
    if (openOther.length) {
      await s.db.sequelize.query(`INSERT INTO payload_key_shreds_pending (case_number) SELECT unnest(ARRAY[:cases]::int[]) ON CONFLICT DO NOTHING`, {
        replacements: { cases: openOther },
        transaction: t,
      });
    }
    await recordAudit(
      s,
      {
        actor: by,
        entity: 'person',
        entityId: id,
        action: 'erased',
        before: null,
        after: {
          name,
          cases: filed.length + other.length,
          messages: removed.messages,
          attachments: removed.attachments,
          mails: removed.mails,
          ratingComments: everyday.ratingComments,
          pendingUploads: everyday.pendingUploads,
        },
      },
      t,
    );
    return removed;
  });
  const { keys } = payloadProtection(s.env, s.db);
  for (const n of [...filed, ...other]) keys.forget(`case-${n}`);
  s.log.info({ person: id, cases: filed.length + other.length }, 'person erased');
  return { id, name, alreadyErased: false, casesCleared: filed, casesTouched: other, removed: result };
}

/** The open cases a person is the contact of (an erasure needs them moved first). */
export async function openCasesOf(s: Services, id: number): Promise<number[]> {
  const rows = await s.db.sequelize.query<{ number: number }>(
    `SELECT number FROM cases WHERE contact_id = :id AND status NOT IN ('closed', 'withdrawn') ORDER BY number`,
    { type: QueryTypes.SELECT, replacements: { id } },
  );
  return rows.map((r) => r.number);
}
