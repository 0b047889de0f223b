// The mail gateway's long-lived service token (MAIL_GATEWAY_TOKEN) and the SMTP listener's password,
// compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppEnv } from '../../config/env.js';

const digest = (v: string) => createHash('sha256').update(v, 'utf8').digest();

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function isMailGatewayToken(env: AppEnv, token: string): boolean {
  return env.MAIL_GATEWAY_TOKEN !== undefined && sameSecret(token, env.MAIL_GATEWAY_TOKEN);
}
