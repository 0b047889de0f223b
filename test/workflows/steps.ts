// Steps shared by the workflow tests: who is who, and the usual ways into a case's later states.
// Every step goes through the service layer (fileCase / actOnCase), as the portal, desk and API do.
import { expect } from 'vitest';
import { Refusal, type RefusalKind } from '../../services/errors.js';
import type { CaseHarness } from '../support/case-harness.js';
import type { CaseView } from '../../workflows/messages.js';
import type { CaseType } from '../../domain/types.js';

export const AGENT = 'agent@desk.test';
export const MANAGER = 'manager@desk.test';
/** Support contact WITH the price-approval right. */
export const kontakt1 = (company: string) => `kontakt1@${company}.test`;
/** Support contact without the price-approval right. */
export const kontakt2 = (company: string) => `kontakt2@${company}.test`;
/** Price approver. */
export const godkender = (company: string) => `godkender@${company}.test`;

export const MINUTE = 60_000;

/** The refusal a service call ended with; fails the test when it succeeded or failed otherwise. */
export async function refusal(call: Promise<unknown>, kind: RefusalKind): Promise<Refusal> {
  let outcome: unknown;
  try {
    outcome = await call;
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    expect(err.kind, err.message).toBe(kind);
    return err;
  }
  throw new Error(`expected a ${kind} refusal, got ${JSON.stringify(outcome)}`);
}

/** Files a request as the company's first contact (or, with a channel, an agent registering it) and acknowledges it. */
export async function acknowledgedCase(h: CaseHarness, company: string, type: CaseType, channel?: 'phone' | 'mail'): Promise<number> {
  const number = channel ? await h.file(AGENT, type, { contactEmail: kontakt1(company), channel }) : await h.file(kontakt1(company), type);
  await h.act(number, AGENT, 'acknowledge', { plan: 'Received and understood; we look at it today.' });
  return number;
}

/** An acknowledged and qualified case: support and incidents in progress, change requests estimating, ideas under review. */
export async function qualifiedCase(h: CaseHarness, company: string, type: CaseType, channel?: 'phone' | 'mail'): Promise<number> {
  const number = await acknowledgedCase(h, company, type, channel);
  await h.act(number, AGENT, 'qualify', {});
  return number;
}

export interface QuoteInput {
  estimationMinutes: number;
  hours: number;
  priceOre: number;
}

/** A change request through its free rough estimate and the contact's request for a detailed quote, back to estimating. */
export async function quoteRequestedCase(h: CaseHarness, company: string): Promise<number> {
  const number = await qualifiedCase(h, company, 'change_request');
  const rough = await h.act(number, AGENT, 'rough-estimate', { hours: 10, text: 'About two weeks of work for one developer.' });
  expect(rough.status).toBe('rough_estimate_given');
  expect(rough.waitingOn).toBe('customer');
  const requested = await h.act(number, kontakt1(company), 'request-quote', { message: 'Please give us a detailed quote.' });
  expect(requested.status).toBe('estimating');
  return number;
}

/** A change request whose quote awaits acceptance — or, above the release limit, a desk manager's release. */
export async function quotedCase(
  h: CaseHarness,
  company: string,
  quote: QuoteInput,
  expected = { released: true },
): Promise<{ number: number; view: CaseView }> {
  const number = await quoteRequestedCase(h, company);
  const view = await h.act(number, AGENT, 'quote', { ...quote });
  expect(view.status).toBe(expected.released ? 'awaiting_acceptance' : 'estimating');
  return { number, view };
}

/** The instant of the case's first timeline event of `kind` (when that transition was applied). */
export async function eventAt(h: CaseHarness, number: number, kind: string): Promise<number> {
  const event = (await h.events(number)).find((e) => e.kind === kind);
  if (!event) throw new Error(`case ${number} has no ${kind} event`);
  return event.occurredAt.getTime();
}

/** The templates of the case's notifications to one person. */
export async function templatesFor(h: CaseHarness, number: number, email: string): Promise<string[]> {
  const person = await h.person(email);
  return (await h.notifications(number)).filter((n) => n.personId === person.id).map((n) => n.template);
}

/** The case's billing lines as plain objects (kind, minutes, amount). */
export async function linesOf(h: CaseHarness, number: number): Promise<{ kind: string; minutes: number; amountOre: number }[]> {
  return (await h.billingLines(number)).map((l) => ({ kind: l.kind, minutes: l.minutes, amountOre: l.amountOre }));
}
