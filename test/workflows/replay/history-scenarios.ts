// The cases whose histories test/workflows/replay/replay.test.ts replays against the current workflow code:
// one per request type and per main path of SPEC §5, and cases that continue as new (issue 24). Each
// scenario drives its cases to their end on the time-skipping harness and names the workflows to
// record; recordHistories() writes each one, in the JSON format of `temporal workflow show --output
// json`, to test/workflows/replay/histories/current/ — a case that continued as new as one file per
// run (<name>.run1.json, <name>.run2.json, …).
// Histories recorded by earlier versions of the code stay in histories/archive/ and are never
// re-recorded: they are the running cases of those versions.
import fs from 'node:fs';
import path from 'node:path';
import type { CaseHarness } from '../../support/case-harness.js';
import { plainFortnightAfter } from '../../support/desk-time.js';
import { mailReplySignal } from '../../../workflows/messages.js';
import { addClosedDay, removeClosedDay } from '../../../services/calendar/admin.js';
import { calendarBroadcastSettled } from '../../../services/calendar/broadcast.js';
import { historyToJson } from './history-json.js';
import { chainHistories } from './history-chain.js';
import { historyProtection, saveHistoryKeys } from './history-keys.js';
import { AGENT, godkender, kontakt1, kontakt2, MANAGER, MINUTE, qualifiedCase, quotedCase } from '../steps.js';
import { offeredOrder, testCompany } from '../orders/order-steps.js';

export const HISTORIES_DIR = path.resolve('test/workflows/replay/histories');
export const CURRENT_DIR = path.join(HISTORIES_DIR, 'current');

/** A scenario runs its cases to their end and returns the workflows to record, by history name. */
type Scenario = (h: CaseHarness) => Promise<Record<string, number>>;

/** Waits out a finished case's reopen window, so it closes by itself. */
async function autoClose(h: CaseHarness, number: number): Promise<void> {
  await h.skipTo((await h.view(number)).reopenUntil! + MINUTE);
}

/** Scenarios run with lowered run limits, so their cases continue as new early (workflows/run-chain.ts). */
export const SCENARIO_ENV: Record<string, Record<string, string>> = {
  'continued-reply-burst': { CASE_RUN_MAX_UPDATES: '4' },
  'continued-waiting-reminded': { CASE_RUN_MAX_UPDATES: '3' },
  'continued-quote-accepted': { CASE_RUN_MAX_UPDATES: '4' },
};

