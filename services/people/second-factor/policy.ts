// Who must sign in with a second factor (REQUIRE_2FA: staff, all or off) and which factors a person
// has. Staff are agents and desk managers; contacts and price approvers may add one when they wish.
import { QueryTypes } from 'sequelize';
import type { AppEnv } from '../../../config/env.js';
import type { Person } from '../../../db/models/person.js';
import type { Services } from '../../context.js';
import { isStaff } from '../people.js';

export interface SecondFactors {
  totp: boolean;
  passkeys: number;
  /** Unused recovery codes. */
  recoveryCodes: number;
}

/** Whether REQUIRE_2FA makes a second factor compulsory for this person. */
export function secondFactorRequired(env: Pick<AppEnv, 'REQUIRE_2FA'>, person: Pick<Person, 'role'>): boolean {
  if (env.REQUIRE_2FA === 'all') return true;
  return env.REQUIRE_2FA === 'staff' && isStaff(person);
}

/** The factors a person has set up (one statement). */
export async function secondFactorsOf(s: Services, personId: number): Promise<SecondFactors> {
  const [row] = await s.db.sequelize.query<{ totp: boolean; passkeys: number; recovery_codes: number }>(
    `SELECT p.totp_confirmed_at IS NOT NULL AS totp,
            (SELECT count(*)::int FROM passkeys k WHERE k.person_id = p.id) AS passkeys,
            (SELECT count(*)::int FROM recovery_codes c WHERE c.person_id = p.id AND c.used_at IS NULL) AS recovery_codes
       FROM people p WHERE p.id = $1`,
    { bind: [personId], type: QueryTypes.SELECT },
  );
  return { totp: row?.totp ?? false, passkeys: row?.passkeys ?? 0, recoveryCodes: row?.recovery_codes ?? 0 };
}

export const hasSecondFactor = (f: SecondFactors) => f.totp || f.passkeys > 0;
