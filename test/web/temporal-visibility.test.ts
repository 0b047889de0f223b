// Ops find cases in the Temporal UI by their search attributes (the UI runs the same visibility
// queries as the client here): quotes awaiting acceptance, and cases that breached their first
// response, list exactly the right cases on the dev server the product runs on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { pino } from 'pino';
import { readEnv } from '../../config/env.js';
import { loadTerms } from '../../config/terms.js';
import { createServices } from '../../services/index.js';
import { fileCase } from '../../services/cases/intake.js';
import { AGENT, act, approver, contact1, newCase } from '../support/api-cases.js';
import { openApi } from '../support/openapi-check.js';
import { devServerClient, testDatabase, closeTestDatabase } from '../support/servers.js';
import { workingTimeBefore } from '../support/desk-time.js';

let client: Client;
beforeAll(async () => {
  await openApi();
  client = await devServerClient();
});
afterAll(async () => {
  await client.connection.close();
  await closeTestDatabase();
});

/** The case numbers a visibility query lists (polled: visibility follows the workflow shortly after). */
async function listed(query: string, expectIncluded: number[]): Promise<Set<number>> {
  let numbers = new Set<number>();
  for (let i = 0; i < 40; i++) {
    numbers = new Set<number>();
    for await (const wf of client.workflow.list({ query })) numbers.add(Number(wf.workflowId.replace('case-', '')));
    if (expectIncluded.every((n) => numbers.has(n))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return numbers;
}

describe('search attributes in Temporal', () => {
  it('CaseStatus = "awaiting_acceptance" lists the quotes waiting for the customer, and no others', async () => {
    const waiting = (await newCase(contact1('basis'), 'change_request')).number;
    const accepted = (await newCase(contact1('basis'), 'change_request')).number;
    const untouched = (await newCase(contact1('basis'), 'change_request')).number;
    for (const n of [waiting, accepted]) {
      await act(AGENT, n, 'acknowledge', { plan: 'Vi estimerer.' });
      await act(AGENT, n, 'qualify');
      await act(AGENT, n, 'quote', { estimationMinutes: 60, hours: 8, priceOre: 800000 });
    }
    await act(approver('basis'), accepted, 'accept-quote');
    const numbers = await listed('CaseStatus = "awaiting_acceptance"', [waiting]);
    expect(numbers.has(waiting)).toBe(true);
    expect(numbers.has(accepted)).toBe(false);
    expect(numbers.has(untouched)).toBe(false);
    expect((await listed('CaseStatus = "accepted" AND CompanyId = "basis"', [accepted])).has(accepted)).toBe(true);
  });

  it('SlaBreached = true lists a case whose first response is overdue, and not a fresh one', async () => {
    // A request received three first-response times of working time ago (e.g. registered late from a
    // voicemail) is overdue at once, whatever the weekday, hour or holiday the test runs on.
    const db = testDatabase();
    const env = readEnv({ ...process.env, NODE_ENV: 'test' });
    const receivedAt = workingTimeBefore(Date.now(), 3 * loadTerms().timers.firstResponseMinutes);
    const late = createServices({ db, temporal: client, env, log: pino({ level: 'silent' }), now: () => receivedAt });
    const agent = (await db.models.Person.findOne({ where: { email: AGENT } }))!;
    const overdue = (
      await fileCase(late, agent, {
        type: 'support',
        values: { title: 'Voicemail fra fredag', description: 'Ring tilbage.' },
        contactEmail: contact1('udvidet'),
        channel: 'phone',
        mode: 'api',
      })
    ).number;
    const fresh = (await newCase(contact1('udvidet'), 'support')).number;
    const numbers = await listed('SlaBreached = true', [overdue]);
    expect(numbers.has(overdue)).toBe(true);
    expect(numbers.has(fresh)).toBe(false);
    const dueBeforeNow = await listed(`CaseStatus = "received" AND ResponseDueAt < "${new Date().toISOString()}"`, [overdue]);
    expect(dueBeforeNow.has(overdue)).toBe(true);
    expect(dueBeforeNow.has(fresh)).toBe(false);
  });
});
