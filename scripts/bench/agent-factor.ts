// The demo agent's authenticator app, for the benchmark: production requires a second factor of staff
// (REQUIRE_2FA=staff), so the agent gets a TOTP secret the benchmark knows, and signs in (API token,
// desk login) with a code of it as a person would. Each code's time step is used once (RFC 6238
// §5.2): codes are handed out for successive steps, waiting when the next one is not yet accepted.
import { generate } from 'otplib';
import type { Database } from '../../db/connection.js';

export const AGENT = 'agent@desk.test';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const STEP_S = 30;
let lastStep = 0;

export async function enrolAgent(db: Database): Promise<void> {
  await db.sequelize.query(
    'UPDATE people SET totp_secret = $2, totp_pending_secret = NULL, totp_confirmed_at = now(), totp_last_step = NULL WHERE email = $1',
    { bind: [AGENT, SECRET] },
  );
}

/** A code the product accepts now and that no earlier sign-in has used (the product accepts a step either side of now). */
export async function nextAgentCode(): Promise<string> {
  const now = () => Math.floor(Date.now() / 1000 / STEP_S);
  const step = Math.max(lastStep + 1, now()); // the current step first, then the one after it
  while (step > now() + 1) await new Promise((r) => setTimeout(r, 1000));
  lastStep = step;
  return await generate({ secret: SECRET, epoch: step * STEP_S });
}
