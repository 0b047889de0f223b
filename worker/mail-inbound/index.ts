// Inbound mail for this process: the embedded SMTP listener (MAIL_SMTP_PORT; 0 = off), the IMAP
// poller (IMAP_URL), and the processor that turns each stored mail into a case, a reply or a
// rejection — plus its sweeper, which also finishes mails handed over by HTTP that could not be
// processed at once, and whatever a crash left behind.
import type { Services } from '../../services/context.js';
import { startInboundProcessor, type InboundProcessor } from './processor.js';
import { startSmtpListener } from './smtp-listener.js';
import { startImapPoller, type ImapPoller } from './imap-poller.js';

export interface MailInbound {
  /** The SMTP listener's port, or null when it is off. */
  smtpPort: number | null;
  processor: InboundProcessor;
  imap: ImapPoller | null;
  stop(): Promise<void>;
}

export async function startMailInbound(deps: { services: Services; say?: (line: string) => void }): Promise<MailInbound> {
  const s = deps.services;
  const processor = startInboundProcessor(s);
  const stops: (() => Promise<void>)[] = [];
  let smtpPort: number | null = null;
  try {
    if (s.env.MAIL_SMTP_PORT !== 0) {
      const smtp = await startSmtpListener(s, processor.enqueue);
      smtpPort = smtp.port;
      stops.push(smtp.stop);
      deps.say?.(`SMTP listener on ${s.env.MAIL_SMTP_HOST}:${smtp.port}`);
    }
  } catch (err) {
    await processor.stop();
    throw err;
  }
  const imap = s.env.IMAP_URL ? startImapPoller(s, processor.enqueue) : null;
  if (imap) stops.push(imap.stop);
  return {
    smtpPort,
    processor,
    imap,
    async stop() {
      for (const stop of stops) await stop().catch(() => {});
      await processor.stop();
    },
  };
}
