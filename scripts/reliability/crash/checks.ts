// What the crash suite checks once the product has been killed and restarted: for every case a client
// was told about, that it exists once, that its process holds every decision the client was told was
// taken (and nothing twice), that its read model and timeline caught up with its process, that its
// billing lines are exactly what its view bills, and that no mail reached the catch-all twice.
import { QueryTypes } from 'sequelize';
import type { Client } from '@temporalio/client';
import type { Database } from '../../../db/connection.js';
import { loadTerms } from '../../../config/terms.js';
import { caseBillingLines } from '../../../domain/billing.js';
import { caseViewQuery, type CaseView } from '../../../workflows/messages.js';

/** A case the suite expects to exist, with what its clients were told. */
export interface Expected {
  number: number;
  title: string;
  /** Status the last decision answered (or the seeded path's). */
  status: string;
  /** The least version its process must have: its receipt and every decision a client was told was taken. */
  version: number;
  /** Minutes the clients were told were logged. */
  minutes: number;
  /** The decisions clients were told were taken (answered 200), in order. */
  actions: string[];
  /** Decisions a retry was refused (409): the first attempt may have taken them, its answer lost in a crash. */
  maybe: string[];
  /** What each of those refusals said, by decision (for the finding). */
  refusals?: Record<string, string>;
}

export interface CaseFindings {
  checked: number;
  lost: string[];
  doubled: string[];
  /** Decisions taken whose answer the client never got (its retry was refused 409 instead). */
  answersLost: string[];
  behind: string[];
  timelineGaps: string[];
  billingMissing: string[];
  billingDuplicated: number;
  billingExtra: string[];
  closedCases: number;
  billingLines: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  number: number;
  title: string;
  status: string;
  version: number;
}

async function rowsOf(db: Database, numbers: number[]): Promise<Map<number, Row>> {
  const rows = await db.sequelize.query<Row>('SELECT number, title, status, version FROM cases WHERE number IN (:numbers)', {
    type: QueryTypes.SELECT,
    replacements: { numbers: numbers.length ? numbers : [0] },
  });
  return new Map(rows.map((r) => [r.number, r]));
}

