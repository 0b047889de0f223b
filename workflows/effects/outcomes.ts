// How a case ends: resolved, delivered, declined or taken into the backlog (then closed, or reopened
// within the window), or withdrawn by the customer.
import { isOrderType } from '../../domain/types.js';
import { end, finish, reopenCase } from './moves.js';
import { deliverOrder, withdrawOffer } from './orders.js';
import { said, type Effects } from './transition.js';

export const OUTCOMES: Effects<'resolve' | 'deliver' | 'decline' | 'backlog' | 'reopen' | 'close' | 'withdraw'> = {
  resolve(ctx, { summary }) {
    finish(ctx, 'resolved');
    return { event: said('resolve', summary), notices: [{ audience: 'contact', template: 'case_resolved', params: { summary } }] };
  },
  deliver(ctx, { summary }) {
    if (isOrderType(ctx.state.type)) return deliverOrder(ctx, summary);
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
    reopenCase(ctx); // rules 3: a case closed early may be reopened too
    return {
      event: said('reopen', reason),
      notices: [{ audience: actor.role === 'contact' ? 'desk' : 'contact', template: 'case_reopened', params: { reason } }],
    };
  },
  close(ctx) {
    const until = ctx.state.reopenUntil;
    end(ctx, 'closed');
    // Rules 3: closing early bills now; the case may still be reopened until its window ends (a new run, workflows/reopen.ts).
    if (ctx.state.rulesVersion >= 3 && until !== null && until > ctx.now) ctx.state.reopenUntil = until;
    return { event: said('close', null), notices: [{ audience: 'contact', template: 'case_closed' }], ends: true };
  },
  withdraw(ctx, { reason }) {
    const s = ctx.state;
    if (s.quote?.outcome === 'pending') s.quote = { ...s.quote, outcome: 'rejected' };
    if (s.training?.outcome === 'offered') s.training = { ...s.training, outcome: 'declined' };
    withdrawOffer(s);
    end(ctx, 'withdrawn');
    return { event: said('withdraw', reason ?? null), notices: [{ audience: 'desk', template: 'case_withdrawn' }], ends: true };
  },
};
