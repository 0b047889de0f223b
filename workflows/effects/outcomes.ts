// How a case ends: resolved, delivered, declined or taken into the backlog (then closed, or reopened
// within the window), or withdrawn by the customer.
import { end, finish } from './moves.js';
import { said, type Effects } from './transition.js';

export const OUTCOMES: Effects<'resolve' | 'deliver' | 'decline' | 'backlog' | 'reopen' | 'close' | 'withdraw'> = {
  resolve(ctx, { summary }) {
    finish(ctx, 'resolved');
    return { event: said('resolve', summary), notices: [{ audience: 'contact', template: 'case_resolved', params: { summary } }] };
  },
  deliver(ctx, { summary }) {
    finish(ctx, 'delivered');
    return { event: said('deliver', summary), notices: [{ audience: 'contact', template: 'case_delivered', params: { summary } }] };
  },
  decline(ctx, { reason }) {
    finish(ctx, 'declined');
    return { event: said('decline', reason), notices: [{ audience: 'contact', template: 'case_declined', params: { reason } }] };
  },
  backlog(ctx, { summary }) {
    finish(ctx, 'backlog');
    return { event: said('backlog', summary), notices: [{ audience: 'contact', template: 'idea_backlogged', params: { summary } }] };
  },
  reopen(ctx, { reason }, actor) {
    ctx.state.status = 'in_progress';
    ctx.state.reopenUntil = null;
    return {
      event: said('reopen', reason),
      notices: [{ audience: actor.role === 'contact' ? 'desk' : 'contact', template: 'case_reopened', params: { reason } }],
    };
  },
  close(ctx) {
    end(ctx, 'closed');
    return { event: said('close', null), notices: [{ audience: 'contact', template: 'case_closed' }], ends: true };
  },
  withdraw(ctx, { reason }) {
    const s = ctx.state;
    if (s.quote?.outcome === 'pending') s.quote = { ...s.quote, outcome: 'rejected' };
    if (s.training?.outcome === 'offered') s.training = { ...s.training, outcome: 'declined' };
    end(ctx, 'withdrawn');
    return { event: said('withdraw', reason ?? null), notices: [{ audience: 'desk', template: 'case_withdrawn' }], ends: true };
  },
};
