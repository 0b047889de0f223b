// Cases as a client drives them through the API: every request carries an Idempotency-Key and is
// retried with the same key until it is answered (a dropped connection, a 5xx, "still running"), as a
// careful integration would. The paths below lead a new case into each open state of SPEC §5.
import { randomUUID } from 'node:crypto';
import type { ApiClient, Answer } from './http.js';
import type { Tally } from './tally.js';

export type Who = 'contact' | 'agent' | 'manager';

export interface Step {
  who: Who;
  action: string;
  body: Record<string, unknown>;
}

export interface CasePath {
  /** The state (and variant) the path ends in. */
  name: string;
  type: 'support' | 'incident' | 'change_request' | 'product_idea';
  steps: Step[];
  /** The status the case has at the end. */
  status: string;
}

const step = (who: Who, action: string, body: Record<string, unknown> = {}): Step => ({ who, action, body });
const ack = step('agent', 'acknowledge', { plan: 'Vi ser på det i dag og vender tilbage.' });
const qualify = step('agent', 'qualify');
const quote = (priceOre: number) => step('agent', 'quote', { estimationMinutes: 45, hours: 3, priceOre });
const accept = step('contact', 'accept-quote');
const startWork = step('agent', 'start-work');
const logTime = (minutes: number) => step('agent', 'log-time', { minutes, note: 'Arbejde på sagen' });

/** Every open state a case can be driven into by decisions alone (expired needs 20 working days). */
export const PATHS: readonly CasePath[] = [
  { name: 'received', type: 'support', steps: [], status: 'received' },
  { name: 'acknowledged', type: 'support', steps: [ack], status: 'acknowledged' },
  { name: 'in_progress (support)', type: 'support', steps: [ack, qualify], status: 'in_progress' },
  { name: 'in_progress (incident)', type: 'incident', steps: [ack, qualify], status: 'in_progress' },
  {
    name: 'waiting_on_customer (question)',
    type: 'support',
    steps: [ack, qualify, step('agent', 'ask-customer', { message: 'Hvilken browser?' })],
    status: 'waiting_on_customer',
  },
  {
    name: 'waiting_on_customer (training)',
    type: 'support',
    steps: [ack, qualify, step('agent', 'offer-training', { hours: 2 })],
    status: 'waiting_on_customer',
  },
  { name: 'estimating', type: 'change_request', steps: [ack, qualify], status: 'estimating' },
  { name: 'estimating (quote held for release)', type: 'change_request', steps: [ack, qualify, quote(6_000_000)], status: 'estimating' },
  {
    name: 'rough_estimate_given',
    type: 'change_request',
    steps: [ack, qualify, step('agent', 'rough-estimate', { hours: 10, text: 'Cirka to dage.' })],
    status: 'rough_estimate_given',
  },
  { name: 'awaiting_acceptance', type: 'change_request', steps: [ack, qualify, quote(200_000)], status: 'awaiting_acceptance' },
  { name: 'accepted', type: 'change_request', steps: [ack, qualify, quote(200_000), accept], status: 'accepted' },
  { name: 'in_progress (change request)', type: 'change_request', steps: [ack, qualify, quote(200_000), accept, startWork], status: 'in_progress' },
  { name: 'under_review', type: 'product_idea', steps: [ack, qualify], status: 'under_review' },
  { name: 'resolved', type: 'support', steps: [ack, qualify, logTime(20), step('agent', 'resolve', { summary: 'Løst.' })], status: 'resolved' },
  {
    name: 'delivered',
    type: 'change_request',
    steps: [ack, qualify, quote(200_000), accept, startWork, logTime(30), step('agent', 'deliver', { summary: 'Leveret.' })],
    status: 'delivered',
  },
  {
    name: 'rejected',
    type: 'change_request',
    steps: [ack, qualify, quote(200_000), step('contact', 'reject-quote', { reason: 'For dyrt.' })],
    status: 'rejected',
  },
  { name: 'backlog', type: 'product_idea', steps: [ack, qualify, step('agent', 'backlog', { summary: 'Taget med.' })], status: 'backlog' },
  { name: 'declined', type: 'product_idea', steps: [ack, qualify, step('agent', 'decline', { reason: 'Passer ikke.' })], status: 'declined' },
];

const FIELDS: Record<CasePath['type'], Record<string, unknown>> = {
  support: { workflow: 'Fakturering', tried: 'Genstartet', expected: 'At fakturaen kan sendes' },
  incident: { since: '2025-03-03T09:00', steps: 'Åbn listen', expected: 'Listen vises', actual: 'Fejl', affectedUsers: 3, trained: true },
  change_request: { businessReason: 'Færre manuelle trin', priceMatters: 'yes' },
  product_idea: { value: 'Sparer tid' },
};

export interface Answered {
  /** The answer the client finally got (null: none within the budget). */
  answer: (Answer & { json: unknown }) | null;
  attempts: number;
}

/** Whether the client should send the same request again (with the same key). */
export function worthRetrying(a: Answer & { json: unknown }): boolean {
  if (a.status === 0 || a.status >= 500 || a.status === 429) return true;
  return a.status === 409 && /still running/.test(String((a.json as { error?: string } | null)?.error ?? ''));
}

/** Sends one request with one Idempotency-Key until it is answered or `budgetMs` is spent. */
export async function untilAnswered(client: ApiClient, method: string, path: string, body: unknown, tally: Tally, budgetMs: number): Promise<Answered> {
  const key = randomUUID();
  const started = Date.now();
  const deadline = started + budgetMs;
  let attempts = 0;
  let pause = 250;
  for (;;) {
    attempts += 1;
    const a = await client.call(method, path, body, { 'Idempotency-Key': key });
    tally.add(`${method} /api/v1${path}`, a);
    if (!worthRetrying(a)) {
      if (attempts > 1) tally.retried(`${method} /api/v1${path}`, attempts, Date.now() - started, a.status);
      return { answer: a, attempts };
    }
    if (Date.now() + pause > deadline) return { answer: null, attempts };
    await new Promise((r) => setTimeout(r, pause));
    pause = Math.min(pause * 2, 3_000);
  }
}

export interface Clients {
  contact: ApiClient;
  agent: ApiClient;
  manager: ApiClient;
}

/** A new case: a unique title (to find it again however many times it was created), then its path's steps. */
export function newCaseBody(type: CasePath['type'], title: string): Record<string, unknown> {
  return { type, title, description: 'Oprettet af pålidelighedstesten.', fields: FIELDS[type] };
}

export const caseTitle = (label: string) => `Pålidelighed ${label} ${randomUUID().slice(0, 8)}`;
