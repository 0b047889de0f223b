// Taking a person's access away at once (deactivation): their open invitation and reset links are
// used up, their API tokens expire now, and every session they are signed in with is deleted from
// the session store (PostgreSQL), so no open browser tab or script keeps working.
import { Op, QueryTypes, type Transaction } from 'sequelize';
import type { Services } from '../context.js';

export async function revokeAccess(s: Pick<Services, 'db' | 'now'>, personId: number, transaction: Transaction): Promise<void> {
  const now = new Date(s.now());
  const { PersonToken } = s.db.models;
  await PersonToken.update({ usedAt: now }, { where: { personId, usedAt: null, purpose: { [Op.in]: ['invite', 'reset'] } }, transaction });
  await PersonToken.update({ expiresAt: now }, { where: { personId, purpose: 'api', expiresAt: { [Op.gt]: now } }, transaction });
  await s.db.sequelize.query(`DELETE FROM sessions WHERE (sess::jsonb ->> 'personId') = :personId`, {
    transaction,
    type: QueryTypes.DELETE,
    replacements: { personId: String(personId) },
  });
}
