// Decisions on cases through the JSON API, as the acceptance checks drive them: the life of each
// request type, billing at close by agreement and channel, quotes with release and acceptance, and
// the answers to moves that are not allowed (409), roles that may not (403) and bad input (422).
import { describe, expect, it } from 'vitest';
import { loadTerms } from '../../../config/terms.js';
import { tokenFor } from '../../support/api-client.js';
import { checkedApi } from '../../support/openapi-check.js';
import { AGENT, MANAGER, act, approver, contact1, contact2, getCase, newCase } from '../../support/api-cases.js';

const { prices, timers } = loadTerms();
const amountFor = (minutes: number) => Math.round((minutes * prices.hourlyRateOre) / 60);

type Line = { kind: string; minutes: number; amountOre: number; text: string };

/** Acknowledge, qualify, log `minutes`, resolve and close a support case; returns the closing response body. */
async function supportCaseBilled(filedBy: string, minutes: number, extra: Record<string, unknown> = {}) {
  const c = await newCase(filedBy, 'support', extra);
  await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ringer dig op i eftermiddag.' });
  await act(AGENT, c.number, 'qualify', {});
  if (minutes > 0) await act(AGENT, c.number, 'log-time', { minutes, note: 'Gennemgang med kunden' });
  const resolved = await act(AGENT, c.number, 'resolve', { summary: 'Vist hvordan.' });
  expect(resolved.body.status).toBe('resolved');
  const closed = await act(AGENT, c.number, 'close');
  expect(closed.body.status).toBe('closed');
  // Closed before its reopen window ended (rules 3): it may still be reopened, nothing else.
  expect(closed.body.allowedActions).toEqual(['reopen']);
  return closed.body as { number: number; billingLines: Line[]; billable: boolean };
}

/** A change request brought to `awaiting_acceptance` (or `estimating` above the release threshold). */
async function quotedChangeRequest(company: string, priceOre: number) {
  const c = await newCase(contact1(company), 'change_request');
  await act(AGENT, c.number, 'acknowledge', { plan: 'Vi vurderer ønsket og vender tilbage med et groft estimat.' });
  const qualified = await act(AGENT, c.number, 'qualify', {});
  expect(qualified.body.status).toBe('estimating');
  const rough = await act(AGENT, c.number, 'rough-estimate', { hours: 16, text: 'Cirka to dages arbejde.' });
  expect(rough.body).toMatchObject({ status: 'rough_estimate_given', waitingOn: 'customer', roughEstimate: { hours: 16 } });
  const requested = await act(contact1(company), c.number, 'request-quote', {});
  expect(requested.body.status).toBe('estimating');
  const quoted = await act(AGENT, c.number, 'quote', { estimationMinutes: 90, hours: 20, priceOre });
  return { number: c.number as number, quoted: quoted.body };
}