export const SCENARIOS: Record<string, Scenario> = {
  /** Support: training offered and accepted, time logged, resolved, closed and billed. */
  async 'support-training-accepted'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 10 });
    await h.act(number, AGENT, 'offer-training', { hours: 2 });
    await h.act(number, kontakt1('faktureret'), 'accept-training');
    await h.act(number, AGENT, 'resolve', { summary: 'Explained.' });
    await h.act(number, AGENT, 'close');
    return { 'support-training-accepted': number };
  },

  /** Support: a training offer nobody answers lapses; the case is resolved and closes by itself. */
  async 'support-training-lapsed'(h) {
    const number = await qualifiedCase(h, 'basis', 'support', 'phone');
    await h.act(number, AGENT, 'offer-training', { hours: 1.5 });
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the reminder
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the lapse
    await h.act(number, AGENT, 'resolve', { summary: 'Solved without the training.' });
    await autoClose(h, number);
    return { 'support-training-lapsed': number };
  },

  /** Support: resolved, reopened by the contact, resolved again and closed. */
  async 'support-reopened'(h) {
    const number = await qualifiedCase(h, 'udvidet', 'support');
    await h.act(number, AGENT, 'resolve', { summary: 'Try again now.' });
    await h.act(number, kontakt1('udvidet'), 'reopen', { reason: 'It still fails.' });
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    await h.act(number, AGENT, 'resolve', { summary: 'Fixed for good.' });
    await h.act(number, AGENT, 'close');
    return { 'support-reopened': number };
  },

  /** Waiting on the customer: asked, answered by mail (the signal), resolved, closed. */
  async 'waiting-answered-by-mail'(h) {
    const number = await qualifiedCase(h, 'udvidet', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Which report?' });
    const contact = await h.person(kontakt1('udvidet'));
    await h
      .handle(number)
      .signal(mailReplySignal, { actor: { userId: contact.id, role: 'contact', canApprove: true, name: contact.fullName }, message: 'The monthly one.' });
    await h.skipTo((await h.now()) + MINUTE);
    await h.act(number, AGENT, 'resolve', { summary: 'Answered.' });
    await h.act(number, AGENT, 'close');
    return { 'waiting-answered-by-mail': number };
  },

  /** Waiting on the customer without a reply: reminded, then closed by its timer. */
  async 'waiting-auto-closed'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Which file?' });
    const closeAt = (await h.view(number)).nextDeadline!.at;
    await h.skipTo(h.services.calendar.addWorkingDays(closeAt, 6) + MINUTE);
    return { 'waiting-auto-closed': number };
  },

  /** Incident by phone: free, resolved, closed. */
  async 'incident-resolved'(h) {
    const number = await qualifiedCase(h, 'basis', 'incident', 'phone');
    await h.act(number, AGENT, 'log-time', { minutes: 45 });
    await h.act(number, AGENT, 'resolve', { summary: 'Restarted the job.' });
    await h.act(number, AGENT, 'close');
    return { 'incident-resolved': number };
  },

  /** Incident reclassified to a billable restoration, resolved and closed. */
  async 'incident-reclassified'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'incident');
    await h.act(number, AGENT, 'reclassify', { reason: 'The workflow was changed by the customer.' });
    await h.act(number, AGENT, 'log-time', { minutes: 7 });
    await h.act(number, AGENT, 'resolve', { summary: 'Restored.' });
    await h.act(number, AGENT, 'close');
    return { 'incident-reclassified': number };
  },

  /** Change request: rough estimate, quote, accepted, work started and delivered, closed. */
  async 'change-request-accepted'(h) {
    const { number } = await quotedCase(h, 'udvidet', { estimationMinutes: 90, hours: 12, priceOre: 1_140_000 });
    await h.act(number, godkender('udvidet'), 'accept-quote');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'log-time', { minutes: 120 });
    await h.act(number, AGENT, 'deliver', { summary: 'Delivered.' });
    await h.act(number, AGENT, 'close');
    return { 'change-request-accepted': number };
  },

  /** Change request: a quote above the release limit, released by a desk manager, accepted, delivered. */
  async 'change-request-released'(h) {
    const { number } = await quotedCase(h, 'basis', { estimationMinutes: 240, hours: 80, priceOre: 7_600_000 }, { released: false });
    await h.act(number, MANAGER, 'release-quote');
    await h.act(number, kontakt1('basis'), 'accept-quote');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'deliver', { summary: 'Delivered in two parts.' });
    await autoClose(h, number);
    return { 'change-request-released': number };
  },

  /** Change request: the quote is rejected by the price approver; closed. */
  async 'change-request-rejected'(h) {
    const { number } = await quotedCase(h, 'faktureret', { estimationMinutes: 60, hours: 8, priceOre: 760_000 });
    await h.act(number, godkender('faktureret'), 'reject-quote', { reason: 'Too expensive this year.' });
    await h.act(number, AGENT, 'close');
    return { 'change-request-rejected': number };
  },

  /** Change request: nobody answers the quote; reminded, expired, and closed by itself. */
  async 'change-request-expired'(h) {
    const { number } = await quotedCase(h, 'udvidet', { estimationMinutes: 30, hours: 4, priceOre: 380_000 });
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the reminder
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the expiry
    await autoClose(h, number);
    return { 'change-request-expired': number };
  },

  /** Change request declined by the desk after a rough estimate the contact never took further. */
  async 'change-request-declined'(h) {
    const number = await qualifiedCase(h, 'basis', 'change_request');
    await h.act(number, AGENT, 'decline', { reason: 'It does not fit the product.' });
    await h.act(number, AGENT, 'close');
    return { 'change-request-declined': number };
  },

  /** Product idea: first response breached, acknowledged late, backlogged and auto-closed. */
  async 'product-idea-backlogged'(h) {
    const number = await h.file(kontakt1('basis'), 'product_idea');
    await h.skipTo((await h.view(number)).responseDueAt! + MINUTE);
    await h.act(number, AGENT, 'acknowledge', { plan: 'Late, sorry.' });
    await h.act(number, AGENT, 'qualify', {});
    await h.act(number, AGENT, 'backlog', { summary: 'In the backlog.' });
    await autoClose(h, number);
    return { 'product-idea-backlogged': number };
  },

  /** A support request reclassified as a product idea at qualification, then declined. */
  async 'reclassified-to-idea-declined'(h) {
    const number = await h.file(kontakt1('udvidet'), 'support');
    await h.act(number, AGENT, 'acknowledge', { plan: 'This is really an idea.' });
    await h.act(number, AGENT, 'qualify', { type: 'product_idea' });
    await h.act(number, AGENT, 'decline', { reason: 'Not for now.' });
    await h.act(number, AGENT, 'close');
    return { 'reclassified-to-idea-declined': number };
  },

  /** A case split into two before it is acknowledged: the original closes (rules 2), one new case is handled and closed, the other withdrawn. */
  async split(h) {
    const number = await h.file(kontakt1('udvidet'), 'support', { title: 'Two questions' });
    const [child, second] = (await h.act(number, AGENT, 'split', { titles: ['First question', 'Second question'] })).splitInto;
    // The second new case ends too: a case left running keeps the time-skipping server busy with its deadlines.
    await h.act(second!, kontakt1('udvidet'), 'withdraw', { reason: 'Answered by the first.' });
    await h.act(child!, AGENT, 'acknowledge', { plan: 'The first question.' });
    await h.act(child!, AGENT, 'qualify', {});
    await h.act(child!, AGENT, 'resolve', { summary: 'Answered.' });
    await h.act(child!, AGENT, 'close');
    return { 'split-original': number, 'split-new-case': child! };
  },

  /** Taken, reassigned and released; an agreement to contact someone else; a desk manager sends a quote back. */
  async 'ownership-and-agreements'(h) {
    const number = await qualifiedCase(h, 'basis', 'change_request');
    await h.act(number, MANAGER, 'take');
    await h.act(number, MANAGER, 'assign', { to: AGENT });
    await h.act(number, AGENT, 'record-contact-agreement', {
      contact: kontakt1('basis'),
      person: 'Bo',
      reach: 'bo@basis.test',
      reason: 'Bo knows the reports.',
    });
    await h.act(number, AGENT, 'quote', { estimationMinutes: 120, hours: 80, priceOre: 7_600_000, scope: 'A new report.' });
    await h.act(number, MANAGER, 'return-quote', { reason: 'Too big.' });
    await h.act(number, AGENT, 'unassign', {});
    await h.act(number, AGENT, 'decline', { reason: 'Not now.' });
    await h.act(number, AGENT, 'close');
    return { 'ownership-and-agreements': number };
  },

  /** A course booking: offered at a price, accepted by the price approver, started, delivered, closed and billed. */
  async 'order-course-delivered'(h) {
    const co = await testCompany();
    const number = await offeredOrder(h, co.contactA, 'course_booking', { text: 'Grundkursus 3 March.', priceOre: 900_000 });
    await h.act(number, co.approver, 'accept-offer');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'deliver', { summary: 'Held as agreed.' });
    await h.act(number, AGENT, 'close');
    return { 'order-course-delivered': number };
  },

  /** A consultancy order's offer by time: reminded, expired, then closed by its timer. */
  async 'order-offer-expired'(h) {
    const co = await testCompany();
    const number = await offeredOrder(h, co.contactA, 'consultancy', { text: 'Up to 8 hours.', hours: 8, rateOre: 100_000 });
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the reminder
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the expiry
    await autoClose(h, number);
    return { 'order-offer-expired': number };
  },

  /** A support-contact order replaces a contact: delivered, the replaced contact's open case moves to the new one (the signal). */
  async 'contact-order-replacement'(h) {
    const co = await testCompany();
    const open = await h.file(co.contactB, 'support');
    await h.act(open, AGENT, 'acknowledge', { plan: 'Looking.' });
    const number = await offeredOrder(h, co.contactA, 'contact_order', { text: 'Training on Tuesday.' }, { action: 'replace', replaces: co.contactB });
    await h.act(number, co.approver, 'accept-offer');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'deliver', { summary: 'Training held.' });
    for (let tries = 0; !(await h.events(open)).some((e) => e.kind === 'contact_changed'); tries++) {
      if (tries > 100) throw new Error('the open case did not move');
      await new Promise((r) => setTimeout(r, 100));
    }
    await h.act(number, AGENT, 'close');
    await h.act(open, AGENT, 'qualify', {});
    await h.act(open, AGENT, 'resolve', { summary: 'Done.' });
    await h.act(open, AGENT, 'close');
    return { 'contact-order-replacement': number, 'contact-order-moved-case': open };
  },

  /** Rules 3: closed before its reopen window ended, reopened (a new run from the closed view), billed again as a correction. */
  async 'support-reopened-after-close'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 45 });
    await h.act(number, AGENT, 'resolve', { summary: 'Shown by phone.' });
    await h.act(number, AGENT, 'close');
    await h.skipTo((await h.now()) + 60 * MINUTE);
    await h.act(number, kontakt1('faktureret'), 'reopen', { reason: 'Not quite yet.' });
    await h.act(number, AGENT, 'log-time', { minutes: 30 });
    await h.act(number, AGENT, 'resolve', { summary: 'Works now.' });
    await h.act(number, AGENT, 'close');
    return { 'support-reopened-after-close': number };
  },

  /**
   * The everyday tools (issue 20): a colleague follows the case, a reply to the resolved case reopens it
   * (patched 'reply-reopens'), resolved again and rated by the contact, the follower removed, closed.
   */
  async 'support-followed-reply-reopens'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, kontakt1('faktureret'), 'add-follower', { email: kontakt2('faktureret') });
    await h.act(number, AGENT, 'resolve', { summary: 'Try it now.' });
    await h.act(number, kontakt1('faktureret'), 'reply', { message: 'It still fails.' });
    await h.act(number, AGENT, 'log-time', { minutes: 15 });
    await h.act(number, AGENT, 'resolve', { summary: 'Fixed for good.' });
    await h.act(number, kontakt1('faktureret'), 'rate', { score: 4, comment: 'Quick help.' });
    await h.act(number, AGENT, 'remove-follower', { email: kontakt2('faktureret') });
    await h.act(number, AGENT, 'close');
    return { 'support-followed-reply-reopens': number };
  },

  /** Rated after its close (SPEC §9): the rating continues the closed case in a run of its own that ends at once. */
  async 'support-rated-after-close'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'resolve', { summary: 'Shown by phone.' });
    await h.act(number, AGENT, 'close');
    await h.act(number, kontakt1('faktureret'), 'rate', { score: 5 });
    return { 'support-rated-after-close': number };
  },

  /** A burst of replies, three at a time, across several hand-overs (Updates that arrive during one reach the next run); time logged, resolved, closed, billed once. */
  async 'continued-reply-burst'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    for (let round = 0; round < 4; round++) {
      await Promise.all([1, 2, 3].map((i) => h.act(number, kontakt1('faktureret'), 'reply', { message: `Reply ${round}.${i}` })));
      await h.act(number, AGENT, 'log-time', { minutes: 5 });
    }
    await h.act(number, AGENT, 'resolve', { summary: 'Answered every reply.' });
    await h.act(number, AGENT, 'close');
    return { 'continued-reply-burst': number };
  },

  /** Waiting on the customer across a hand-over: reminded and closed by its timers in the next run. */
  async 'continued-waiting-reminded'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 20 });
    await h.act(number, AGENT, 'ask-customer', { message: 'Which file?' });
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the reminder
    await h.skipTo((await h.view(number)).nextDeadline!.at + MINUTE); // the close
    return { 'continued-waiting-reminded': number };
  },

  /** A quote sent in one run and accepted in the next; delivered, closed, billed once. */
  async 'continued-quote-accepted'(h) {
    const { number } = await quotedCase(h, 'udvidet', { estimationMinutes: 60, hours: 6, priceOre: 570_000 });
    await h.act(number, godkender('udvidet'), 'accept-quote');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'log-time', { minutes: 90 });
    await h.act(number, AGENT, 'deliver', { summary: 'Delivered.' });
    await h.act(number, AGENT, 'close');
    return { 'continued-quote-accepted': number };
  },

  /** Withdrawn by the contact while the desk waited for an answer. */
  async withdrawn(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Can you send a screenshot?' });
    await h.act(number, kontakt1('faktureret'), 'withdraw', { reason: 'We found it ourselves.' });
    return { withdrawn: number };
  },

  /**
   * The desk closes the next day while a case waits for its first response: its deadline moves (the
   * signal). Last: the change signals every open case, after which the time-skipping server keeps real time.
   */
  async 'calendar-changed'(h) {
    const number = await h.file(kontakt1('faktureret'), 'support');
    const tomorrow = h.services.calendar.localDate(h.services.calendar.addWorkingDays(await h.now(), 1));
    await addClosedDay(h.services, await h.person(MANAGER), { date: tomorrow, name: 'Office move' });
    await calendarBroadcastSettled();
    for (let tries = 0; !(await h.events(number)).some((e) => e.kind === 'deadline_moved'); tries++) {
      if (tries > 100) throw new Error('the deadline did not move');
      await new Promise((r) => setTimeout(r, 100));
    }
    await removeClosedDay(h.services, await h.person(MANAGER), tomorrow);
    await calendarBroadcastSettled();
    await h.act(number, AGENT, 'acknowledge', { plan: 'Now.' });
    await h.act(number, AGENT, 'qualify', {});
    await h.act(number, AGENT, 'resolve', { summary: 'Done.' });
    await h.act(number, AGENT, 'close');
    return { 'calendar-changed': number };
  },
};

