// The desk and the customer talking: a question puts the case on hold until the answer; a training
// offer waits for the price approver's yes or no.
import { enterWaiting, leaveWaiting, reopenCase, reopensOnReply } from './moves.js';
import { said, type Effects, type TransitionContext } from './transition.js';

function answerTraining(ctx: TransitionContext, accepted: boolean, reason: string | null) {
  const s = ctx.state;
  s.training = { ...s.training!, outcome: accepted ? 'accepted' : 'declined' };
  leaveWaiting(ctx);
  const kind = accepted ? 'accept-training' : 'decline-training';
  return {
    event: said(kind, reason, { hours: s.training.hours }),
    notices: [{ audience: 'desk' as const, template: accepted ? 'training_accepted' : 'training_declined' }],
  };
}

export const CONVERSATION: Effects<
  'ask-customer' | 'reply' | 'offer-training' | 'accept-training' | 'decline-training' | 'withdraw-training' | 'record-contact-agreement'
> = {
  'ask-customer'(ctx, { message }) {
    enterWaiting(ctx, 'answer');
    return { event: said('ask-customer', message), notices: [{ audience: 'contact', template: 'question', params: { message } }] };
  },
  reply(ctx, { message }) {
    const s = ctx.state;
    const resumes = s.status === 'waiting_on_customer' && s.waitingFor === 'answer';
    if (resumes) leaveWaiting(ctx);
    // A reply to an answered case says it is not solved: the case reopens (SPEC §9; running cases from the patch on).
    if (reopensOnReply(s.status) && (ctx.patched?.('reply-reopens') ?? true)) {
      reopenCase(ctx);
      return {
        event: said('reply', message, { resumed: false, reopened: true }),
        notices: [{ audience: 'desk', template: 'customer_replied_reopened', params: { message } }],
      };
    }
    return { event: said('reply', message, { resumed: resumes }), notices: [{ audience: 'desk', template: 'customer_replied', params: { message } }] };
  },
  'offer-training'(ctx, { hours }) {
    const s = ctx.state;
    const rateOre = s.input.terms.prices.hourlyRateOre;
    s.training = { hours, outcome: 'offered', priceOre: Math.round(hours * rateOre), rateOre };
    enterWaiting(ctx, 'training_answer');
    return { event: said('offer-training', null, { hours }), notices: [{ audience: 'price_approvers', template: 'training_offered', params: { hours } }] };
  },
  'accept-training': (ctx) => answerTraining(ctx, true, null),
  'decline-training': (ctx, { reason }) => answerTraining(ctx, false, reason ?? null),
  'withdraw-training'(ctx, { reason }) {
    const s = ctx.state;
    s.training = { ...s.training!, outcome: 'withdrawn' };
    leaveWaiting(ctx);
    return {
      event: said('withdraw-training', reason ?? null, { hours: s.training.hours }),
      notices: [{ audience: 'price_approvers', template: 'training_withdrawn', params: { reason: reason ?? '' } }],
    };
  },
  'record-contact-agreement'(ctx, { person, reach, reason }, _actor, contact) {
    const agreement = { contact: contact!.name, person, reach, reason };
    ctx.state.contactAgreements = [...ctx.state.contactAgreements, agreement];
    return { event: said('record-contact-agreement', reason, { contact: agreement.contact, person, reach }), notices: [] };
  },
};
