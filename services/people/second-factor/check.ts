// The second step of signing in: a code from the authenticator app, or one of the recovery codes.
// Passkeys answer through passkeys.ts (they need the browser's challenge).
import type { Services } from '../../context.js';
import { useRecoveryCode } from './recovery-codes.js';
import { useTotpCode } from './totp.js';

export interface SecondFactorAnswer {
  code?: unknown;
  recoveryCode?: unknown;
}

/** Whether the answer proves the person's second factor (a recovery code is used up). */
export async function checkSecondFactor(s: Services, personId: number, answer: SecondFactorAnswer): Promise<boolean> {
  if (typeof answer.recoveryCode === 'string' && answer.recoveryCode.trim() !== '') return useRecoveryCode(s, personId, answer.recoveryCode);
  if (typeof answer.code !== 'string' || answer.code.trim() === '') return false;
  // A page has one field for both: six digits are the app's code, anything else a recovery code.
  if (/^[\d\s-]{6,9}$/.test(answer.code) && answer.code.replace(/\D/g, '').length === 6) return useTotpCode(s, personId, answer.code);
  return useRecoveryCode(s, personId, answer.code);
}

/** Whether the answer carries anything to check. */
export const answered = (a: SecondFactorAnswer) => [a.code, a.recoveryCode].some((v) => typeof v === 'string' && v.trim() !== '');
