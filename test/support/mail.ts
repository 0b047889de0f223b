// Real mail for tests: a capturing SMTP receiver (smtp-server) that parses what it gets (mailparser),
// and a nodemailer sender to the product's embedded SMTP listener.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { inject } from 'vitest';
import { getFreePort } from '../../platform/free-port.js';

export interface CapturedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
  header(name: string): string | undefined;
}

export interface MailCatcher {
  port: number;
  mails: CapturedMail[];
  /** Captured mails to `address` (optionally those whose subject matches). */
  to(address: string, subject?: RegExp): CapturedMail[];
  close(): Promise<void>;
}

export async function startMailCatcher(opts: { delayMs?: number } = {}): Promise<MailCatcher> {
  const port = await getFreePort();
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw: raw.toString('utf8'),
          parsed,
          header: (name) => parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    mails,
    to: (address, subject) => mails.filter((m) => m.to.includes(address.toLowerCase()) && (!subject || subject.test(m.parsed.subject ?? ''))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sends a mail to the product's embedded SMTP listener (or another port); resolves with its Message-ID. */
export async function sendToDesk(mail: SendMailOptions, port: number = inject('mailSmtpPort')): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({ to: 'support@desk.test', ...mail });
    return info.messageId;
  } finally {
    transport.close();
  }
}

/** Polls `probe` until `ok`, or throws after `ms`. */
export async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
