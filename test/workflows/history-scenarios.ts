// The finished cases whose histories test/workflows/replay.test.ts replays against the current
// workflow code. Each scenario drives one case to its end on the time-skipping harness; record()
// writes its history, in the JSON format of `temporal workflow show --output json`, to
// test/workflows/histories/<name>.json (deterministic names, so a re-recording replaces the files).
import fs from 'node:fs';
import path from 'node:path';
import type { CaseHarness } from '../support/case-harness.js';
import { plainFortnightAfter } from '../support/desk-time.js';
import { historyToJson } from './history-json.js';
import { AGENT, godkender, kontakt1, MINUTE, qualifiedCase, quotedCase } from './steps.js';

export const HISTORIES_DIR = path.resolve('test/workflows/histories');

type Scenario = (h: CaseHarness) => Promise<number>;

export const SCENARIOS: Record<string, Scenario> = {
  /** Support: training offered and accepted, time logged, resolved, closed and billed. */
  async 'support-resolved-closed'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'log-time', { minutes: 10 });
    await h.act(number, AGENT, 'offer-training', { hours: 2 });
    await h.act(number, kontakt1('faktureret'), 'accept-training');
    await h.act(number, AGENT, 'resolve', { summary: 'Explained.' });
    await h.act(number, AGENT, 'close');
    return number;
  },

  /** Change request: rough estimate, quote, accepted, work started and delivered, closed. */
  async 'change-request-accepted'(h) {
    const { number } = await quotedCase(h, 'udvidet', { estimationMinutes: 90, hours: 12, priceOre: 1_140_000 });
    await h.act(number, godkender('udvidet'), 'accept-quote');
    await h.act(number, AGENT, 'start-work');
    await h.act(number, AGENT, 'log-time', { minutes: 120 });
    await h.act(number, AGENT, 'deliver', { summary: 'Delivered.' });
    await h.act(number, AGENT, 'close');
    return number;
  },

  /** Incident reclassified to a billable restoration, resolved and closed. */
  async 'incident-reclassified'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'incident');
    await h.act(number, AGENT, 'reclassify', { reason: 'The workflow was changed by the customer.' });
    await h.act(number, AGENT, 'log-time', { minutes: 7 });
    await h.act(number, AGENT, 'resolve', { summary: 'Restored.' });
    await h.act(number, AGENT, 'close');
    return number;
  },

  /** Waiting on the customer without a reply: reminded, then closed by its timer. */
  async 'waiting-auto-closed'(h) {
    const number = await qualifiedCase(h, 'faktureret', 'support');
    await h.act(number, AGENT, 'ask-customer', { message: 'Which file?' });
    const closeAt = (await h.view(number)).nextDeadline!.at;
    await h.skipTo(h.services.calendar.addWorkingDays(closeAt, 6) + MINUTE);
    return number;
  },

  /** A case split into two before it is acknowledged, then handled and closed itself. */
  async 'split-parent'(h) {
    const number = await h.file(kontakt1('udvidet'), 'support', { title: 'Two questions' });
    await h.act(number, AGENT, 'split', { titles: ['First question', 'Second question'] });
    await h.act(number, AGENT, 'acknowledge', { plan: 'Split; we answer this one now.' });
    await h.act(number, AGENT, 'qualify', {});
    await h.act(number, AGENT, 'resolve', { summary: 'Answered.' });
    await h.act(number, AGENT, 'close');
    return number;
  },

  /** First response breached (warning, breach), acknowledged late, qualified as a product idea, backlogged and auto-closed. */
  async 'breached-idea-auto-closed'(h) {
    const number = await h.file(kontakt1('basis'), 'product_idea');
    await h.skipTo((await h.view(number)).responseDueAt! + MINUTE);
    await h.act(number, AGENT, 'acknowledge', { plan: 'Late, sorry.' });
    await h.act(number, AGENT, 'qualify', {});
    await h.act(number, AGENT, 'backlog', { summary: 'In the backlog.' });
    await h.skipTo((await h.view(number)).reopenUntil! + MINUTE);
    return number;
  },
};

/** Runs every scenario and writes the finished cases' histories; returns the files written. */
export async function recordHistories(h: CaseHarness): Promise<string[]> {
  fs.mkdirSync(HISTORIES_DIR, { recursive: true });
  const written: string[] = [];
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    await h.skipTo(plainFortnightAfter(await h.now()).at(2, 10, 0));
    const number = await scenario(h);
    const result = await h.result(number);
    if (result.status !== 'closed') throw new Error(`scenario ${name} ended ${result.status}, not closed`);
    const history = await h.handle(number).fetchHistory();
    const file = path.join(HISTORIES_DIR, `${name}.json`);
    fs.writeFileSync(file, `${historyToJson(history)}\n`);
    written.push(file);
  }
  return written;
}
