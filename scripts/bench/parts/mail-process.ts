// The mail process (worker/mail-main.ts) the mail burst sends to and kills: its own SMTP listener, inbound
// processing and outbox dispatcher against the given PostgreSQL and Temporal.
import { TOOLING_PAYLOAD_KEYS } from '../../../platform/temporal/codec/tooling-keys.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface MailProcessOptions {
  databaseUrl: string;
  temporalAddress: string;
  logFile: string;
  workflowBundle?: string;
}

export function startMailProcess(o: MailProcessOptions, smtpPort: number, outboundPort: number): ChildProcess {
  const log = fs.openSync(o.logFile, 'a');
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'worker/mail-main.ts')], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: o.databaseUrl,
      TEMPORAL_ADDRESS: o.temporalAddress,
      DEMO_DATA: 'on', // seeds an empty database (the benchmark's); a no-op on the test suite's
      MAIL_SMTP_PORT: String(smtpPort),
      SMTP_URL: `smtp://127.0.0.1:${outboundPort}`,
      MAIL_DISPATCH: 'on',
      MAIL_INBOUND: 'on',
      MAIL_LEASE_SECONDS: '3',
      MAIL_SWEEP_SECONDS: '1',
      LOG_LEVEL: 'warn',
      PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
      ...(o.workflowBundle ? { WORKFLOW_BUNDLE: o.workflowBundle } : {}),
    },
  });
}

export async function waitForPort(port: number, child: ChildProcess, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the mail process exited with ${child.exitCode} while starting`);
    const open = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => (sock.destroy(), resolve(true)));
      sock.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error('the mail process did not open its SMTP port in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
