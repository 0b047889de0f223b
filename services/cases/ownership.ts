// Who holds a case (SPEC §5: a case has an owner, the agent handling it). What the staff
// administration needs: the open cases people own, and the call point that hands a deactivated
// person's open cases back to the desk.
import { Op, QueryTypes } from 'sequelize';
import { TERMINAL_STATUSES } from '../../domain/case-states.js';
import type { Person } from '../../db/models/person.js';
import type { Services } from '../context.js';
import { actOnCase } from './actions.js';
import { translator } from '../../i18n/index.js';

/** The numbers of the open cases `personId` owns, oldest first. */
export async function ownedOpenCases(s: Pick<Services, 'db'>, personId: number): Promise<number[]> {
  const rows = await s.db.models.CaseRecord.findAll({
    where: { ownerId: personId, status: { [Op.notIn]: [...TERMINAL_STATUSES] } },
    attributes: ['number'],
    order: [['number', 'ASC']],
  });
  return rows.map((r) => r.number);
}

/** How many open cases each person owns (people without any are left out). */
export async function openCasesPerOwner(s: Pick<Services, 'db'>): Promise<Map<number, number>> {
  const rows = await s.db.sequelize.query<{ owner_id: number; count: number }>(
    `SELECT owner_id, count(*)::int AS count FROM cases WHERE owner_id IS NOT NULL AND status NOT IN (:terminal) GROUP BY owner_id`,
    { type: QueryTypes.SELECT, replacements: { terminal: [...TERMINAL_STATUSES] } },
  );
  return new Map(rows.map((r) => [r.owner_id, r.count]));
}

/**
 * Hands the open cases of a deactivated person back to the desk: each case's workflow takes the
 * `unassign` decision from `by` (the manager who deactivated them), with a timeline entry saying why.
 * Returns the case numbers released; a case that cannot be reached now is logged and left owned (the
 * desk sees its owner is inactive and can take it).
 */
export async function releaseOwnedCases(s: Services, personId: number, by: Person): Promise<number[]> {
  const released: number[] = [];
  for (const number of await ownedOpenCases(s, personId)) {
    try {
      await actOnCase(s, by, number, 'unassign', { reason: translator(by.locale)('rules:ownerDeactivated') });
      released.push(number);
    } catch (err) {
      s.log.warn({ err, caseNumber: number }, 'could not release a case of a deactivated person');
    }
  }
  return released;
}
