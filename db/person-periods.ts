// Validity periods of support contacts and approval rights (SPEC §7): a period starts when a person
// becomes a contact (or gets the right) and ends when they stop; the history is kept. Shared by the
// desk's administration (services/) and the delivery of support-contact orders (activities/).
import { QueryTypes, type Transaction } from 'sequelize';
import type { Database } from './connection.js';
import type { LocalDate } from '../domain/types.js';

export type PeriodKind = 'contact' | 'approval';

interface PeriodRef {
  personId: number;
  companyId: string;
  kind: PeriodKind;
}

/** Starts a period on `from` unless one is open. */
export async function startPeriod(db: Database, p: PeriodRef & { from: LocalDate }, transaction: Transaction): Promise<void> {
  await db.sequelize.query(
    `INSERT INTO person_periods (person_id, company_id, kind, valid_from)
     SELECT :personId, :companyId, :kind, :from
      WHERE NOT EXISTS (SELECT 1 FROM person_periods WHERE person_id = :personId AND kind = :kind AND valid_to IS NULL)`,
    { type: QueryTypes.INSERT, replacements: { ...p }, transaction },
  );
}

/**
 * Ends the open period on `on` (inclusive; never before it started). A person with no recorded period
 * (counted from their creation until now) gets that period written, ended.
 */
export async function endPeriod(db: Database, p: PeriodRef & { on: LocalDate }, transaction: Transaction): Promise<void> {
  await db.sequelize.query(
    `WITH ended AS (
       UPDATE person_periods SET valid_to = GREATEST(CAST(:on AS date), valid_from), changed_at = now()
        WHERE person_id = :personId AND kind = :kind AND valid_to IS NULL
       RETURNING 1)
     INSERT INTO person_periods (person_id, company_id, kind, valid_from, valid_to)
     SELECT p.id, :companyId, :kind, LEAST((p.created_at AT TIME ZONE 'Europe/Copenhagen')::date, CAST(:on AS date)), CAST(:on AS date)
       FROM people p
      WHERE p.id = :personId AND NOT EXISTS (SELECT 1 FROM ended)
        AND NOT EXISTS (SELECT 1 FROM person_periods WHERE person_id = :personId AND kind = :kind)`,
    { type: QueryTypes.INSERT, replacements: { ...p }, transaction },
  );
}

export interface PeriodRow {
  personId: number;
  name: string;
  email: string;
  kind: PeriodKind;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** The company's periods of a kind (or both) overlapping [from, to], by start. */
export async function companyPeriods(
  db: Database,
  q: { companyId: string; kind?: PeriodKind; from?: LocalDate; to?: LocalDate },
  transaction?: Transaction,
): Promise<PeriodRow[]> {
  return db.sequelize.query<PeriodRow>(
    `SELECT e.person_id AS "personId", trim(p.first_name || ' ' || p.last_name) AS name, p.email, e.kind,
            to_char(e.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(e.valid_to, 'YYYY-MM-DD') AS "validTo"
       FROM person_periods_effective e JOIN people p ON p.id = e.person_id
      WHERE e.company_id = :companyId
        AND (CAST(:kind AS text) IS NULL OR e.kind = :kind)
        AND (CAST(:to AS date) IS NULL OR e.valid_from <= CAST(:to AS date))
        AND (CAST(:from AS date) IS NULL OR e.valid_to IS NULL OR e.valid_to >= CAST(:from AS date))
      ORDER BY e.valid_from, e.person_id, e.kind`,
    { type: QueryTypes.SELECT, replacements: { companyId: q.companyId, kind: q.kind ?? null, from: q.from ?? null, to: q.to ?? null }, transaction },
  );
}

/** Takes a person's access away: deactivated, open sign-in links used up, API tokens expired, signed out everywhere. */
export async function retireAccess(db: Database, personId: number, now: Date, transaction: Transaction): Promise<void> {
  await db.sequelize.query(
    `UPDATE people SET active = false, updated_at = now() WHERE id = :personId;
     UPDATE person_tokens SET used_at = :now WHERE person_id = :personId AND used_at IS NULL AND purpose IN ('invite', 'reset');
     UPDATE person_tokens SET expires_at = :now WHERE person_id = :personId AND purpose = 'api' AND expires_at > :now;
     DELETE FROM sessions WHERE (sess::jsonb ->> 'personId') = CAST(:personId AS text);`,
    { replacements: { personId, now }, transaction },
  );
}
