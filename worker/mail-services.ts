// Everything the mail process runs (worker/mail-main.ts): the dispatcher that sends the outbox, and
// inbound mail (the SMTP listener, the IMAP poller and the processor of stored mails).
import type { AppEnv } from '../config/env.js';
import type { Services } from '../services/context.js';
import { startMailDispatcher } from './mail-dispatcher.js';
import { startMailInbound } from './mail-inbound/index.js';

export interface MailService {
  stop(): Promise<void>;
}

interface MailServiceKind {
  name: string;
  /** Whether this install runs it (MAIL_DISPATCH=off: no mail is sent from this install). */
  wanted(env: AppEnv): boolean;
  start(s: Services): MailService | Promise<MailService>;
}

const MAIL_SERVICES: readonly MailServiceKind[] = [
  { name: 'mail dispatcher', wanted: (env) => env.MAIL_DISPATCH, start: (s) => startMailDispatcher(s, { listen: s.db.url }) },
  { name: 'inbound mail', wanted: (env) => env.MAIL_INBOUND, start: (s) => startMailInbound({ services: s }) },
];

/** True when the mail process has anything to run (the supervisor starts it only then). */
export function mailProcessWanted(env: AppEnv): boolean {
  return MAIL_SERVICES.some((m) => m.wanted(env));
}

export interface RunningMailServices {
  names: string[];
  stop(): Promise<void>;
}

/** Starts every wanted mail service; stop() stops them all, the last started first. */
export async function startMailServices(s: Services): Promise<RunningMailServices> {
  const running: { name: string; service: MailService }[] = [];
  try {
    for (const kind of MAIL_SERVICES.filter((m) => m.wanted(s.env))) running.push({ name: kind.name, service: await kind.start(s) });
  } catch (err) {
    for (const r of running.reverse()) await r.service.stop().catch(() => {});
    throw err;
  }
  return {
    names: running.map((r) => r.name),
    async stop() {
      for (const r of [...running].reverse()) await r.service.stop();
    },
  };
}
