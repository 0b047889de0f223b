// Polls a real mailbox (IMAP_URL, e.g. imaps://user:pw@host/INBOX) with imapflow, waiting with IDLE
// where the server has it (and every IMAP_POLL_SECONDS besides). Each new message is downloaded and
// stored, then marked with the desk's keyword (and \Seen) or moved to IMAP_PROCESSED_FOLDER. A crash
// between storing and marking downloads it again after a restart; the store knows it, so it is taken
// in once. Connection losses reconnect with backoff.
import { ImapFlow } from 'imapflow';
import type { Services } from '../../services/context.js';
import { storeInboundMail } from '../../services/mail/inbound-store.js';

export interface ImapPoller {
  /** Resolves once the mailbox has been read through at least once since the call. */
  pollNow(): Promise<void>;
  stop(): Promise<void>;
}

/** The keyword the desk sets on every message it has stored. */
export const STORED_KEYWORD = '$ServiceDeskStored';

export function imapSettings(url: string) {
  const u = new URL(url);
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') throw new Error('IMAP_URL must start with imap:// or imaps://');
  const secure = u.protocol === 'imaps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    mailbox: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX',
  };
}

export function startImapPoller(s: Services, onStored: (id: number) => void): ImapPoller {
  const cfg = imapSettings(s.env.IMAP_URL!);
  let client: ImapFlow | null = null;
  let stopped = false;
  let backoffMs = 1000;
  let polling: Promise<void> | null = null;
  let again = false;
  let reconnectTimer: NodeJS.Timeout | null = null;

  async function readThrough(c: ImapFlow): Promise<void> {
    const lock = await c.getMailboxLock(cfg.mailbox);
    try {
      const mailbox = c.mailbox;
      const keywords = mailbox && mailbox.permanentFlags?.has('\\*');
      const uids = (await c.search(keywords ? { unKeyword: STORED_KEYWORD } : { seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        if (stopped) break;
        const msg = await c.fetchOne(String(uid), { source: true }, { uid: true });
        if (!msg || !msg.source) continue;
        const stored = await storeInboundMail(s, msg.source, 'imap', null);
        if (s.env.IMAP_PROCESSED_FOLDER) await c.messageMove(String(uid), s.env.IMAP_PROCESSED_FOLDER, { uid: true });
        else await c.messageFlagsAdd(String(uid), keywords ? [STORED_KEYWORD, '\\Seen'] : ['\\Seen'], { uid: true });
        if (!stored.duplicate) onStored(stored.id);
      }
    } finally {
      lock.release();
    }
  }

  function poll(): Promise<void> {
    if (polling) {
      again = true;
      return polling;
    }
    polling = (async () => {
      do {
        again = false;
        if (client?.usable) await readThrough(client).catch((err) => s.log.warn({ err }, 'IMAP: reading the mailbox failed'));
      } while (again && !stopped);
    })().finally(() => (polling = null));
    return polling;
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    // IDLE starts 1 s after the last command (imapflow's default waits 15 s), so new mail is seen at once.
    const c = new ImapFlow({ host: cfg.host, port: cfg.port, secure: cfg.secure, auth: cfg.auth, logger: false, autoIdleDelay: 1000, maxIdleTime: 5 * 60_000 });
    c.on('error', (err: Error) => s.log.warn({ err }, 'IMAP connection error'));
    c.on('exists', () => void poll());
    c.on('close', () => {
      if (client === c) client = null;
      if (!stopped) reconnectLater();
    });
    try {
      await c.connect();
      await c.mailboxOpen(cfg.mailbox);
      client = c;
      backoffMs = 1000;
      s.log.info({ host: cfg.host, mailbox: cfg.mailbox }, 'IMAP: polling the mailbox');
      await poll();
    } catch (err) {
      s.log.warn({ err, host: cfg.host }, 'IMAP: cannot connect; retrying');
      c.close();
    }
  }

  function reconnectLater(): void {
    if (reconnectTimer || stopped) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void connect();
    }, backoffMs);
    backoffMs = Math.min(backoffMs * 2, 60_000);
  }

  void connect();
  const timer = setInterval(() => void poll(), s.env.IMAP_POLL_SECONDS * 1000);

  return {
    pollNow: () => poll(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await polling?.catch(() => {});
      await client?.logout().catch(() => {});
      client = null;
    },
  };
}
