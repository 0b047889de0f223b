// Helpers shared by the portal's HTTP tests: filing a request through the page, waiting for the
// worker to write the read model, and deciding as the desk through the case workflow's Updates.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Client } from '@temporalio/client';
import { caseWorkflowId } from '../../../workflows/messages.js';
import type { CaseAction, Actor } from '../../../domain/actions/index.js';
import { wireUpdate } from '../../support/wire-updates.js';
import { PageClient, type PageResponse } from '../../support/page-client.js';
import { devServerClient, testDatabase } from '../../support/servers.js';
export { readModel } from '../../support/servers.js';

export const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

/** A 1×1 transparent PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

export const VALID: Record<string, Record<string, string>> = {
  support: {
    title: 'Hvordan krediterer jeg',
    workflow: 'Fakturering',
    description: 'Jeg skal kreditere en faktura.',
    tried: 'Menuen Faktura',
    expected: 'En kreditnota',
  },
  incident: {
    title: 'Fakturaer kan ikke sendes',
    since: '2025-03-04T09:15',
    description: 'Send-knappen giver en fejl.',
    steps: 'Åbn faktura, klik Send',
    expected: 'Fakturaen sendes',
    actual: 'Fejl 500',
    affectedUsers: '12',
    trained: 'on',
  },
  change_request: {
    title: 'Nyt felt på ordren',
    description: 'Et felt til PO-nummer.',
    businessReason: 'Kunderne kræver det',
    priceMatters: 'yes',
    wishedDate: '2025-09-01',
  },
  product_idea: { title: 'Sortér efter kunde', description: 'Listen bør kunne sorteres.', value: 'Hurtigere overblik' },
  course_booking: {
    title: 'Grundkursus for nye medarbejdere',
    course: 'grundkursus',
    description: 'To nye i bogholderiet.',
    participants: 'Anna Holm, anna.holm@kunde.test\nBo Berg <bo.berg@kunde.test>',
    period: 'Uge 10–12',
    onSite: 'true',
  },
  consultancy: {
    title: 'Hjælp til årsafslutningen',
    description: 'Periodelukning og afskrivninger.',
    goal: 'Selv at kunne lukke året',
    period: 'November',
    expectedHours: '10',
  },
  contact_order: {
    title: 'Ny supportkontakt',
    action: 'add',
    firstName: 'Nina',
    lastName: 'Nielsen',
    email: `nina-${randomUUID().slice(0, 8)}@udvidet.test`,
    description: 'Nina kan deltage i undervisningen om tirsdagen.',
    qualified: 'on',
  },
};

export async function contact(email: string): Promise<PageClient> {
  return new PageClient().login(email);
}

/** Files a request through the portal form; returns the case number and the redirect response. */
export async function fileRequest(
  page: PageClient,
  type: string,
  values: Record<string, string>,
  files: [string, string, string, Uint8Array][] = [],
): Promise<{ number: number; res: PageResponse }> {
  await page.get(`/portal/new/${type}`);
  const res = await page.postMultipart(`/portal/new/${type}`, values, files);
  expect(res.status, res.html.slice(0, 2000)).toBe(302);
  const m = /^\/portal\/cases\/(\d+)$/.exec(res.location ?? '');
  expect(m).not.toBeNull();
  return { number: Number(m![1]), res };
}

let temporal: Client | null = null;
let agent: Actor | null = null;

/** Takes a desk decision on a case directly through its workflow Update, as agent@desk.test. */
export async function asAgent(number: number, action: CaseAction, input: Record<string, unknown> = {}): Promise<void> {
  temporal ??= await devServerClient();
  if (!agent) {
    const p = (await testDatabase().models.Person.findOne({ where: { email: 'agent@desk.test' } }))!;
    agent = { userId: p.id, role: 'agent', canApprove: false, name: p.fullName };
  }
  await temporal.workflow.getHandle(caseWorkflowId(number)).executeUpdate(wireUpdate(action), { args: [{ actor: agent, input }] });
}

export async function closeTemporal(): Promise<void> {
  await temporal?.connection.close();
  temporal = null;
}