describe('billing at close', () => {
  it('bills a started Faktureret support case at least 15 minutes: 7 minutes logged → one 15-minute line', async () => {
    const closed = await supportCaseBilled(contact1('faktureret'), 7);
    expect(closed.billable).toBe(true);
    expect(closed.billingLines).toHaveLength(1);
    expect(closed.billingLines[0]).toMatchObject({ kind: 'time', minutes: 15, amountOre: amountFor(15) });
    // The contact sees the same lines.
    expect((await getCase(contact2('faktureret'), closed.number)).body.billingLines).toEqual(closed.billingLines);
  });

  it('bills 45 minutes as exactly three times the 15-minute amount', async () => {
    const closed = await supportCaseBilled(contact2('faktureret'), 45);
    expect(closed.billingLines.map((l) => [l.kind, l.minutes])).toEqual([['time', 45]]);
    expect(closed.billingLines[0].amountOre).toBe(3 * amountFor(15));
  });

  it('bills nothing for support under hyper care or Udvidet', async () => {
    for (const company of ['hypercare', 'udvidet']) {
      const closed = await supportCaseBilled(contact1(company), 45);
      expect({ company, lines: closed.billingLines }).toEqual({ company, lines: [] });
    }
  });

  it('bills a Basis phone request registered by the agent, not a Basis portal request', async () => {
    const phone = await supportCaseBilled(AGENT, 0, { contactEmail: 'kontakt1@basis.test', channel: 'phone' });
    expect(phone.billingLines.map((l) => [l.kind, l.minutes, l.amountOre])).toEqual([['time', 15, amountFor(15)]]);
    const portal = await supportCaseBilled(contact1('basis'), 20);
    expect(portal.billingLines).toEqual([]);
  });

  it('bills nothing for an incident, until it is reclassified as a restoration of normal operation', async () => {
    const incident = await newCase(contact1('faktureret'), 'incident');
    expect(incident.billable).toBe(false);
    await act(AGENT, incident.number, 'acknowledge', { plan: 'Vi undersøger fejlen nu.' });
    await act(AGENT, incident.number, 'qualify', {});
    await act(AGENT, incident.number, 'log-time', { minutes: 30 });
    await act(AGENT, incident.number, 'resolve', { summary: 'Rettet.' });
    expect((await act(AGENT, incident.number, 'close')).body.billingLines).toEqual([]);

    const changed = await newCase(contact1('udvidet'), 'incident');
    await act(AGENT, changed.number, 'acknowledge', { plan: 'Vi undersøger fejlen nu.' });
    await act(AGENT, changed.number, 'qualify', {});
    const reclassified = await act(AGENT, changed.number, 'reclassify', { reason: 'Økonomiopsætningen var ændret af jer selv.' });
    expect(reclassified.body).toMatchObject({ billable: true, coverageReason: expect.stringMatching(/restoration/) });
    await act(AGENT, changed.number, 'log-time', { minutes: 20 });
    await act(AGENT, changed.number, 'resolve', { summary: 'Opsætningen er sat tilbage.' });
    expect((await act(AGENT, changed.number, 'close')).body.billingLines.map((l: Line) => [l.kind, l.minutes])).toEqual([['time', 20]]);
  });

  it('bills an accepted training offer', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, c.number, 'qualify', {});
    const offered = await act(AGENT, c.number, 'offer-training', { hours: 2 });
    expect(offered.body).toMatchObject({ status: 'waiting_on_customer', waitingOn: 'approver', training: { hours: 2, outcome: 'offered' } });
    // The approver now sees the case, may accept, and a contact without the right may not.
    expect((await getCase(approver('udvidet'), c.number)).body.allowedActions).toEqual(expect.arrayContaining(['accept-training', 'decline-training']));
    await act(contact2('udvidet'), c.number, 'accept-training', {}, 403);
    const accepted = await act(approver('udvidet'), c.number, 'accept-training');
    expect(accepted.body).toMatchObject({ status: 'in_progress', training: { outcome: 'accepted' } });
    await act(AGENT, c.number, 'resolve', { summary: 'Undervisning aftalt.' });
    const closed = await act(AGENT, c.number, 'close');
    expect(closed.body.billingLines.map((l: Line) => [l.kind, l.minutes, l.amountOre])).toEqual([['training', 120, amountFor(120)]]);
  });
});