/**
 * Keeps the histories about to be overwritten: each current/<name>.json moves to
 * archive/<name>.<rulesVersion>.<date it was recorded>.json, so the code they were recorded with
 * stays under replay after the new set is written (an archive file is never rewritten).
 */
async function rulesVersionOf(historyJson: string): Promise<number | undefined> {
  const payload = (
    JSON.parse(historyJson) as {
      events: { workflowExecutionStartedEventAttributes?: { input?: { payloads?: { metadata?: Record<string, string>; data?: string }[] } } }[];
    }
  ).events[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  if (!payload?.data) return undefined;
  // Through the payload codec: a history recorded under it is encrypted, an older one passes through.
  const [decoded] = await historyProtection().codec.decode([
    {
      metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
      data: Buffer.from(payload.data, 'base64'),
    },
  ]);
  const input = JSON.parse(Buffer.from(decoded!.data ?? []).toString('utf8')) as { rulesVersion?: number };
  return input.rulesVersion;
}

async function archiveCurrent(only: readonly string[] | null): Promise<void> {
  if (!fs.existsSync(CURRENT_DIR)) return;
  const archive = path.join(HISTORIES_DIR, 'archive');
  const chosen = (f: string) => !only || only.some((name) => f.startsWith(`${name}.`));
  for (const file of fs.readdirSync(CURRENT_DIR).filter((f) => f.endsWith('.json') && chosen(f))) {
    const from = path.join(CURRENT_DIR, file);
    const text = fs.readFileSync(from, 'utf8');
    const recorded = /"eventTime":\s*"(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? 'undated';
    const rules = await rulesVersionOf(text);
    const to = path.join(archive, `${file.replace(/\.json$/, '')}.${rules ? `rules${rules}.` : ''}${recorded}.json`);
    if (!fs.existsSync(to)) fs.renameSync(from, to);
  }
}

/** Runs one scenario on a time-skipping server of its own and writes its cases' histories. */
async function recordScenario(openHarness: (env?: Record<string, string>) => Promise<CaseHarness>, name: string, scenario: Scenario): Promise<string[]> {
  // Each scenario on a time-skipping server of its own: one whose cases keep the server busy (a split,
  // a calendar change signalling every open case) would otherwise make every later skip run in real time.
  const h = await openHarness(SCENARIO_ENV[name]);
  const written: string[] = [];
  try {
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    for (const [historyName, number] of Object.entries(await scenario(h))) {
      const result = await h.result(number);
      if (result.status !== 'closed' && result.status !== 'withdrawn') throw new Error(`scenario ${name}: case ${historyName} ended ${result.status}`);
      const runs = await chainHistories(h.env.client, `case-${number}`);
      if (SCENARIO_ENV[name] && runs.length < 2) throw new Error(`scenario ${name}: case ${historyName} did not continue as new`);
      for (const [i, run] of runs.entries()) {
        const file = path.join(CURRENT_DIR, runs.length > 1 ? `${historyName}.run${i + 1}.json` : `${historyName}.json`);
        const json = historyToJson(run.history);
        fs.writeFileSync(file, `${json}\n`);
        await saveHistoryKeys(json, h.services.db);
        written.push(file);
      }
    }
  } finally {
    await h.close();
  }
  return written;
}

/**
 * Runs the scenarios and writes the finished cases' histories; returns the files written. `only`
 * (RECORD_SCENARIOS=a,b) records just those — scenarios added since the last recording — and leaves
 * every other history as it is.
 */
export async function recordHistories(
  openHarness: (env?: Record<string, string>) => Promise<CaseHarness>,
  only = scenariosNamed(process.env.RECORD_SCENARIOS),
): Promise<string[]> {
  await archiveCurrent(only);
  fs.mkdirSync(CURRENT_DIR, { recursive: true });
  const written: string[] = [];
  for (const [name, scenario] of Object.entries(SCENARIOS).filter(([n]) => !only || only.includes(n))) {
    // A scenario whose harness fails on a loaded machine (a time-out filing its first case) runs again on a fresh one.
    for (let attempt = 1; ; attempt++) {
      try {
        written.push(...(await recordScenario(openHarness, name, scenario)));
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
        console.warn(`scenario ${name} failed (${String(err).split('\n')[0]}); recording it again`);
      }
    }
  }
  return written;
}

/** The scenarios a comma-separated list names (null: all); an unknown name is an error, not a silent no-op. */
function scenariosNamed(list: string | undefined): string[] | null {
  const names = (list ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !Object.hasOwn(SCENARIOS, n));
  if (unknown.length) throw new Error(`RECORD_SCENARIOS names no scenario: ${unknown.join(', ')}`);
  return names.length ? names : null;
}
