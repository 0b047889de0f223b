// Taking a person's access away at once: their open invitation and reset links are used up, their API
// tokens expire now, every session they are signed in with is deleted from the session store
// (PostgreSQL), and every device they trusted for the second factor is forgotten — so no open browser
// tab or script keeps working. Used by deactivation, and when a password is set from a link (a stolen
// session must not survive the victim's reset).
import { Op, type Transaction } from 'sequelize';
import type { Services } from '../context.js';
import { endSessions } from './sessions.js';
import { forgetDevices } from './second-factor/trusted-devices.js';

export async function revokeAccess(s: Pick<Services, 'db' | 'now'>, personId: number, transaction: Transaction): Promise<void> {
  const now = new Date(s.now());
  const { PersonToken } = s.db.models;
  await PersonToken.update({ usedAt: now }, { where: { personId, usedAt: null, purpose: { [Op.in]: ['invite', 'reset'] } }, transaction });
  await PersonToken.update({ expiresAt: now }, { where: { personId, purpose: 'api', expiresAt: { [Op.gt]: now } }, transaction });
  await endSessions(s, personId, { transaction });
  await forgetDevices(s, personId, transaction);
}
