// One lifecycle of each system, and running many of them at a fixed concurrency.
// Product: a contact files a support case through /api/v1 (portal channel), an agent acknowledges,
// qualifies, logs time, resolves and closes it — each a bearer-token request that must answer 201/200.
// Bare: the same shape on plain Temporal — a workflow start and 5 Updates, each running an activity
// (a regular activity task by default; a local one with --bare-activity local); and bare with start:
// Update-With-Start (the start and the first Update in one call) and 4 Updates.
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { nextAgentCode } from '../agent-factor.js';
import { BARE_STEPS, BARE_TASK_QUEUE, BARE_WORKFLOW, step, type BareActivityKind } from '../bare/messages.js';

/** ms of the create (or start) and of each following step, by name */
export interface LifecycleTimes {
  create: number;
  steps: [string, number][];
}
export type Lifecycle = (i: number) => Promise<LifecycleTimes>;

export interface RunResult {
  lifecycles: number;
  completed: number;
  seconds: number;
  create: number[];
  action: number[];
  byStep: Record<string, number[]>;
  errors: string[];
}

const SUPPORT_FIELDS = { workflow: 'Fakturering', tried: 'Genstartet', expected: 'At fakturaen kan sendes' };
export const PRODUCT_ACTIONS: [string, Record<string, unknown>][] = [
  ['acknowledge', { plan: 'Vi kigger på det i dag.' }],
  ['qualify', {}],
  ['log-time', { minutes: 15, note: 'Gennemgang' }],
  ['resolve', { summary: 'Vist hvordan.' }],
  ['close', {}],
];

export async function apiCall(baseUrl: string, method: string, path: string, token: string, body: unknown, expected: number): Promise<{ number?: number }> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${path.replace(/\/\d+\//, '/{n}/')}: ${res.status} ${text.slice(0, 160)}`);
  return JSON.parse(text) as { number?: number };
}

const tokens = new Map<string, string>();

/**
 * A bearer token of a demo login; a person with a second factor (the agent, scripts/bench/agent-factor.ts)
 * sends a code. Kept for the run: every mode uses the same database.
 */
export async function apiToken(baseUrl: string, email: string): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const ask = (code?: string) =>
    fetch(`${baseUrl}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo1234', ...(code ? { code } : {}) }),
    });
  let res = await ask();
  if (res.status === 401 && ((await res.clone().json()) as { needs?: string }).needs === 'code') res = await ask(await nextAgentCode());
  if (res.status !== 201) throw new Error(`token for ${email}: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  tokens.set(email, token);
  return token;
}

export function productLifecycle(baseUrl: string, tokens: { agent: string; contacts: string[] }): Lifecycle {
  return async (i) => {
    const contact = tokens.contacts[i % tokens.contacts.length];
    let t0 = performance.now();
    const body = { type: 'support', title: `Benchmark case ${i}`, description: 'Filed by the benchmark.', fields: SUPPORT_FIELDS };
    const { number } = await apiCall(baseUrl, 'POST', '/cases', contact, body, 201);
    const create = performance.now() - t0;
    const steps: [string, number][] = [];
    for (const [action, input] of PRODUCT_ACTIONS) {
      t0 = performance.now();
      await apiCall(baseUrl, 'POST', `/cases/${number}/actions/${action}`, tokens.agent, input, 200);
      steps.push([action, performance.now() - t0]);
    }
    return { create, steps };
  };
}

export function bareLifecycle(client: Client, runId: string, kind: BareActivityKind): Lifecycle {
  return async (i) => {
    let t0 = performance.now();
    const handle = await client.workflow.start(BARE_WORKFLOW, { taskQueue: BARE_TASK_QUEUE, workflowId: `bare-${runId}-${i}`, args: [kind] });
    const create = performance.now() - t0;
    const steps: [string, number][] = [];
    for (const name of BARE_STEPS) {
      t0 = performance.now();
      await handle.executeUpdate(step, { args: [name] });
      steps.push([name, performance.now() - t0]);
    }
    return { create, steps };
  };
}

/**
 * The fair twin of the product's intake: the start and the first Update in one call (Update-With-Start,
 * with the product's conflict policy), then the other 4 Updates. Its "create" is that first call.
 */
export function bareWithStartLifecycle(client: Client, runId: string, kind: BareActivityKind): Lifecycle {
  return async (i) => {
    const [first, ...rest] = BARE_STEPS;
    let t0 = performance.now();
    const start = new WithStartWorkflowOperation(BARE_WORKFLOW, {
      taskQueue: BARE_TASK_QUEUE,
      workflowId: `bare-uws-${runId}-${i}`,
      args: [kind],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await client.workflow.executeUpdateWithStart(step, { args: [first], startWorkflowOperation: start });
    const create = performance.now() - t0;
    const handle = await start.workflowHandle();
    const steps: [string, number][] = [];
    for (const name of rest) {
      t0 = performance.now();
      await handle.executeUpdate(step, { args: [name] });
      steps.push([name, performance.now() - t0]);
    }
    return { create, steps };
  };
}

/** Runs `lifecycles` lifecycles, `concurrency` at a time; a failed one is counted and listed, not retried. */
export async function runLifecycles(lifecycles: number, concurrency: number, lifecycle: Lifecycle, onDone: () => void): Promise<RunResult> {
  const result: RunResult = { lifecycles, completed: 0, seconds: 0, create: [], action: [], byStep: {}, errors: [] };
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < lifecycles; i = next++) {
      try {
        const times = await lifecycle(i);
        result.completed += 1;
        result.create.push(times.create);
        for (const [name, ms] of times.steps) {
          result.action.push(ms);
          (result.byStep[name] ??= []).push(ms);
        }
      } catch (err) {
        result.errors.push((err as Error).message);
      }
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, lifecycles) }, lane));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Two runs of the same system as one (their times and lifecycles added up). */
export function mergeRuns(a: RunResult, b: RunResult): RunResult {
  const byStep: Record<string, number[]> = {};
  for (const r of [a, b]) for (const [k, v] of Object.entries(r.byStep)) (byStep[k] ??= []).push(...v);
  return {
    lifecycles: a.lifecycles + b.lifecycles,
    completed: a.completed + b.completed,
    seconds: a.seconds + b.seconds,
    create: [...a.create, ...b.create],
    action: [...a.action, ...b.action],
    byStep,
    errors: [...a.errors, ...b.errors],
  };
}
