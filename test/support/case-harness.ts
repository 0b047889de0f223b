// Runs cases on the time-skipping test server: a real worker with the real activities against the
// test database, driven through the same service layer the portal, desk and API use. Time only
// moves when a test skips it, so a test can file a request "on Friday at 14:00" and jump to Monday.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client, type WorkflowHandle } from '@temporalio/client';
import { pino, type Logger } from 'pino';
import type { CaseActivities } from '../../activities/index.js';
import { registerSearchAttributes } from '../../platform/temporal/search-attributes.js';
import { createCaseWorker, routeSdkLogs } from '../../worker/run.js';
import { readEnv } from '../../config/env.js';
import { createServices } from '../../services/index.js';
import type { Services } from '../../services/context.js';
import { fileCase } from '../../services/cases/intake.js';
import { actOnCase } from '../../services/cases/actions.js';
import type { Person } from '../../db/models/person.js';
import type { CaseEventRecord } from '../../db/models/case-event.js';
import type { Notification } from '../../db/models/notification.js';
import type { BillingLineRecord } from '../../db/models/billing-line.js';
import { caseViewQuery, type CaseView } from '../../workflows/messages.js';
import type { CaseType } from '../../domain/types.js';
import { testDatabase } from './servers.js';
import { payloadProtection } from '../../platform/temporal/codec/data-converter.js';
import { TOOLING_PAYLOAD_KEYS } from '../../platform/temporal/codec/tooling-keys.js';

export interface CaseHarness {
  env: TestWorkflowEnvironment;
  services: Services;
  /** The test server's current time (ms). */
  now(): Promise<number>;
  /** Moves the test server's clock forward to `at` (no-op if already past). */
  skipTo(at: number): Promise<void>;
  person(email: string): Promise<Person>;
  /** Files a request as `email` (a contact, or an agent registering a phone/mail request for `contactEmail`). */
  file(email: string, type: CaseType, extra?: { contactEmail?: string; channel?: 'phone' | 'mail'; title?: string }): Promise<number>;
  act(number: number, email: string, action: string, input?: Record<string, unknown>): Promise<CaseView>;
  view(number: number): Promise<CaseView>;
  /** The case's workflow handle, on a client that never skips time. */
  handle(number: number): WorkflowHandle;
  /**
   * Waits for the case's workflow to complete, without moving the clock. (The test environment's own
   * client lets the server skip time while it waits for a result — up to years when no timer is armed.)
   */
  result(number: number): Promise<CaseView>;
  /** The case's timeline events in the read model, in order. */
  events(number: number): Promise<CaseEventRecord[]>;
  /** The notifications (mail outbox rows) written for the case, in order. */
  notifications(number: number): Promise<Notification[]>;
  /** The case's billing lines, by line number. */
  billingLines(number: number): Promise<BillingLineRecord[]>;
  /** The case's search attributes as the server describes them, by name. */
  searchAttributes(number: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface CaseHarnessOptions {
  /** Replace activities (to inject failures). */
  activities?: Partial<CaseActivities>;
  /** The product log the worker and the SDK write to; silent by default. */
  log?: Logger;
  /** Settings of the product's environment (e.g. CASE_RUN_MAX_UPDATES, to make runs hand over early). */
  env?: Record<string, string>;
}

/**
 * The Java time-skipping server. The SDK gives it 5 s to start listening, which a machine busy with other
 * builds misses now and then (the JVM alone takes that long then): it starts leaner, and a start that
 * times out is tried again.
 */
async function startTimeSkipping(attempts = 6): Promise<TestWorkflowEnvironment> {
  // The JVM starts in about half the time with the quick compiler only and the serial collector
  // (3.4 s instead of 6.4 s measured on a loaded 2-core machine); plenty for a test server.
  process.env.JAVA_TOOL_OPTIONS ??= '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';
  for (let i = 1; ; i++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: inject('testServerPath') } } });
    } catch (err) {
      if (i >= attempts || !/did not start within/.test(String(err))) throw err;
    }
  }
}

export async function createCaseHarness(opts: CaseHarnessOptions = {}): Promise<CaseHarness> {
  const log = opts.log ?? pino({ level: 'silent' });
  routeSdkLogs(log); // before the test server's connection starts the SDK's runtime
  const env = await startTimeSkipping();
  await registerSearchAttributes(env.connection, 'default');
  const db = testDatabase();
  const appEnv = readEnv({
    ...process.env,
    NODE_ENV: 'test',
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    WORKER_MAX_CACHED_WORKFLOWS: '100',
    WORKFLOW_BUNDLE: inject('workflowBundlePath'),
    PAYLOAD_KEYS: TOOLING_PAYLOAD_KEYS,
    ...opts.env,
  });
  // The worker exactly as production builds it (worker/run.ts), on the test server.
  const worker = await createCaseWorker({ connection: env.nativeConnection, env: appEnv, db, log, activities: opts.activities });
  const running = worker.run();
  // A plain client on the same server: waiting for a result through it does not unlock time skipping.
  const client = new Client({ connection: env.connection, namespace: 'default', dataConverter: payloadProtection(appEnv, db).dataConverter });
  let clock = await env.currentTimeMs();
  const services = createServices({ db, temporal: client, env: appEnv, log, now: () => clock });
  const people = new Map<string, Person>();
  const person = async (email: string) => {
    let p = people.get(email);
    if (!p) {
      p = (await db.models.Person.findOne({ where: { email } })) ?? undefined;
      if (!p) throw new Error(`no person ${email} in the test database`);
      people.set(email, p);
    }
    return p;
  };
  const sync = async () => {
    clock = await env.currentTimeMs();
  };

  return {
    env,
    services,
    now: () => env.currentTimeMs(),
    async skipTo(at) {
      const now = await env.currentTimeMs();
      if (at > now) await env.sleep(at - now);
      await sync();
    },
    person,
    async file(email, type, extra = {}) {
      await sync();
      const values: Record<string, unknown> = { title: extra.title ?? `${type} case`, description: 'What happened, in words.' };
      const record = await fileCase(services, await person(email), {
        type,
        values,
        contactEmail: extra.contactEmail,
        channel: extra.channel,
        mode: 'api',
      });
      return record.number;
    },
    async act(number, email, action, input = {}) {
      await sync();
      return (await actOnCase(services, await person(email), number, action, input)).view;
    },
    view: (number) => client.workflow.getHandle(`case-${number}`).query(caseViewQuery),
    handle: (number) => client.workflow.getHandle(`case-${number}`),
    result: (number) => client.workflow.getHandle(`case-${number}`).result() as Promise<CaseView>,
    events: (number) => db.models.CaseEventRecord.findAll({ where: { caseNumber: number }, order: [['seq', 'ASC']] }),
    notifications: (number) => db.models.Notification.findAll({ where: { caseNumber: number }, order: [['id', 'ASC']] }),
    billingLines: (number) => db.models.BillingLineRecord.findAll({ where: { caseNumber: number }, order: [['lineNo', 'ASC']] }),
    async searchAttributes(number) {
      const described = await client.workflow.getHandle(`case-${number}`).describe();
      return Object.fromEntries(described.typedSearchAttributes.getAll().map((pair) => [pair.key.name, pair.value]));
    },
    async close() {
      worker.shutdown();
      await running.catch(() => {});
      await env.teardown();
    },
  };
}
