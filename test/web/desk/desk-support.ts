// Helpers shared by the desk's HTTP tests: signing in as desk staff, registering requests through the
// intake page, taking decisions through the case page, and waiting for the worker's read model.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { hashPassword } from '../../../services/people/passwords.js';
import { PageClient, type PageResponse } from '../../support/page-client.js';
import { testDatabase } from '../../support/servers.js';
export { readModel } from '../../support/servers.js';

/** A word no other test uses, to find this test's cases with the queue's search. */
export const token = () => `t${randomUUID().replaceAll('-', '').slice(0, 10)}`;

export const SUPPORT = { workflow: 'Fakturering', description: 'Hvordan krediterer jeg en faktura?', tried: 'Menuen Faktura', expected: 'En kreditnota' };
export const INCIDENT = {
  since: '2025-03-04T09:15',
  description: 'Send-knappen giver en fejl.',
  steps: 'Åbn faktura, klik Send',
  expected: 'Fakturaen sendes',
  actual: 'Fejl 500',
  affectedUsers: '3',
  trained: 'on',
};
export const CHANGE = { description: 'Et felt til PO-nummer på ordren.', businessReason: 'Kunderne kræver det', priceMatters: 'no' };
const FORMS: Record<string, Record<string, string>> = {
  support: SUPPORT,
  incident: INCIDENT,
  change_request: CHANGE,
  product_idea: { description: 'Sortér listen', value: 'Overblik' },
};

export async function signIn(email: string): Promise<PageClient> {
  return new PageClient().login(email);
}

/** A new agent (or manager) of its own, so tests of "my cases" and the language do not touch the demo logins. */
export async function newStaff(role: 'agent' | 'manager' = 'agent'): Promise<{ page: PageClient; id: number; email: string }> {
  const email = `${token()}@desk.test`;
  const p = await testDatabase().models.Person.create({
    email,
    firstName: 'Test',
    lastName: role === 'agent' ? 'Agent' : 'Manager',
    role,
    companyId: null,
    passwordHash: await hashPassword('test-password-1'),
    lastLoginAt: null,
  });
  return { page: await new PageClient().login(email, 'test-password-1'), id: p.id, email };
}

/** Registers a call or mail through the desk's intake form; returns the new case's number. */
export async function register(
  page: PageClient,
  opts: { type?: string; title: string; contact: string; channel?: 'phone' | 'mail'; values?: Record<string, string> },
): Promise<number> {
  const type = opts.type ?? 'support';
  await page.get(`/desk/intake/${type}`);
  const res = await page.postMultipart(`/desk/intake/${type}`, {
    ...FORMS[type],
    ...opts.values,
    title: opts.title,
    contactEmail: opts.contact,
    channel: opts.channel ?? 'phone',
  });
  expect(res.status, res.html.slice(0, 3000)).toBe(302);
  const m = /^\/desk\/cases\/(\d+)$/.exec(res.location ?? '');
  expect(m, res.location ?? '').not.toBeNull();
  return Number(m![1]);
}

/** Posts a decision from the case page. */
export async function act(page: PageClient, number: number, action: string, fields: Record<string, string> = {}): Promise<PageResponse> {
  await page.get(`/desk/cases/${number}`);
  return page.post(`/desk/cases/${number}/actions/${action}`, fields);
}

/** Posts a decision that must succeed, and returns the case page shown after the redirect. */
export async function actOk(page: PageClient, number: number, action: string, fields: Record<string, string> = {}): Promise<PageResponse> {
  const res = await act(page, number, action, fields);
  expect(res.status, `${action}: ${res.html.slice(0, 3000)}`).toBe(302);
  expect(res.location).toBe(`/desk/cases/${number}`);
  const shown = await page.get(res.location!);
  expect(shown.html, `${action}: ${shown.html.match(/class="flash[^"]*"[^>]*>[^<]*/)?.[0]}`).toContain('flash flash-ok');
  return shown;
}

/** The numbers of the queue rows in the page, in order. */
export function queueNumbers(html: string): number[] {
  return [...html.matchAll(/<tr class="[^"]*" data-case="(\d+)">/g)].map((m) => Number(m[1]));
}

const KEY_PREFIXES = [
  'queue',
  'intake',
  'case',
  'actionHelp',
  'actionFields',
  'fields',
  'hints',
  'choices',
  'confirm',
  'message',
  'timeline',
  'billing',
  'units',
  'validation',
  'quoteOutcomes',
  'trainingOutcomes',
  'statuses',
  'types',
  'channels',
  'deadlines',
  'waitingOn',
  'events',
  'actions',
  'common',
  'billingKinds',
  'roles',
];
const MISSING = new RegExp(`(^|[\\s>(])(desk:)?(${KEY_PREFIXES.join('|')})\\.[A-Za-z_-]+(\\.[A-Za-z_-]+)*`);

/** Fails when a page shows a translation key instead of its text (a missing translation). */
export function expectTranslated(html: string): void {
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
  const found = MISSING.exec(text);
  expect(found?.[0] ?? null, 'a translation key is shown instead of its text').toBeNull();
  const attributes = [...html.matchAll(/(?:title|placeholder|aria-label|data-confirm|label)="([^"]*)"/g)].map((m) => m[1]).join(' ');
  expect(MISSING.exec(` ${attributes}`)?.[0] ?? null).toBeNull();
}
