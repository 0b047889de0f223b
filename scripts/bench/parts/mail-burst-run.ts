// The mail burst: N mails (mixed new requests, replies and rejected senders) sent over SMTP to the
// desk's embedded listener in a separate worker process (worker/main.ts), which is killed with -9 in
// the middle and restarted. Afterwards every mail must be exactly one case, one reply or one
// rejection — counted, none lost, none doubled — and the outbox must have resent at most the mail in
// flight per kill. Used by test/e2e/mail-burst.test.ts (small) and scripts/bench/mail-burst.ts (1 000).
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { QueryTypes } from 'sequelize';
import type { Services } from '../../../services/context.js';
import { createCase } from '../../../services/cases/intake.js';
import { getFreePort } from '../../../platform/free-port.js';
import { startMailCatcher } from '../../../test/support/mail.js';
import { startMailProcess, waitForPort } from './mail-process.js';

const COMPANIES = ['hypercare', 'udvidet', 'basis', 'faktureret'];

export interface BurstOptions {
  s: Services;
  databaseUrl: string;
  temporalAddress: string;
  total: number;
  kills: number;
  logFile: string;
  workflowBundle?: string;
  say?: (line: string) => void;
}

export interface BurstResult {
  sent: { total: number; new: number; replies: number; rejects: number; resentAfterKill: number };
  found: { cases: number; replies: number; rejections: number };
  lost: number;
  doubled: number;
  orphans: number;
  kills: number;
  seconds: number;
  mailsPerSecond: number;
  outbound: { notifications: number; delivered: number; duplicated: number; unsent: number };
  answersPerRejectedSender: number;
}

type Kind = 'new' | 'reply' | 'reject';
interface BurstMail {
  i: number;
  kind: Kind;
  from: string;
  subject: string;
  marker: string;
  messageId: string;
  references?: string;
}

async function count<T extends Record<string, unknown>>(s: Services, sql: string, replacements: Record<string, unknown>): Promise<T[]> {
  return s.db.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
}

