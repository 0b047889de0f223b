// The desk and the customer talking: a question puts the case on hold until the answer; a training
// offer waits for the price approver's yes or no.
import { enterWaiting, leaveWaiting } from './moves.js';
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

export const CONVERSATION: Effects<'ask-customer' | 'reply' | 'offer-training' | 'accept-training' | 'decline-training'> = {
  'ask-customer'(ctx, { message }) {
    enterWaiting(ctx, 'answer');
    return { event: said('ask-customer', message), notices: [{ audience: 'contact', template: 'question', params: { message } }] };
  },
  reply(ctx, { message }) {
    const s = ctx.state;
    const resumes = s.status === 'waiting_on_customer' && s.waitingFor === 'answer';
    if (resumes) leaveWaiting(ctx);
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
};
