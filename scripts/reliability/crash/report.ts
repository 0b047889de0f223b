// The crash suite's report: every figure of a run (kills, traffic, what the checks found), as a SuiteReport.
import os from 'node:os';
import type { Filed } from './traffic.js';
import type { CaseFindings, Expected } from './checks.js';
import { percentiles } from '../../bench/measure/stats.js';
import { emptyVerdict, table, type SuiteReport } from '../report.js';
import type { Options } from '../suite.js';
import type { Tally } from '../tally.js';
import type { LongCaseFindings } from './long-case.js';
import type { AnnouncementFindings } from './announcements.js';

export interface KillRecord {
  what: string;
  /** When it was done (epoch ms). */
  at: number;
  pids: number[];
  restartedMs: number;
  healthyMs: number;
  filedBefore: number;
}

export interface CrashRun {
  startedAt: string;
  seconds: number;
  options: Options;
  seeded: (Expected & { path: string })[];
  filed: Filed[];
  kills: KillRecord[];
  tally: Tally;
  cases: CaseFindings;
  duplicates: { title: string; numbers: number[] }[];
  /** Titles whose create was never answered 201, and the rows that exist for them. */
  silent: [string, number[]][];
  unsent: number;
  /** `times`: when each duplicated Message-ID was accepted by the catch-all. */
  mails: { received: number; duplicates: [string, number][]; withoutMessageId: number; times: [string, number[]][] };
  /** Announcements sent during the kills, and what their recipients received. */
  announcements: AnnouncementFindings & { failures: string[] };
  repair: { code: number | null; output: string };
  longCase: LongCaseFindings;
}

/** How long before a kill a mail the catch-all accepted may still have been in flight (not yet marked sent). */
const IN_FLIGHT_MS = 2_000;

/**
 * The mails sent again because the mail process (or the whole tree) was killed between the SMTP server's
 * acceptance and the mark — the window docs/reliability.md describes: the one mail in flight goes again
 * with the same Message-ID. Counted apart, one per such kill; every other second delivery is a duplicate.
 */
export function resentInFlight(times: [string, number[]][], kills: KillRecord[]): string[] {
  const mailKills = kills.filter((k) => /^(mail process|the whole tree)/.test(k.what)).map((k) => k.at);
  const used = new Set<number>();
  const resent: string[] = [];
  for (const [id, ats] of times) {
    if (ats.length !== 2) continue;
    const [a, b] = [...ats].sort((x, y) => x - y) as [number, number];
    const kill = mailKills.find((k) => !used.has(k) && a <= k && k - a <= IN_FLIGHT_MS && k <= b);
    if (kill === undefined) continue;
    used.add(kill);
    resent.push(id);
  }
  return resent;
}

const first = (xs: string[], n = 10) => (xs.length > n ? [...xs.slice(0, n), `… and ${xs.length - n} more`] : xs);

