// The traffic that runs while the crash suite kills the product: clients that file cases and take
// them through to close (so billing lines are written and mails sent), each request retried with its
// Idempotency-Key until answered. What every client was told is kept, to check afterwards that the
// product did exactly that — nothing lost, nothing done twice.
import { type ApiClient } from '../http.js';
import { caseTitle, newCaseBody, untilAnswered, type CasePath, type Clients, type Step } from '../cases.js';
import type { Tally } from '../tally.js';

/** What a client knows about one case it filed. */
export interface Filed {
  title: string;
  company: string;
  path: string;
  /** The number the 201 named; null when the create was never answered with 201. */
  number: number | null;
  createStatus: number | null;
  /** Decisions answered 200: the action, its logged minutes and the status it answered. */
  accepted: { action: string; minutes: number; status: string }[];
  /** Decisions answered otherwise (a 409 after a retry means the first attempt did it and its answer was lost). */
  refused: { action: string; status: number; attempts: number; error: string }[];
  /** Requests never answered within the budget. */
  unanswered: string[];
}

interface Lifecycle {
  name: string;
  type: CasePath['type'];
  steps: (minutes: () => number) => Step[];
}

const LIFECYCLES: Lifecycle[] = [
  {
    name: 'support to close',
    type: 'support',
    steps: (m) => [
      { who: 'agent', action: 'acknowledge', body: { plan: 'Vi ringer i dag.' } },
      { who: 'agent', action: 'qualify', body: {} },
      { who: 'agent', action: 'log-time', body: { minutes: m(), note: 'Første kig' } },
      { who: 'agent', action: 'log-time', body: { minutes: m(), note: 'Løsning' } },
      { who: 'agent', action: 'resolve', body: { summary: 'Løst i telefonen.' } },
      { who: 'agent', action: 'close', body: {} },
    ],
  },
  {
    name: 'change request to close',
    type: 'change_request',
    steps: (m) => [
      { who: 'agent', action: 'acknowledge', body: { plan: 'Vi estimerer.' } },
      { who: 'agent', action: 'qualify', body: {} },
      { who: 'agent', action: 'quote', body: { estimationMinutes: 30, hours: 2, priceOre: 150_000 } },
      { who: 'contact', action: 'accept-quote', body: {} },
      { who: 'agent', action: 'start-work', body: {} },
      { who: 'agent', action: 'log-time', body: { minutes: m(), note: 'Udvikling' } },
      { who: 'agent', action: 'deliver', body: { summary: 'Leveret.' } },
      { who: 'agent', action: 'close', body: {} },
    ],
  },
  {
    name: 'question and reply',
    type: 'support',
    steps: () => [
      { who: 'agent', action: 'acknowledge', body: { plan: 'Vi spørger ind.' } },
      { who: 'agent', action: 'qualify', body: {} },
      { who: 'agent', action: 'ask-customer', body: { message: 'Hvornår skete det?' } },
      { who: 'contact', action: 'reply', body: { message: 'I går ved middagstid.' } },
    ],
  },
];

export interface Traffic {
  filed: Filed[];
  /** Stops starting new requests; resolves when every client has finished the request it was on. */
  stop(): Promise<void>;
}

export function startTraffic(o: { clients: Clients[]; companies: string[]; tally: Tally; budgetMs: number }): Traffic {
  const filed: Filed[] = [];
  let stopped = false;
  let n = 0;

  async function lifecycle(i: number): Promise<void> {
    const c = i % o.clients.length;
    const clients = o.clients[c]!;
    const company = o.companies[c]!;
    const life = LIFECYCLES[i % LIFECYCLES.length]!;
    const f: Filed = { title: caseTitle(`trafik ${i}`), company, path: life.name, number: null, createStatus: null, accepted: [], refused: [], unanswered: [] };
    filed.push(f);
    const created = await untilAnswered(clients.contact, 'POST', '/cases', newCaseBody(life.type, f.title), o.tally, o.budgetMs);
    f.createStatus = created.answer?.status ?? null;
    if (!created.answer) return void f.unanswered.push('create');
    if (created.answer.status !== 201) return;
    f.number = (created.answer.json as { number: number }).number;
    for (const s of life.steps(() => 5 + ((i * 7) % 40))) {
      if (stopped) return;
      const client: ApiClient = clients[s.who];
      const r = await untilAnswered(client, 'POST', `/cases/${f.number}/actions/${s.action}`, s.body, o.tally, o.budgetMs);
      if (!r.answer) return void f.unanswered.push(s.action);
      if (r.answer.status === 200) {
        const status = (r.answer.json as { status: string }).status;
        f.accepted.push({ action: s.action, minutes: s.action === 'log-time' ? Number(s.body.minutes) : 0, status });
      } else {
        f.refused.push({
          action: s.action,
          status: r.answer.status,
          attempts: r.attempts,
          error: String((r.answer.json as { error?: string } | null)?.error ?? ''),
        });
        return;
      }
    }
  }

  // Each client keeps up to 4 cases going at once: a request stuck behind a crash (retried with its key
  // until the product answers it) does not stop the client from filing and deciding others meanwhile.
  const loops = o.clients.map(async () => {
    const going = new Set<Promise<void>>();
    while (!stopped) {
      if (going.size >= 4) {
        await Promise.race(going);
        continue;
      }
      const p: Promise<void> = lifecycle(n++).finally(() => going.delete(p));
      going.add(p);
      await new Promise((r) => setTimeout(r, 250));
    }
    await Promise.all(going);
  });
  // A few readers too: lists and case pages are what a desk does most.
  const readers = o.clients.map(async (clients) => {
    while (!stopped) {
      const a = await clients.agent.call('GET', '/cases?pageSize=20');
      o.tally.add('GET /api/v1/cases', a);
      await new Promise((r) => setTimeout(r, 300));
    }
  });
  return {
    filed,
    async stop() {
      stopped = true;
      await Promise.all([...loops, ...readers]);
    },
  };
}