export async function runMailBurst(o: BurstOptions): Promise<BurstResult> {
  const { s } = o;
  const say = o.say ?? (() => {});
  const run = randomUUID().slice(0, 8);
  const smtpPort = await getFreePort();
  const catcher = await startMailCatcher();
  let child = startMailProcess(o, smtpPort, catcher.port);
  await waitForPort(smtpPort, child);
  say(`mail process up (SMTP ${smtpPort})`);

  // Open cases to reply on, one per company, filed as mail cases by each company's first contact.
  const contacts = await Promise.all(COMPANIES.map((c) => s.db.models.Person.findOne({ where: { email: `kontakt1@${c}.test` } })));
  const targets: { number: number; company: string }[] = [];
  for (const contact of contacts) {
    const rec = await createCase(s, {
      by: contact!,
      contact: contact!,
      type: 'support',
      channel: 'mail',
      content: { title: `Burst ${run} target`, description: 'target', fields: {} },
      files: [],
    });
    targets.push({ number: rec.number, company: contact!.companyId! });
  }
  const [{ max: notificationsBefore }] = await count<{ max: number }>(s, 'SELECT coalesce(max(id), 0)::int AS max FROM notifications', {});

  const mails: BurstMail[] = Array.from({ length: o.total }, (_, i) => {
    const kind: Kind = i % 5 === 3 ? 'reply' : i % 5 === 4 ? 'reject' : 'new';
    const company = COMPANIES[i % COMPANIES.length];
    const marker = `burst-${run}-${i}`;
    const base = { i, kind, marker, messageId: `<${marker}@kunde.example>` };
    if (kind === 'reject') return { ...base, from: `ukendt${i % 20}-${run}@nowhere.example`, subject: `Hjælp ${marker}` };
    const from = `kontakt${(i % 2) + 1}@${company}.test`;
    if (kind === 'new') return { ...base, from, subject: `Ny sag ${marker}` };
    const target = targets.find((t) => t.company === company)!;
    // Half the replies name the case in the subject, half only in the thread headers.
    return i % 2
      ? { ...base, from, subject: `SV: [#${target.number}] ${marker}` }
      : { ...base, from, subject: `Andet emne ${marker}`, references: `<case-${target.number}@desk.test>` };
  });

  const started = Date.now();
  const pending = [...mails];
  const attempts = new Map<number, number>();
  let acked = 0;
  let kills = 0;
  let restarting: Promise<void> | null = null;
  const killAt = Array.from({ length: o.kills }, (_, k) => Math.floor(((k + 1) * o.total) / (o.kills + 1)));

  const killAndRestart = async () => {
    kills++;
    say(`kill -9 of the mail process after ${acked} mails`);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    child = startMailProcess(o, smtpPort, catcher.port);
    await waitForPort(smtpPort, child);
    say('mail process restarted');
  };

  const sender = async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 5000,
      socketTimeout: 15_000,
    });
    for (;;) {
      const m = pending.shift();
      if (!m) break;
      for (;;) {
        if (restarting) await restarting;
        try {
          attempts.set(m.i, (attempts.get(m.i) ?? 0) + 1);
          await transport.sendMail({
            from: m.from,
            to: 'support@desk.test',
            subject: m.subject,
            text: `${m.marker}\n\nTekst til ${m.kind}.`,
            messageId: m.messageId,
            ...(m.references ? { references: m.references } : {}),
          });
          acked++;
          if (killAt.length && acked >= killAt[0]) {
            killAt.shift();
            restarting ??= killAndRestart().finally(() => (restarting = null));
          }
          break;
        } catch {
          // Refused or cut off (the process is down): a real sender's queue tries again.
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }
    transport.close();
  };
  await Promise.all(Array.from({ length: 8 }, sender));
  if (restarting) await restarting;
  say(`all ${o.total} mails accepted in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const ids = mails.map((m) => m.messageId);
  const deadline = Date.now() + 300_000;
  for (;;) {
    const [{ n }] = await count<{ n: number }>(s, 'SELECT count(*)::int AS n FROM inbound_mails WHERE message_id IN (:ids) AND processed_at IS NOT NULL', {
      ids,
    });
    if (n >= o.total || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (Date.now() - started) / 1000;
  say(`all processed after ${seconds.toFixed(1)} s`);
  const byKind = (k: Kind) => mails.filter((m) => m.kind === k);

  const caseRows = await count<{ marker: string; n: number }>(
    s,
    `SELECT substring(c.title from 'burst-[0-9a-f]+-[0-9]+') AS marker, count(*)::int AS n FROM cases c WHERE c.title LIKE :like GROUP BY 1`,
    { like: `%burst-${run}-%` },
  );
  // Replies are recorded by the workflows a moment after their signal: wait until every reply is there.
  let replyRows: { marker: string; n: number }[] = [];
  for (const until = Date.now() + 120_000; Date.now() < until;) {
    replyRows = await count<{ marker: string; n: number }>(
      s,
      `SELECT substring(text from 'burst-[0-9a-f]+-[0-9]+') AS marker, count(*)::int AS n FROM case_events WHERE kind = 'reply' AND case_number IN (:targets) AND text LIKE :like GROUP BY 1`,
      { targets: targets.map((t) => t.number), like: `burst-${run}-%` },
    );
    if (replyRows.length >= byKind('reply').length) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const rejectRows = await count<{ marker: string; n: number }>(
    s,
    `SELECT substring(body from 'burst-[0-9a-f]+-[0-9]+') AS marker, count(*)::int AS n FROM intake_rejections WHERE body LIKE :like GROUP BY 1`,
    { like: `burst-${run}-%` },
  );
  const [{ n: orphans }] = await count<{ n: number }>(
    s,
    `SELECT count(*)::int AS n FROM cases WHERE channel = 'mail' AND registered_by_id IS NULL AND NOT (fields ? 'inboundMail') AND title LIKE :like`,
    { like: `%burst-${run}-%` },
  );
  const answers = await count<{ email: string; n: number }>(
    s,
    `SELECT email, count(*)::int AS n FROM notifications WHERE template = 'intake_rejected' AND email LIKE :like GROUP BY email`,
    { like: `%-${run}@nowhere.example` },
  );

  say(`replies recorded after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Outbound: wait for the outbox to empty, then compare what the catcher got with what was queued.
  let rows: { id: number; message_id: string | null; sent_at: Date | null }[] = [];
  for (const until = Date.now() + 180_000; Date.now() < until;) {
    rows = await count(s, 'SELECT id::int AS id, message_id, sent_at FROM notifications WHERE id > :before', { before: notificationsBefore });
    if (rows.every((r) => r.sent_at)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  say(`outbox empty after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  child.kill('SIGINT');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  const ours = new Set(rows.map((r) => r.message_id).filter(Boolean));
  const delivered = catcher.mails.filter((m) => ours.has(m.header('message-id') ?? ''));
  await catcher.close();

  const expected = { new: byKind('new'), reply: byKind('reply'), reject: byKind('reject') };
  const seen = (r: { marker: string; n: number }[]) => new Map(r.map((x) => [x.marker, x.n]));
  const [cases, replies, rejects] = [seen(caseRows), seen(replyRows), seen(rejectRows)];
  let lost = 0;
  let doubled = 0;
  for (const [kind, list] of Object.entries(expected) as [Kind, BurstMail[]][]) {
    const found = kind === 'new' ? cases : kind === 'reply' ? replies : rejects;
    for (const m of list) {
      const n = found.get(m.marker) ?? 0;
      if (n === 0) lost++;
      if (n > 1) doubled += n - 1;
    }
    // A mail must not turn up as anything but its own kind.
    for (const other of [cases, replies, rejects].filter((f) => f !== found)) for (const m of list) if (other.has(m.marker)) doubled++;
  }
  return {
    sent: {
      total: o.total,
      new: expected.new.length,
      replies: expected.reply.length,
      rejects: expected.reject.length,
      resentAfterKill: [...attempts.values()].filter((a) => a > 1).length,
    },
    found: {
      cases: caseRows.reduce((a, r) => a + r.n, 0),
      replies: replyRows.reduce((a, r) => a + r.n, 0),
      rejections: rejectRows.reduce((a, r) => a + r.n, 0),
    },
    lost,
    doubled,
    orphans,
    kills,
    seconds,
    mailsPerSecond: o.total / seconds,
    outbound: {
      notifications: rows.length,
      delivered: delivered.length,
      duplicated: delivered.length - new Set(delivered.map((m) => m.header('message-id'))).size,
      unsent: rows.filter((r) => !r.sent_at).length,
    },
    answersPerRejectedSender: Math.max(0, ...answers.map((a) => a.n)),
  };
}