describe('change requests and quotes', () => {
  it('bills the estimation fee, credits it and bills the price of an accepted quote', async () => {
    const { number, quoted } = await quotedChangeRequest('faktureret', 2_000_000);
    expect(quoted).toMatchObject({
      status: 'awaiting_acceptance',
      waitingOn: 'approver',
      quote: { priceOre: 2_000_000, hours: 20, estimationMinutes: 90, released: true, outcome: 'pending' },
    });
    const seen = await getCase(approver('faktureret'), number);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedActions).toEqual(expect.arrayContaining(['accept-quote', 'reject-quote']));
    expect(seen.body.quote.priceOre).toBe(2_000_000);

    const accepted = await act(approver('faktureret'), number, 'accept-quote');
    expect(accepted.body).toMatchObject({ status: 'accepted', quote: { outcome: 'accepted' } });
    expect((await act(AGENT, number, 'start-work')).body.status).toBe('in_progress');
    expect((await act(AGENT, number, 'deliver', { summary: 'Rapporten er udvidet.' })).body.status).toBe('delivered');
    const closed = await act(AGENT, number, 'close');
    const lines = closed.body.billingLines as Line[];
    expect(lines.map((l) => l.kind)).toEqual(['estimation_fee', 'estimation_credit', 'quote_price']);
    expect(lines[0]).toMatchObject({ minutes: 90, amountOre: amountFor(90) });
    expect(lines[1].amountOre).toBe(-lines[0].amountOre);
    expect(lines[2].amountOre).toBe(2_000_000);
    expect(lines.reduce((sum, l) => sum + l.amountOre, 0)).toBe(2_000_000);
  });

  it('keeps a quote above the release threshold with the desk until a desk manager releases it', async () => {
    const price = timers.quoteReleaseAboveOre + 1_000_000;
    const { number, quoted } = await quotedChangeRequest('basis', price);
    expect(quoted).toMatchObject({ status: 'estimating', waitingOn: 'desk_manager', quote: { released: false, outcome: 'pending' } });
    // Not yet the customer's: the contact sees no quote, the approver not even the case.
    expect((await getCase(contact1('basis'), number)).body.quote).toBeNull();
    expect((await getCase(approver('basis'), number)).status).toBe(404);
    await act(AGENT, number, 'release-quote', {}, 403);
    await act(approver('basis'), number, 'accept-quote', {}, 404);

    const released = await act(MANAGER, number, 'release-quote');
    expect(released.body).toMatchObject({ status: 'awaiting_acceptance', waitingOn: 'approver', quote: { released: true, priceOre: price } });
    expect((await getCase(approver('basis'), number)).status).toBe(200);
    const rejected = await act(approver('basis'), number, 'reject-quote', { reason: 'For dyrt.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', quote: { outcome: 'rejected' } });
    const closed = await act(AGENT, number, 'close');
    expect(closed.body.billingLines.map((l: Line) => [l.kind, l.amountOre])).toEqual([['estimation_fee', amountFor(90)]]);
  });

  it('accepts a quote exactly once when two approvals race', async () => {
    const { number } = await quotedChangeRequest('hypercare', 1_000_000);
    const [a, b] = await Promise.all([
      checkedApi('POST', `/cases/${number}/actions/accept-quote`, { token: await tokenFor(approver('hypercare')), body: {} }),
      checkedApi('POST', `/cases/${number}/actions/accept-quote`, { token: await tokenFor(contact1('hypercare')), body: {} }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toMatch(/no longer awaiting acceptance/);
    const after = await getCase(AGENT, number);
    expect(after.body.status).toBe('accepted');
    expect(after.body.timeline.filter((e: { kind: string }) => e.kind === 'accept-quote')).toHaveLength(1);
  });

  it('lets the desk decline a change request and settle a product idea', async () => {
    const { number } = await quotedChangeRequest('udvidet', 500_000);
    await act(contact1('udvidet'), number, 'reject-quote', {});
    const idea = await newCase(contact2('udvidet'), 'product_idea');
    await act(AGENT, idea.number, 'acknowledge', { plan: 'Vi tager idéen med på næste produktmøde.' });
    expect((await act(AGENT, idea.number, 'qualify', {})).body.status).toBe('under_review');
    const backlog = await act(AGENT, idea.number, 'backlog', { summary: 'Kommer med i en senere version.' });
    expect(backlog.body.status).toBe('backlog');
    expect((await act(AGENT, idea.number, 'close')).body.billingLines).toEqual([]);

    const other = await newCase(contact2('udvidet'), 'change_request');
    await act(AGENT, other.number, 'acknowledge', { plan: 'Vi vurderer ønsket.' });
    await act(AGENT, other.number, 'qualify', {});
    expect((await act(AGENT, other.number, 'decline', { reason: 'Passer ikke med produktets retning.' })).body.status).toBe('declined');
  });
});

describe('the course of a case', () => {
  it('waits on the customer after a question and resumes on the reply', async () => {
    const c = await newCase(contact1('basis'), 'support');
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi kigger på det.' });
    await act(AGENT, c.number, 'qualify', { type: 'support' });
    const asked = await act(AGENT, c.number, 'ask-customer', { message: 'Hvilket skema drejer det sig om?' });
    expect(asked.body).toMatchObject({ status: 'waiting_on_customer', waitingOn: 'customer' });
    const replied = await act(contact2('basis'), c.number, 'reply', { message: 'Skemaet "Service".' });
    expect(replied.body).toMatchObject({ status: 'in_progress', waitingOn: 'desk' });
    const kinds = replied.body.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['received', 'acknowledge', 'qualify', 'ask-customer', 'reply']));
  });

  it('qualifies to another type and splits a message with several topics', async () => {
    const c = await newCase(AGENT, 'support', { contactEmail: 'kontakt2@hypercare.test', channel: 'mail' });
    const split = await act(AGENT, c.number, 'split', { titles: ['Første emne', 'Andet emne'] });
    expect(split.body.splitInto).toHaveLength(2);
    for (const child of split.body.splitInto as number[]) {
      const seen = await getCase(contact1('hypercare'), child);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ splitFrom: c.number, receivedAt: c.receivedAt });
    }
    // Rules 2: the original ends closed with the split and bills nothing of its own.
    expect(split.body).toMatchObject({ status: 'closed', billingLines: [] });

    const other = await newCase(AGENT, 'support', { contactEmail: 'kontakt2@hypercare.test', channel: 'mail' });
    await act(AGENT, other.number, 'acknowledge', { plan: 'Det er en idé; vi tager den med.' });
    expect((await act(AGENT, other.number, 'qualify', { type: 'product_idea' })).body).toMatchObject({ type: 'product_idea', status: 'under_review' });
  });

  it('lets a contact reopen a resolved case and withdraw an open one', async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi ser på det.' });
    await act(AGENT, c.number, 'qualify', {});
    await act(AGENT, c.number, 'resolve', { summary: 'Løst.' });
    expect((await act(contact1('udvidet'), c.number, 'reopen', { reason: 'Det virker stadig ikke.' })).body.status).toBe('in_progress');

    const w = await newCase(contact2('udvidet'), 'support');
    const withdrawn = await act(contact2('udvidet'), w.number, 'withdraw', { reason: 'Vi fandt selv ud af det.' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    await act(AGENT, w.number, 'acknowledge', { plan: 'For sent.' }, 409);
  });

  it('shows the desk its internal notes, and the customer only the minutes of logged time', async () => {
    const c = await newCase(contact1('hypercare'), 'support');
    await act(AGENT, c.number, 'log-time', { minutes: 12, note: 'Intern note om kunden' });
    const desk = await getCase(AGENT, c.number);
    const customer = await getCase(contact1('hypercare'), c.number);
    const deskEntry = desk.body.timeline.find((e: { kind: string }) => e.kind === 'log-time');
    const customerEntry = customer.body.timeline.find((e: { kind: string }) => e.kind === 'log-time');
    expect(deskEntry.data).toMatchObject({ minutes: 12, note: 'Intern note om kunden' });
    expect(customerEntry.data).toEqual({ minutes: 12, total: 12 });
    expect(desk.body.loggedMinutes).toBe(12);
  });
});

