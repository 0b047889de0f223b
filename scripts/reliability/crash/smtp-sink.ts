// The mail catch-all of the suites: a real SMTP server (smtp-server) in the suite's own process, which
// outlives every kill of the product. It counts each Message-ID it receives, so a mail sent twice —
// by a dispatcher killed between sending and marking it sent, say — shows as a duplicate.
import { SMTPServer } from 'smtp-server';
import { getFreePort } from '../../../platform/free-port.js';

/** One delivery: its recipients (the envelope's, lower case), subject and Message-ID. */
export interface Delivery {
  to: string[];
  subject: string;
  messageId: string | null;
  /** When the server accepted it (epoch ms). */
  at: number;
}

export interface SmtpSink {
  url: string;
  /** Mails received in all (each delivery counted). */
  received(): number;
  /** Message-IDs received more than once, with how often. */
  duplicates(): [string, number][];
  /** Deliveries without a Message-ID header. */
  withoutMessageId(): number;
  /** Every delivery, in the order received. */
  deliveries(): Delivery[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await getFreePort();
  const seen = new Map<string, number>();
  let received = 0;
  let withoutId = 0;
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (d: Buffer) => {
        if (head.length < 64 * 1024) head += d.toString('latin1');
      });
      stream.on('end', () => {
        received += 1;
        const headers = head.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
        const id = /^message-id:\s*(.+)$/im.exec(headers)?.[1]?.trim();
        if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
        else withoutId += 1;
        const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
        deliveries.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), subject, messageId: id ?? null, at: Date.now() });
        callback();
      });
    },
  });
  server.on('error', () => {}); // a client that drops its connection (a killed dispatcher) is not our failure
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    duplicates: () => [...seen].filter(([, n]) => n > 1),
    withoutMessageId: () => withoutId,
    deliveries: () => [...deliveries],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
