// Helpers for the desk manager page tests: signed-in clients, unique names, the service layer for
// driving cases, and waiting for the worker to write the read model.
import { pino } from 'pino';
import { readEnv } from '../../../config/env.js';
import { createServices } from '../../../services/index.js';
import type { Services } from '../../../services/context.js';
import { fileCase } from '../../../services/cases/intake.js';
import { PageClient } from '../../support/page-client.js';
import { baseUrl, devServerClient, testDatabase } from '../../support/servers.js';
import { monthOf, workingTimeBefore } from '../../support/desk-time.js';
import { fetchFromOwnAddress } from '../../support/source-address.js';

let services: Services | null = null;

/** The product's service layer on the test database and the dev server (for driving cases as the desk). */
export async function testServices(): Promise<Services> {
  services ??= createServices({
    db: testDatabase(),
    temporal: await devServerClient(),
    env: readEnv({ ...process.env, NODE_ENV: 'test' }),
    log: pino({ level: 'silent' }),
  });
  return services;
}

export async function closeTestServices(): Promise<void> {
  await services?.temporal.connection.close();
  services = null;
}

/** A client signed in as `email`, with Danish pages. */
export async function signedIn(email: string, password?: string): Promise<PageClient> {
  const page = await new PageClient().login(email, password);
  await page.post('/language', { locale: 'da', next: '/' });
  return page;
}

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Polls until `ok` holds (or the time is up, returning the last value). */
export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The current month in the desk's zone, YYYY-MM. */
export function currentMonth(): string {
  return monthOf(Date.now());
}

/** `probe`'s result and the months (YYYY-MM) it ran in: one, or two when it ran over the turn of a month. */
export async function withinMonths<T>(probe: () => Promise<T>): Promise<{ value: T; months: string[] }> {
  const before = currentMonth();
  const value = await probe();
  return { value, months: [...new Set([before, currentMonth()])] };
}

/** Files a support request through the portal form as `email`; returns the case number. */
export async function fileSupportRequest(email: string, title: string): Promise<number> {
  const page = await signedIn(email);
  await page.get('/portal/new/support');
  const res = await page.postMultipart('/portal/new/support', {
    title,
    workflow: 'Fakturering',
    description: 'Hvordan sender jeg en kreditnota?',
    tried: 'Jeg har kigget i menuen.',
    expected: 'At kunne kreditere en faktura.',
  });
  const m = /^\/portal\/cases\/(\d+)$/.exec(res.location ?? '');
  if (res.status !== 302 || !m) throw new Error(`filing the request failed: ${res.status} ${res.html.slice(0, 500)}`);
  return Number(m[1]);
}

/** Working time since an "overdue" request was received: ten working days of 8 hours. */
const OVERDUE_MINUTES = 10 * 480;

/**
 * A support request received ten working days ago and still unanswered: overdue whatever the day
 * the test runs, so it sorts among the most urgent on the SLA overview however many fresh requests
 * other test files left open.
 */
export async function fileOverdueRequest(email: string, title: string): Promise<number> {
  const s = await testServices();
  const contact = await s.db.models.Person.findOne({ where: { email } });
  const receivedAt = workingTimeBefore(Date.now(), OVERDUE_MINUTES);
  const late: Services = { ...s, now: () => receivedAt };
  const record = await fileCase(late, contact!, {
    type: 'support',
    values: { title, workflow: 'Fakturering', description: 'Hvordan sender jeg en kreditnota?', tried: 'Menuen.', expected: 'En kreditnota.' },
    mode: 'form',
  });
  return record.number;
}

/** The raw bytes of a GET as `page`'s signed-in person (fetch's text() would drop a byte-order mark). */
export async function rawBytes(page: PageClient, path: string): Promise<Uint8Array> {
  const cookie = (page as unknown as { cookieHeader(): string }).cookieHeader();
  const res = await fetchFromOwnAddress(baseUrl() + path, { headers: { cookie }, redirect: 'manual' });
  return new Uint8Array(await res.arrayBuffer());
}
