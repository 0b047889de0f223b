// Orders (SPEC §3a): the desk's offer (a fixed price or hours at a rate), the price approver's answer,
// reminders and expiry in working days like a quote's, and delivery. What a delivered order bills at
// close is domain/orders/billing.ts; what a delivered support-contact order changes is workflows/contact-order.ts.
import { makeOffer, type OrderState } from '../../domain/orders/offer.js';
import { isOrderType } from '../../domain/types.js';
import type { CaseState } from '../case-state.js';
import { finish } from './moves.js';
import { said, type Effects, type Transition, type TransitionContext } from './transition.js';

const orderOf = (s: CaseState): OrderState => s.order ?? { offer: null, deliveredAt: null };

function answer(ctx: TransitionContext, accepted: boolean, reason: string | null): Transition {
  const s = ctx.state;
  const order = orderOf(s);
  s.order = { ...order, offer: { ...order.offer!, outcome: accepted ? 'accepted' : 'rejected' } };
  s.quoteRemindAt = s.quoteExpiresAt = null;
  if (accepted) s.status = 'accepted';
  else finish(ctx, 'rejected');
  return {
    event: said(accepted ? 'accept-offer' : 'reject-offer', reason, { priceOre: order.offer!.priceOre }),
    notices: [{ audience: 'desk', template: accepted ? 'order_offer_accepted' : 'order_offer_rejected' }],
  };
}

export const ORDERS: Effects<'offer' | 'accept-offer' | 'reject-offer'> = {
  offer(ctx, input) {
    const { state: s, calendar, now } = ctx;
    const { prices, timers } = s.input.terms;
    const offer = makeOffer(input, {
      type: isOrderType(s.type) ? s.type : 'consultancy',
      solutionType: s.companyTerms?.solutionType ?? null,
      hourlyRateOre: prices.hourlyRateOre,
      contactTrainingHours: prices.contactTrainingHours,
      validWorkingDays: timers.quoteValidDays,
    });
    s.status = 'awaiting_acceptance';
    s.quoteReminded = false;
    s.quoteRemindAt = calendar.addWorkingDays(now, timers.quoteReminderDays);
    s.quoteExpiresAt = calendar.addWorkingDays(now, offer.validWorkingDays);
    s.order = { ...orderOf(s), offer: { ...offer, sentAt: now, validUntil: s.quoteExpiresAt } };
    const { text, ...terms } = offer;
    return {
      event: said('offer', text, {
        pricing: terms.pricing,
        priceOre: terms.priceOre,
        hours: terms.hours,
        rateOre: terms.rateOre,
        validWorkingDays: terms.validWorkingDays,
      }),
      notices: [{ audience: 'price_approvers', template: 'order_offer_sent', params: { priceOre: offer.priceOre } }],
    };
  },
  'accept-offer': (ctx) => answer(ctx, true, null),
  'reject-offer': (ctx, { reason }) => answer(ctx, false, reason ?? null),
};

/** The order is delivered: the course or the training held, the work done. */
export function deliverOrder(ctx: TransitionContext, summary: string): Transition {
  ctx.state.order = { ...orderOf(ctx.state), deliveredAt: ctx.now };
  finish(ctx, 'delivered');
  return {
    event: said('deliver', summary),
    notices: [{ audience: 'contact', template: 'case_delivered', params: { summary } }],
    contactOrder: ctx.state.type === 'contact_order',
  };
}

/** A pending offer is answered no by a withdrawal of the order. */
export function withdrawOffer(s: CaseState): void {
  if (s.order?.offer?.outcome === 'pending') s.order = { ...s.order, offer: { ...s.order.offer, outcome: 'rejected' } };
}

export function remindOffer(ctx: TransitionContext, due: { dueAt: number }): Transition {
  ctx.state.quoteReminded = true;
  return { event: said('offer_reminder', null, due), notices: [{ audience: 'price_approvers', template: 'order_offer_reminder' }] };
}

export function expireOffer(ctx: TransitionContext, due: { dueAt: number }): Transition {
  const s = ctx.state;
  const order = orderOf(s);
  s.order = { ...order, offer: { ...order.offer!, outcome: 'expired' } };
  s.quoteRemindAt = s.quoteExpiresAt = null;
  finish(ctx, 'expired');
  return {
    event: said('offer_expiry', null, due),
    notices: [
      { audience: 'price_approvers', template: 'order_offer_expired' },
      { audience: 'desk', template: 'order_offer_expired' },
    ],
  };
}
