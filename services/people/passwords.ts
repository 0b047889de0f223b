// The password rule, and the KDF (platform/password-hash.ts) for the service layer.
export { hashPassword, verifyPassword } from '../../platform/password-hash.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

/** The message key of what is wrong with a new password, or null. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string' || password.length === 0) return 'required';
  if (password.length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}
