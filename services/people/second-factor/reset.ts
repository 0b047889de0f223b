// A desk manager resets a person's second factor (a lost phone, recovery codes gone): the
// authenticator app, passkeys, recovery codes and trusted devices are removed, so the person signs in
// with their password and — where REQUIRE_2FA asks it — sets a factor up again. Audited.
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAudit } from '../../audit/record.js';
import { isStaff } from '../people.js';
import { forgetDevices } from './trusted-devices.js';
import { secondFactorsOf } from './policy.js';

/** The person a desk manager acts on (any active or inactive person), or 404. */
export async function personForManager(s: Services, by: Person, personId: number): Promise<Person> {
  if (by.role !== 'manager') throw forbidden();
  const person = Number.isSafeInteger(personId) && personId > 0 && personId <= 2_147_483_647 ? await s.db.models.Person.findByPk(personId) : null;
  if (!person) throw notFound();
  return person;
}

export async function resetSecondFactor(s: Services, by: Person, personId: number): Promise<Person> {
  const person = await personForManager(s, by, personId);
  const before = await secondFactorsOf(s, person.id);
  await s.db.sequelize.transaction(async (transaction) => {
    const q = (sql: string) => s.db.sequelize.query(sql, { bind: [person.id], transaction });
    await q('UPDATE people SET totp_secret = NULL, totp_pending_secret = NULL, totp_confirmed_at = NULL, totp_last_step = NULL WHERE id = $1');
    await q('DELETE FROM passkeys WHERE person_id = $1');
    await q('DELETE FROM recovery_codes WHERE person_id = $1');
    await forgetDevices(s, person.id, transaction);
    await recordAudit(
      s,
      {
        actor: by,
        entity: isStaff(person) ? 'staff' : 'person',
        entityId: person.id,
        action: 'second_factor_reset',
        before: { totp: before.totp, passkeys: before.passkeys, recoveryCodes: before.recoveryCodes },
        after: { totp: false, passkeys: 0, recoveryCodes: 0 },
      },
      transaction,
    );
  });
  return person;
}
