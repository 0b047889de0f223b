// Runs the processing of stored inbound mails in this process: a small queue with bounded concurrency
// fed by the listeners as each mail is stored, and a sweeper that picks up whatever is stored but not
// processed — on start (what a crash left behind) and periodically (what failed and is due again).
import type { Services } from '../../services/context.js';
import { pendingInboundMails } from '../../services/mail/inbound-store.js';
import { processInboundMail } from '../../services/mail/process-inbound.js';

export interface InboundProcessor {
  enqueue(id: number): void;
  /** Queues every mail that is due; resolves when they are handed to the queue. */
  sweep(): Promise<void>;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startInboundProcessor(s: Services, opts: { concurrency?: number; sweepMs?: number } = {}): InboundProcessor {
  const concurrency = opts.concurrency ?? 4;
  const queue: number[] = [];
  const queued = new Set<number>();
  let active = 0;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (active === 0 && queue.length === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };

  const pump = () => {
    while (!stopped && active < concurrency && queue.length) {
      const id = queue.shift()!;
      active++;
      processInboundMail(s, id)
        .catch((err) => s.log.error({ err, inboundMail: id }, 'inbound mail processing failed'))
        .finally(() => {
          active--;
          queued.delete(id);
          pump();
          settle();
        });
    }
    settle();
  };

  const enqueue = (id: number) => {
    if (stopped || queued.has(id)) return;
    queued.add(id);
    queue.push(id);
    pump();
  };

  let sweeping: Promise<void> | null = null;
  const sweep = () =>
    (sweeping ??= (async () => {
      try {
        for (const id of await pendingInboundMails(s)) enqueue(id);
      } catch (err) {
        s.log.warn({ err }, 'inbound mail sweep failed');
      } finally {
        sweeping = null;
      }
    })());

  void sweep();
  const timer = setInterval(() => void sweep(), opts.sweepMs ?? s.env.MAIL_SWEEP_SECONDS * 1000);

  return {
    enqueue,
    sweep,
    idle: () => new Promise<void>((resolve) => (active === 0 && queue.length === 0 ? resolve() : waiters.push(resolve))),
    async stop() {
      stopped = true;
      clearInterval(timer);
      queue.length = 0;
      while (active > 0) await new Promise((r) => setTimeout(r, 50));
      settle();
    },
  };
}