describe('refusals', () => {
  it("refuses a move the case's state does not allow with 409 and leaves the case unchanged", async () => {
    const c = await newCase(contact1('faktureret'), 'support');
    const before = await getCase(AGENT, c.number);
    const res = await act(AGENT, c.number, 'resolve', { summary: 'For tidligt.' }, 409);
    expect(res.body.error).toMatch(/support case or incident in progress/);
    const after = await getCase(AGENT, c.number);
    expect(after.body.status).toBe(before.body.status);
    expect(after.body.status).toBe('received');
    expect(after.body.timeline).toHaveLength(before.body.timeline.length);
    await act(AGENT, c.number, 'start-work', {}, 409);
    await act(AGENT, c.number, 'close', {}, 409);
  });

  it('refuses a role that may not with 403', async () => {
    const c = await newCase(contact1('faktureret'), 'support');
    const res = await act(contact1('faktureret'), c.number, 'acknowledge', { plan: 'Jeg kvitterer selv.' }, 403);
    expect(res.body.error).toEqual(expect.any(String));
    await act(AGENT, c.number, 'reply', { message: 'Staff do not reply as the customer.' }, 403);
    const { number } = await quotedChangeRequest('faktureret', 1_500_000);
    await act(contact2('faktureret'), number, 'accept-quote', {}, 403);
    expect((await getCase(AGENT, number)).body.status).toBe('awaiting_acceptance');
  });

  it('refuses bad input with 422 and a message per field', async () => {
    const c = await newCase(contact1('basis'), 'change_request');
    expect((await act(AGENT, c.number, 'acknowledge', { plan: '' }, 422)).body.errors).toEqual({ plan: 'Required.' });
    expect((await act(AGENT, c.number, 'acknowledge', {}, 422)).body.errors).toEqual({ plan: 'Required.' });
    expect((await act(AGENT, c.number, 'acknowledge', { plan: 'ok', urgent: true }, 422)).body.errors).toEqual({ urgent: 'Unknown field.' });
    expect((await act(AGENT, c.number, 'log-time', { minutes: 0 }, 422)).body.errors).toEqual({ minutes: 'The number is too small: at least 1.' });
    expect((await act(AGENT, c.number, 'log-time', { minutes: 2.5 }, 422)).body.errors).toEqual({ minutes: 'Must be a whole number.' });
    await act(AGENT, c.number, 'acknowledge', { plan: 'Vi vurderer.' });
    await act(AGENT, c.number, 'qualify', {});
    expect((await act(AGENT, c.number, 'quote', { estimationMinutes: 90, hours: 20, priceOre: -1 }, 422)).body.errors).toEqual({
      priceOre: 'Must not be negative.',
    });
    expect((await act(AGENT, c.number, 'quote', { estimationMinutes: 90, hours: 20.1, priceOre: 100 }, 422)).body.errors).toEqual({
      hours: 'Give hours in quarters (e.g. 1.25).',
    });
    expect((await act(AGENT, c.number, 'split', { titles: [] }, 422)).body.errors).toEqual({ titles: 'Required.' });
    const list = await checkedApi('POST', `/cases/${c.number}/actions/log-time`, { token: await tokenFor(AGENT), body: [1] });
    expect(list.status).toBe(422);
    expect((await getCase(AGENT, c.number)).body).toMatchObject({ status: 'estimating', quote: null, loggedMinutes: 0 });
  });

  it("answers 404 for an unknown action and for another company's case", async () => {
    const c = await newCase(contact1('udvidet'), 'support');
    const unknown = await act(AGENT, c.number, 'escalate', {}, 404);
    expect(unknown.body).toEqual({ error: 'not found' });
    await act(contact1('basis'), c.number, 'withdraw', {}, 404);
    await act(AGENT, 999_999_999, 'acknowledge', { plan: 'x' }, 404);
    await act(AGENT, 'abc' as unknown as number, 'acknowledge', { plan: 'x' }, 404);
  });
});
