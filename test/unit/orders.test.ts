// Orders (SPEC §3a), pure rules: their forms (through the portal, the desk and the API), the offer and
// its defaults, the decisions on it, and what a delivered order bills.
import { describe, expect, it } from 'vitest';
import { requestSchema } from '../../domain/request-forms.js';
import { makeOffer, offerInputProblems, type OrderState } from '../../domain/orders/offer.js';
import { orderBillingLines } from '../../domain/orders/billing.js';
import { checkAction, checkActionInput, parseActionInput } from '../../domain/actions/index.js';
import type { CaseProgress } from '../../domain/case-states.js';
import type { OrderType, Prices } from '../../domain/types.js';

const prices: Prices = {
  hourlyRateOre: 95_000,
  extraContactMonthlyOre: 50_000,
  includedContacts: 2,
  contactTrainingHours: { standard: 2, enterprise: 4 },
  minimumMinutes: 15,
  roundingIncrementMinutes: 1,
};
const defaults = (type: OrderType, solutionType: 'standard' | 'enterprise' = 'standard') => ({
  type,
  solutionType,
  hourlyRateOre: prices.hourlyRateOre,
  contactTrainingHours: prices.contactTrainingHours,
  validWorkingDays: 20,
});

describe('order forms', () => {
  it('reads a course booking from the form: participants one per line, on site as yes/no', () => {
    const parsed = requestSchema('course_booking', 'form').safeParse({
      title: 'Grundkursus',
      course: 'grundkursus',
      description: 'Tre nye i bogholderiet.',
      participants: 'Anna Holm, anna@kunde.test\n\nBo Berg <BO@kunde.test>',
      period: 'Uge 10',
      onSite: 'false',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      participants: [
        { name: 'Anna Holm', email: 'anna@kunde.test' },
        { name: 'Bo Berg', email: 'bo@kunde.test' },
      ],
      onSite: false,
    });
  });

  it('requires every order field through the API too, and checks participants and e-mails', () => {
    const api = requestSchema('contact_order', 'api').safeParse({ title: 'Ny kontakt', description: 'Anna' });
    expect(api.success).toBe(false);
    expect(api.error!.issues.map((i) => i.path[0]).sort()).toEqual(['action', 'email', 'firstName', 'lastName', 'qualified']);
    const bad = requestSchema('course_booking', 'api').safeParse({
      title: 'K',
      description: 'd',
      course: 'custom',
      participants: [{ name: 'Anna', email: 'not-an-address' }],
      period: 'marts',
      onSite: true,
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['participants', 0, 'email']);
    const lenient = requestSchema('support', 'api').safeParse({ title: 'Hjælp', description: 'x' });
    expect(lenient.success).toBe(true);
  });
});

describe('the offer', () => {
  it('is a fixed price, or hours at a rate; a contact order defaults to its training hours at the hourly rate', () => {
    expect(makeOffer({ text: 'Kursus 3. marts', priceOre: 1_350_000 }, defaults('course_booking'))).toMatchObject({
      pricing: 'fixed',
      priceOre: 1_350_000,
      hours: null,
    });
    expect(makeOffer({ text: '10 timer', hours: 10, rateOre: 100_000 }, defaults('consultancy'))).toMatchObject({
      pricing: 'time',
      priceOre: 1_000_000,
      hours: 10,
      rateOre: 100_000,
    });
    expect(makeOffer({ text: 'Undervisning' }, defaults('contact_order', 'enterprise'))).toMatchObject({
      pricing: 'time',
      hours: 4,
      rateOre: 95_000,
      priceOre: 380_000,
    });
  });

  it('refuses a price together with hours, and no price at all except for a contact order', () => {
    expect(offerInputProblems('consultancy', { text: 'x', priceOre: 1, hours: 2 })).toEqual({ hours: 'price_or_hours' });
    expect(offerInputProblems('course_booking', { text: 'x' })).toEqual({ priceOre: 'price_or_hours' });
    expect(offerInputProblems('consultancy', { text: 'x', rateOre: 100 })).toEqual({ hours: 'required' });
    expect(offerInputProblems('contact_order', { text: 'x' })).toBeNull();
  });

  const order = (status: CaseProgress['status'], offer: OrderState['offer'] = null): CaseProgress => ({
    type: 'consultancy',
    status,
    resumeStatus: null,
    waitingFor: null,
    acknowledged: true,
    reclassified: false,
    quote: null,
    training: null,
    order: { offer, deliveredAt: null },
  });
  const agent = { role: 'agent' as const, canApprove: false, userId: 1 };

  it('is made by the desk once the order is acknowledged, and answered by the price approver or a contact with the right', () => {
    expect(checkAction(order('acknowledged'), 'offer', agent)).toBeNull();
    expect(checkAction(order('received'), 'offer', agent)).toMatchObject({ kind: 'conflict', code: 'requires.offer' });
    expect(checkAction(order('acknowledged'), 'qualify', agent)).toMatchObject({ kind: 'conflict' });
    const pending = order('awaiting_acceptance', makeOffer({ text: 'x', priceOre: 100 }, defaults('consultancy')));
    expect(checkAction(pending, 'accept-offer', { role: 'approver', canApprove: true })).toBeNull();
    expect(checkAction(pending, 'accept-offer', { role: 'contact', canApprove: false })).toMatchObject({ kind: 'forbidden', code: 'approval_right' });
    expect(checkAction(pending, 'accept-quote', { role: 'approver', canApprove: true })).toMatchObject({ kind: 'conflict' });
    const input = parseActionInput('offer', { text: 'x' });
    expect(input.ok && checkActionInput(order('acknowledged'), 'offer', input.value)).toEqual({ priceOre: 'price_or_hours' });
  });
});

describe('what a delivered order bills', () => {
  const delivered = (offer: ReturnType<typeof makeOffer>, outcome: 'accepted' | 'rejected' = 'accepted'): OrderState => ({
    offer: { ...offer, outcome },
    deliveredAt: 1,
  });

  it('a course booking its accepted price', () => {
    const order = delivered(makeOffer({ text: 'x', priceOre: 1_350_000 }, defaults('course_booking')));
    expect(orderBillingLines({ type: 'course_booking', order, loggedMinutes: 600, prices })).toEqual([
      { kind: 'order_price', minutes: 0, amountOre: 1_350_000, text: 'Kursus ifølge accepteret tilbud' },
    ]);
  });

  it('consultancy by time: the time used at the accepted rate, at least 15 minutes; or its fixed price', () => {
    const byTime = delivered(makeOffer({ text: 'x', hours: 10, rateOre: 120_000 }, defaults('consultancy')));
    expect(orderBillingLines({ type: 'consultancy', order: byTime, loggedMinutes: 90, prices })).toEqual([
      { kind: 'time', minutes: 90, amountOre: 180_000, text: 'Konsulentbistand, forbrugt tid à 1200 kr./time (min. 15 minutter)' },
    ]);
    expect(orderBillingLines({ type: 'consultancy', order: byTime, loggedMinutes: 5, prices })[0]).toMatchObject({ minutes: 15, amountOre: 30_000 });
    const fixed = delivered(makeOffer({ text: 'x', priceOre: 800_000 }, defaults('consultancy')));
    expect(orderBillingLines({ type: 'consultancy', order: fixed, loggedMinutes: 900, prices })).toEqual([
      { kind: 'order_price', minutes: 0, amountOre: 800_000, text: 'Konsulentbistand til fast pris ifølge accepteret tilbud' },
    ]);
  });

  it('a support contact order its training: 2 h standard / 4 h enterprise at the hourly rate', () => {
    const standard = delivered(makeOffer({ text: 'x' }, defaults('contact_order')));
    expect(orderBillingLines({ type: 'contact_order', order: standard, loggedMinutes: 0, prices })).toEqual([
      { kind: 'contact_training', minutes: 120, amountOre: 190_000, text: 'Supportkontaktundervisning, 2 timer' },
    ]);
    const enterprise = delivered(makeOffer({ text: 'x' }, defaults('contact_order', 'enterprise')));
    expect(orderBillingLines({ type: 'contact_order', order: enterprise, loggedMinutes: 0, prices, locale: 'en' })).toEqual([
      { kind: 'contact_training', minutes: 240, amountOre: 380_000, text: 'Support contact training, 4 hours' },
    ]);
  });

  it('nothing for an order rejected, or not delivered', () => {
    const offer = makeOffer({ text: 'x', priceOre: 100 }, defaults('course_booking'));
    expect(orderBillingLines({ type: 'course_booking', order: delivered(offer, 'rejected'), loggedMinutes: 0, prices })).toEqual([]);
    expect(
      orderBillingLines({ type: 'course_booking', order: { offer: { ...offer, outcome: 'accepted' }, deliveredAt: null }, loggedMinutes: 0, prices }),
    ).toEqual([]);
  });
});
