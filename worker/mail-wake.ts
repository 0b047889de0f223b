// Wakes the mail dispatcher when mail is queued: a connection of its own LISTENs on `mail_queued`
// (sent by a trigger on the outbox, db/migrations/0145-mail-queued-notify.ts). A lost connection is
// made again after a pause; meanwhile, and until the first LISTEN is in place, `onLost` tells the
// dispatcher to poll, and each new LISTEN wakes it once (for mail queued while nobody listened).
import pg from 'pg';

export const MAIL_QUEUED_CHANNEL = 'mail_queued';
const RETRY_MS = 2_000;

export interface MailWake {
  /** true while a LISTEN is in place */
  listening(): boolean;
  stop(): Promise<void>;
}

export function listenForMail(o: { url: string; onWake: () => void; onLost: () => void; warn: (err: unknown) => void }): MailWake {
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  /** one warning per outage, not one per retry */
  let warned = false;

  const lost = (err?: unknown) => {
    if (err && !warned) o.warn(err);
    warned ||= Boolean(err);
    const c = client;
    client = null;
    if (c) void c.end().catch(() => {});
    if (listening) o.onLost();
    listening = false;
    if (!stopped && !retry) retry = setTimeout(connect, RETRY_MS);
  };

  async function connect(): Promise<void> {
    retry = null;
    if (stopped) return;
    const c = new pg.Client({ connectionString: o.url, application_name: 'service-desk-mail-wake', keepAlive: true });
    client = c;
    c.on('error', (err) => client === c && lost(err));
    c.on('end', () => client === c && lost());
    c.on('notification', (n) => n.channel === MAIL_QUEUED_CHANNEL && o.onWake());
    try {
      await c.connect();
      await c.query(`LISTEN ${MAIL_QUEUED_CHANNEL}`);
      if (client !== c) return;
      listening = true;
      warned = false;
      o.onWake();
    } catch (err) {
      if (client === c) lost(err);
    }
  }
  void connect();

  return {
    listening: () => listening,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}
