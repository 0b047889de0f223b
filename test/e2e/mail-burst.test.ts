// The mail burst, small enough for every run (MAIL_BURST_SIZE, default 200, one kill -9 of the mail
// process in the middle): every mail exactly one case, one reply or one rejection, none lost, none
// doubled, and the outbox resends at most the one mail in flight. `npm run -s bench:mail` runs 1 000.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import { pino } from 'pino';
import { readEnv } from '../../config/env.js';
import { createServices } from '../../services/index.js';
import type { Services } from '../../services/context.js';
import { runMailBurst } from '../../scripts/bench/parts/mail-burst-run.js';
import { testDatabase, closeTestDatabase, devServerClient } from '../support/servers.js';

const SIZE = Number(process.env.MAIL_BURST_SIZE ?? 200);
let s: Services;

beforeAll(async () => {
  s = createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test' }),
    log: pino({ level: 'silent' }),
  });
});
afterAll(closeTestDatabase);

describe('a burst of mail through SMTP with the mail process killed -9 in the middle', () => {
  it(`takes ${SIZE} mails in exactly once each`, { timeout: 600_000 }, async () => {
    const result = await runMailBurst({
      s,
      databaseUrl: inject('databaseUrl'),
      temporalAddress: inject('temporalAddress'),
      total: SIZE,
      kills: 1,
      logFile: path.join(inject('artifactsDir'), `mail-burst-${process.pid}.log`),
      workflowBundle: inject('workflowBundlePath'),
      say: (l) => process.stderr.write(`[mail burst] ${l}\n`),
    });
    process.stderr.write(`[mail burst] ${JSON.stringify(result)}\n`);
    expect(result.kills).toBe(1);
    expect(result.lost).toBe(0);
    expect(result.doubled).toBe(0);
    expect(result.orphans).toBe(0);
    expect(result.found).toEqual({ cases: result.sent.new, replies: result.sent.replies, rejections: result.sent.rejects });
    expect(result.answersPerRejectedSender).toBe(1);
    expect(result.outbound.unsent).toBe(0);
    expect(result.outbound.duplicated).toBeLessThanOrEqual(result.kills); // at most the mail in flight
  });
});