async function viewsOf(temporal: Client, numbers: number[]): Promise<Map<number, CaseView | string>> {
  const out = new Map<number, CaseView | string>();
  let next = 0;
  const lane = async () => {
    while (next < numbers.length) {
      const n = numbers[next++]!;
      out.set(
        n,
        await temporal.workflow
          .getHandle(`case-${n}`)
          .query(caseViewQuery)
          .catch((err: Error) => err.message.split('\n')[0]),
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  return out;
}

/** Waits (up to `ms`) until every read model has caught up with its process; returns the rows and views then. */
export async function settle(db: Database, temporal: Client, numbers: number[], ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const [rows, views] = await Promise.all([rowsOf(db, numbers), viewsOf(temporal, numbers)]);
    const behind = numbers.filter((n) => {
      const v = views.get(n);
      return typeof v === 'string' || rows.get(n)?.version !== v?.version;
    });
    if (!behind.length || Date.now() > deadline) return { rows, views };
    await sleep(2_000);
  }
}

export async function checkCases(db: Database, temporal: Client, expected: Expected[], settleMs: number): Promise<CaseFindings> {
  const numbers = expected.map((e) => e.number);
  const { rows, views } = await settle(db, temporal, numbers, settleMs);
  const f: CaseFindings = {
    checked: expected.length,
    lost: [],
    doubled: [],
    answersLost: [],
    behind: [],
    timelineGaps: [],
    billingMissing: [],
    billingDuplicated: 0,
    billingExtra: [],
    closedCases: 0,
    billingLines: 0,
  };
  const events = await db.sequelize.query<{ number: number; seqs: number[] }>(
    // The case's own stream only: other writers (an article written from the case) number their events apart.
    `SELECT case_number AS number, array_agg(seq ORDER BY seq) AS seqs FROM case_events WHERE case_number IN (:numbers) AND workflow_id = 'case-' || case_number GROUP BY case_number`,
    { type: QueryTypes.SELECT, replacements: { numbers: numbers.length ? numbers : [0] } },
  );
  const seqsOf = new Map(events.map((e) => [e.number, e.seqs]));
  const kinds = await db.sequelize.query<{ number: number; kinds: string[] }>(
    `SELECT case_number AS number, array_agg(kind ORDER BY seq) AS kinds FROM case_events WHERE case_number IN (:numbers) AND workflow_id = 'case-' || case_number GROUP BY case_number`,
    { type: QueryTypes.SELECT, replacements: { numbers: numbers.length ? numbers : [0] } },
  );
  const kindsOf = new Map(kinds.map((k) => [k.number, k.kinds]));
  const lines = await db.sequelize.query<{ number: number; kind: string; minutes: number; amount: string }>(
    'SELECT case_number AS number, kind, minutes, amount_ore::text AS amount FROM billing_lines WHERE case_number IN (:numbers) ORDER BY case_number, line_no',
    { type: QueryTypes.SELECT, replacements: { numbers: numbers.length ? numbers : [0] } },
  );
  const prices = loadTerms().prices;

  for (const e of expected) {
    const row = rows.get(e.number);
    const view = views.get(e.number);
    if (!row || row.title !== e.title) {
      f.lost.push(`#${e.number} "${e.title}": no such case row`);
      continue;
    }
    if (typeof view === 'string' || !view) {
      f.lost.push(`#${e.number}: its process cannot be asked (${view ?? 'no answer'})`);
      continue;
    }
    if (view.version < e.version) f.lost.push(`#${e.number}: process at version ${view.version}, clients were told of ${e.version - 1} decisions`);
    else if (view.status !== e.status && view.version === e.version) f.lost.push(`#${e.number}: process says ${view.status}, a client was told ${e.status}`);
    if (view.loggedMinutes > e.minutes) f.doubled.push(`#${e.number}: ${view.loggedMinutes} minutes logged, clients were told ${e.minutes}`);
    if (view.loggedMinutes < e.minutes) f.lost.push(`#${e.number}: ${view.loggedMinutes} minutes logged, clients were told ${e.minutes}`);
    if (row.version !== view.version || row.status !== view.status)
      f.behind.push(`#${e.number}: read model ${row.status} v${row.version}, process ${view.status} v${view.version}`);
    compareDecisions(e, kindsOf.get(e.number) ?? [], f);
    const seqs = seqsOf.get(e.number) ?? [];
    const missing = Array.from({ length: view.version }, (_, i) => i + 1).filter((s) => !seqs.includes(s));
    if (missing.length) f.timelineGaps.push(`#${e.number}: no timeline event for versions ${missing.join(', ')} of ${view.version}`);

    const actual = lines.filter((l) => l.number === e.number);
    f.billingLines += actual.length;
    if (view.status !== 'closed') {
      if (actual.length) f.billingExtra.push(`#${e.number} (${view.status}): ${actual.length} billing lines before close`);
      continue;
    }
    f.closedCases += 1;
    const q = view.quote;
    const want = caseBillingLines({
      billableTime: view.coverage?.billable ?? false,
      started: view.acknowledged || view.loggedMinutes > 0,
      loggedMinutes: view.loggedMinutes,
      quote: q ? { estimationMinutes: q.estimationMinutes, priceOre: q.priceOre, hours: q.hours, accepted: q.outcome === 'accepted' } : null,
      training: view.training ? { hours: view.training.hours, accepted: view.training.outcome === 'accepted' } : null,
      prices: view.hourlyRateOre === undefined ? prices : { ...prices, hourlyRateOre: view.hourlyRateOre },
    });
    const key = (l: { kind: string; minutes: number; amount: string | number }) => `${l.kind}:${l.minutes}:${l.amount}`;
    const left = actual.map(key);
    for (const w of want) {
      const i = left.indexOf(key({ ...w, amount: w.amountOre }));
      if (i >= 0) left.splice(i, 1);
      else f.billingMissing.push(`#${e.number}: no ${w.kind} line of ${w.minutes} min / ${w.amountOre} øre`);
    }
    const kinds = new Set<string>(want.map((w) => w.kind));
    for (const extra of left) {
      if (kinds.has(extra.split(':')[0]!)) f.billingDuplicated += 1;
      else f.billingExtra.push(`#${e.number}: unexpected line ${extra}`);
    }
  }
  return f;
}

const countOf = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/** The timeline's decisions against what the clients were told: each one there once, none twice. */
function compareDecisions(e: Expected, kinds: string[], f: CaseFindings): void {
  const told = countOf(e.actions);
  const maybe = countOf(e.maybe);
  const seen = countOf(kinds);
  for (const action of new Set([...e.actions, ...e.maybe])) {
    const have = seen.get(action) ?? 0;
    const want = told.get(action) ?? 0;
    if (have < want) f.lost.push(`#${e.number}: ${have} '${action}' on its timeline, clients were told of ${want}`);
    else if (have > want + (maybe.get(action) ?? 0)) f.doubled.push(`#${e.number}: ${have} '${action}' on its timeline, clients were told of ${want}`);
    else if (have > want)
      f.answersLost.push(`#${e.number} '${action}': taken by a request whose answer was lost; its retry was refused 409 ("${e.refusals?.[action] ?? ''}")`);
  }
}

/** Rows per title the clients used: a title on two rows is a case filed twice. */
export async function duplicateTitles(db: Database, titles: string[]): Promise<{ title: string; numbers: number[] }[]> {
  const rows = await db.sequelize.query<{ title: string; numbers: number[] }>(
    'SELECT title, array_agg(number ORDER BY number) AS numbers FROM cases WHERE title IN (:titles) GROUP BY title HAVING count(*) > 1',
    { type: QueryTypes.SELECT, replacements: { titles: titles.length ? titles : [''] } },
  );
  return rows;
}

/** Numbers of rows with these titles (cases whose create was never answered 201 but happened). */
export async function numbersByTitle(db: Database, titles: string[]): Promise<Map<string, number[]>> {
  const rows = await db.sequelize.query<{ title: string; numbers: number[] }>(
    'SELECT title, array_agg(number ORDER BY number) AS numbers FROM cases WHERE title IN (:titles) GROUP BY title',
    { type: QueryTypes.SELECT, replacements: { titles: titles.length ? titles : [''] } },
  );
  return new Map(rows.map((r) => [r.title, r.numbers]));
}

/** Waits until the outbox has sent everything (up to `ms`); returns what is still unsent. */
export async function drainOutbox(db: Database, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const [{ unsent }] = await db.sequelize.query<{ unsent: number }>(
      'SELECT count(*)::int AS unsent FROM notifications WHERE sent_at IS NULL AND attempts < 8',
      {
        type: QueryTypes.SELECT,
      },
    );
    if (unsent === 0 || Date.now() > deadline) return unsent;
    await sleep(1_000);
  }
}
