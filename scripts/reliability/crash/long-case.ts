// The crash suite's long case (issue 24): one case the customer keeps replying to — each reply retried
// with its Idempotency-Key until answered — with time logged now and then, while the product runs with
// low run limits (scripts/reliability/product.ts), so the case's run continues as new every few
// decisions. The worker is killed right as one run hands over to the next. Afterwards the case is
// resolved and closed, and checked: every reply the client was told was taken is on the timeline once,
// none twice, the timeline has no gap, and the logged time is billed exactly once.
import { QueryTypes } from 'sequelize';
import type { Client } from '@temporalio/client';
import type { Database } from '../../../db/connection.js';
import { loadTerms } from '../../../config/terms.js';
import { caseBillingLines } from '../../../domain/billing.js';
import { caseTitle, newCaseBody, untilAnswered, type Clients } from '../cases.js';
import type { Tally } from '../tally.js';

export interface LongCaseRun {
  number: number | null;
  /** Replies answered 200, by their text. */
  replies: string[];
  /** Replies never answered within the budget (taken or not). */
  unanswered: string[];
  /** Other answers (a refusal), by reply. */
  refused: string[];
  minutes: number;
}

export interface LongCaseFindings {
  number: number | null;
  runs: number;
  replies: number;
  lost: string[];
  doubled: string[];
  gaps: string[];
  billing: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startLongCase(clients: Clients, tally: Tally, budgetMs: number) {
  const run: LongCaseRun = { number: null, replies: [], unanswered: [], refused: [], minutes: 0 };
  let stopped = false;
  let ended = false;
  const going = (async () => {
    const created = await untilAnswered(clients.contact, 'POST', '/cases', newCaseBody('support', caseTitle('lang sag')), tally, budgetMs);
    if (created.answer?.status !== 201) return;
    const number = (created.answer.json as { number: number }).number;
    for (const action of ['acknowledge', 'qualify']) {
      const r = await untilAnswered(
        clients.agent,
        'POST',
        `/cases/${number}/actions/${action}`,
        action === 'acknowledge' ? { plan: 'Vi svarer løbende.' } : {},
        tally,
        budgetMs,
      );
      if (r.answer?.status !== 200) return;
    }
    run.number = number;
    for (let i = 0; !stopped; i++) {
      const text = `lang sag svar ${i}`;
      const r = await untilAnswered(clients.contact, 'POST', `/cases/${number}/actions/reply`, { message: text }, tally, budgetMs);
      if (!r.answer) run.unanswered.push(text);
      else if (r.answer.status === 200) run.replies.push(text);
      else run.refused.push(`${text}: ${r.answer.status}`);
      if (i % 10 === 9) {
        const logged = await untilAnswered(clients.agent, 'POST', `/cases/${number}/actions/log-time`, { minutes: 3 }, tally, budgetMs);
        if (logged.answer?.status === 200) run.minutes += 3;
      }
    }
  })().finally(() => (ended = true));
  return {
    /** The case's number, once filed and acknowledged. */
    async number(): Promise<number | null> {
      while (run.number === null && !ended) await sleep(100);
      return run.number;
    },
    async stop(): Promise<LongCaseRun> {
      stopped = true;
      await going;
      return run;
    },
  };
}

/** Waits (up to `ms`) for the case's run to hand over to a new one; the two run ids, or null. */
export async function handOverMoment(temporal: Client, number: number, ms: number): Promise<{ from: string; to: string } | null> {
  const handle = temporal.workflow.getHandle(`case-${number}`);
  const from = (await handle.describe()).runId;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const to = (await handle.describe().catch(() => null))?.runId;
    if (to && to !== from) return { from, to };
    await sleep(20);
  }
  return null;
}

/** The runs of the case's chain (first to last). */
async function runCount(temporal: Client, number: number): Promise<number> {
  const handle = temporal.workflow.getHandle(`case-${number}`);
  const first = (await handle.fetchHistory()).events?.[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId;
  let runs = 0;
  for (let runId = first ?? undefined; runId; runs++) {
    const history = await temporal.workflow.getHandle(`case-${number}`, runId).fetchHistory();
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return runs;
}

/** Closes the long case and checks it. */
export async function checkLongCase(db: Database, temporal: Client, clients: Clients, run: LongCaseRun, tally: Tally): Promise<LongCaseFindings> {
  const f: LongCaseFindings = { number: run.number, runs: 0, replies: run.replies.length, lost: [], doubled: [], gaps: [], billing: [] };
  const n = run.number;
  if (n === null) return { ...f, lost: ['the long case was never filed'] };
  for (const [action, body] of [
    ['resolve', { summary: 'Alle svar er besvaret.' }],
    ['close', {}],
  ] as const) {
    const r = await untilAnswered(clients.agent, 'POST', `/cases/${n}/actions/${action}`, body, tally, 120_000);
    if (r.answer?.status !== 200) f.lost.push(`#${n} ${action}: ${r.answer?.status ?? 'never answered'}`);
  }
  await temporal.workflow.getHandle(`case-${n}`).result();
  f.runs = await runCount(temporal, n);
  const events = await db.sequelize.query<{ seq: number; kind: string; text: string | null }>(
    'SELECT seq, kind, text FROM case_events WHERE case_number = :n ORDER BY seq',
    { type: QueryTypes.SELECT, replacements: { n } },
  );
  const gaps = events.filter((e, i) => e.seq !== i + 1);
  if (gaps.length)
    f.gaps.push(
      `#${n}: sequence numbers ${gaps
        .slice(0, 5)
        .map((e) => e.seq)
        .join(', ')} out of place`,
    );
  const onTimeline = new Map<string, number>();
  for (const e of events.filter((e) => e.kind === 'reply')) onTimeline.set(e.text!, (onTimeline.get(e.text!) ?? 0) + 1);
  for (const text of run.replies) if (!onTimeline.has(text)) f.lost.push(`#${n} reply "${text}" (answered 200) is not on the timeline`);
  for (const [text, times] of onTimeline) if (times > 1) f.doubled.push(`#${n} reply "${text}" is on the timeline ${times} times`);
  const told = new Set([...run.replies, ...run.unanswered]);
  for (const text of onTimeline.keys()) if (!told.has(text)) f.doubled.push(`#${n} reply "${text}" is on the timeline, but no client sent it`);
  const lines = await db.sequelize.query<{ kind: string; minutes: number }>('SELECT kind, minutes FROM billing_lines WHERE case_number = :n ORDER BY line_no', {
    type: QueryTypes.SELECT,
    replacements: { n },
  });
  const logged = events.filter((e) => e.kind === 'log-time').length * 3;
  if (logged < run.minutes) f.lost.push(`#${n}: ${run.minutes} minutes were logged (answered 200), the timeline holds ${logged}`);
  const expected = caseBillingLines({ billableTime: true, started: true, loggedMinutes: logged, quote: null, training: null, prices: loadTerms().prices });
  const want = expected.map((l) => `${l.kind} ${l.minutes}`).join(', ');
  const got = lines.map((l) => `${l.kind} ${l.minutes}`).join(', ');
  if (want !== got) f.billing.push(`#${n}: billed [${got}], its ${logged} logged minutes bill [${want}]`);
  return f;
}