export function crashReport(r: CrashRun): SuiteReport {
  const { tally, cases } = r;
  const decisions = r.filed.reduce((n, f) => n + f.accepted.length, 0);
  const refused = r.filed.flatMap((f) => f.refused.map((x) => `#${f.number} ${x.action}: ${x.status} after ${x.attempts} attempt(s) (${x.error})`));
  const unanswered = r.filed.flatMap((f) => f.unanswered.map((what) => `"${f.title}" ${what}`));
  const resent = resentInFlight(r.mails.times, r.kills);
  const doubled = r.mails.duplicates.filter(([id]) => !resent.includes(id));
  const mailDuplicates = doubled.reduce((n, [, k]) => n + k - 1, 0);
  const repairSummary = r.repair.output.split('\n').at(-1) ?? '';
  const repairClean = r.repair.code === 0 && /: 0 repaired, 0 started, 0 moved on, 0 need attention, 0 failed, \d+ in step$/.test(repairSummary);

  const unavailable = tally.timesOf(503);
  /** The 503s of requests sent while a part was down (from the kill until /healthz said 200 again). */
  const meanwhile = (k: KillRecord) => unavailable.filter((u) => u.start >= k.at && u.start <= k.at + k.healthyMs).map((u) => u.ms);
  const downParts = r.kills.filter((k) => /Temporal|PostgreSQL|pg_terminate/.test(k.what));
  const slow503 = downParts.flatMap(meanwhile).filter((ms) => ms > 3_000);
  const verdict = emptyVerdict();
  const long = r.longCase;
  const ann = r.announcements;
  verdict.lost = cases.lost.length + cases.billingMissing.length + long.lost.length + ann.missing.length + ann.failures.length;
  verdict.duplicatedBillingLines = cases.billingDuplicated;
  verdict.duplicatedMails = mailDuplicates + ann.doubled.length;
  verdict.serverErrors = tally.serverErrorCount;
  verdict.hangs = tally.hangCount;

  const findings: string[] = [
    ...first(cases.lost).map((x) => `lost: ${x}`),
    ...first(cases.billingMissing).map((x) => `billing line missing: ${x}`),
    ...first(cases.doubled).map((x) => `done twice: ${x}`),
    ...first(long.lost).map((x) => `long case, lost: ${x}`),
    ...first(long.doubled).map((x) => `long case, done twice: ${x}`),
    ...long.gaps.map((x) => `long case, timeline gap: ${x}`),
    ...long.billing.map((x) => `long case, billing: ${x}`),
    ...(long.runs < 2 ? [`the long case never continued as new (${long.runs} run)`] : []),
    ...first(cases.answersLost).map((x) => `answer lost after a crash: ${x}`),
    ...r.duplicates.map((d) => `case filed ${d.numbers.length} times: "${d.title}" → #${d.numbers.join(', #')}`),
    ...first(cases.behind).map((x) => `read model behind its process after ${r.options.settle} s: ${x}`),
    ...first(cases.timelineGaps).map((x) => `timeline gap: ${x}`),
    ...first(cases.billingExtra).map((x) => `billing: ${x}`),
    ...(cases.billingDuplicated ? [`${cases.billingDuplicated} billing lines written twice`] : []),
    ...(mailDuplicates ? [`${mailDuplicates} mails delivered twice: ${doubled.map(([id, n]) => `${id} ×${n}`).join(', ')}`] : []),
    ...(r.unsent ? [`${r.unsent} mails still unsent a minute after the traffic stopped`] : []),
    ...first(ann.failures).map((x) => `announcement not sent: ${x}`),
    ...first(ann.missing).map((x) => `announcement mail lost: ${x}`),
    ...first(ann.doubled).map((x) => `announcement mailed twice: ${x}`),
    ...first(ann.wrongLanguage).map((x) => `announcement in the wrong language: ${x}`),
    ...first(unanswered).map((x) => `never answered within 4 minutes: ${x}`),
    ...(tally.unexplainedCount ? [`${tally.unexplainedCount} 4xx answers without a reason`] : []),
    ...(repairClean ? [] : [`npm run -s repair after the run: ${repairSummary || r.repair.output.slice(0, 300)}`]),
    ...r.kills.filter((k) => /restarted:/.test(k.what)).map((k) => `a process ended when its connections were terminated: ${k.what}`),
    ...r.kills
      .filter((k) => /pg_terminate/.test(k.what) && k.healthyMs > 15_000)
      .map((k) => `/healthz took ${k.healthyMs} ms to answer 200 again after ${k.what}`),
    ...(slow503.length
      ? [`${slow503.length} requests sent while Temporal or the database was down took more than 3 s to get their 503 (slowest ${Math.max(...slow503)} ms)`]
      : []),
  ];

  const perState = new Map<string, number>();
  for (const s of r.seeded) perState.set(s.path, (perState.get(s.path) ?? 0) + 1);
  const lat = [...tally.latencies].map(([what, xs]) => {
    const p = percentiles(xs);
    return [what, p.n, p.p50, p.p95, p.p99];
  });

  return {
    suite: 'crash',
    title: 'crash — kill -9 of every process and of the whole tree, mid-traffic',
    startedAt: r.startedAt,
    seconds: r.seconds,
    tried: [
      ['open cases seeded (every state)', r.seeded.length],
      ['kills with -9 (each process, then the whole tree) and pg_terminate_backend of every connection', r.kills.length],
      ['cases filed by the traffic', r.filed.length],
      ['decisions answered 200 during the kills', decisions],
      ['requests sent (retries included)', tally.total],
      ['cases checked afterwards', cases.checked],
      ['replies answered 200 on the long case, across its runs', long.replies],
      ['runs of the long case (it continued as new each few decisions)', long.runs],
      ['closed cases whose billing was checked', cases.closedCases],
      ['mails received at the catch-all', r.mails.received],
      ['announcements sent during the kills (each to every company)', r.announcements.announcements],
    ],
    verdict,
    findings,
    sections: [
      {
        title: 'Kills',
        lines: table(
          ['what', 'pid(s)', 'running again after', '/healthz 200 after', '503s sent meanwhile (slowest)', 'cases filed before'],
          r.kills.map((k) => {
            const m = meanwhile(k);
            return [
              k.what,
              k.pids.join(', '),
              k.restartedMs ? `${k.restartedMs} ms` : '—',
              `${k.healthyMs} ms`,
              m.length ? `${m.length} (${Math.max(...m)} ms)` : '0',
              k.filedBefore,
            ];
          }),
        ),
      },
      {
        title: 'Traffic',
        lines: [
          `Cases filed: ${r.filed.length}, answered 201: ${r.filed.filter((f) => f.createStatus === 201).length}; decisions answered 200: ${decisions}, refused: ${refused.length}; requests never answered: ${unanswered.length}.`,
          `Answers by status: ${tally.statusLine()}. A 503 while a part was down is the product saying so (not counted as a 500).`,
          `Requests answered only after retries with their Idempotency-Key: ${tally.retries.count}; the longest waited ${(tally.retries.longestMs / 1000).toFixed(1)} s for its answer (${tally.retries.longest || '—'}). A request the killed web app was handling stays claimed until the claim is abandoned (2 minutes); its retries meanwhile wait 30 s each and are told it is still running.`,
          `Creates never answered 201 that exist anyway: ${r.silent.filter(([, ns]) => ns.length).length} of ${r.silent.length}.`,
          '',
          ...(refused.length ? ['Refused decisions:', '', ...first(refused, 20).map((x) => `- ${x}`), ''] : []),
          ...table(['request', 'n', 'p50 ms', 'p95 ms', 'p99 ms'], lat),
          '',
          ...tally.exampleLines(),
        ],
      },
      {
        title: 'Checks',
        lines: [
          ...table(
            ['check', 'result'],
            [
              ['cases lost or missing a decision', cases.lost.length],
              ['decisions done twice (e.g. minutes logged twice)', cases.doubled.length],
              ['decisions taken whose answer was lost (the retry got 409)', cases.answersLost.length],
              ['requests filed more than once (extra cases)', `${r.duplicates.length} (${r.duplicates.reduce((n, d) => n + d.numbers.length - 1, 0)})`],
              [`read models behind their process after ${r.options.settle} s`, cases.behind.length],
              ['timeline gaps', cases.timelineGaps.length],
              ['closed cases / billing lines', `${cases.closedCases} / ${cases.billingLines}`],
              ['billing lines missing / duplicated / unexpected', `${cases.billingMissing.length} / ${cases.billingDuplicated} / ${cases.billingExtra.length}`],
              [
                'mails received / duplicated Message-IDs / resent after a kill mid-send (same Message-ID) / without Message-ID',
                `${r.mails.received} / ${mailDuplicates} / ${resent.length}${resent.length ? ` (${resent.join(', ')})` : ''} / ${r.mails.withoutMessageId}`,
              ],
              ['mails unsent a minute after', r.unsent],
              [
                `long case #${long.number}: runs / replies lost / done twice / timeline gaps / billing`,
                `${long.runs} / ${long.lost.length} / ${long.doubled.length} / ${long.gaps.length} / ${long.billing.length ? 'wrong' : 'once'}`,
              ],
              [
                'announcements sent during the kills / recipient mails: missing / twice / wrong language',
                `${ann.announcements} to ${ann.recipients} recipients: ${ann.missing.length} / ${ann.doubled.length} / ${ann.wrongLanguage.length}`,
              ],
            ],
          ),
          '',
          'Seeded cases per state:',
          '',
          ...table(
            ['state', 'cases'],
            [...perState].map(([k, n]) => [k, n]),
          ),
        ],
      },
      { title: 'npm run -s repair afterwards', lines: ['```', r.repair.output || '(no output)', '```', `exit code ${r.repair.code}`] },
    ],
    settings: {
      ...r.options,
      node: process.version,
      cores: os.availableParallelism(),
    },
  };
}
