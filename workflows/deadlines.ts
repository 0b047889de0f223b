// What each working-time deadline does when it comes: warn and flag the first response, remind and
// close a case waiting on the customer, lapse a training offer, remind and expire a quote, close a
// finished case after its reopen window.
import type { Deadline } from './case-state.js';
import { end, finish, leaveWaiting } from './effects/moves.js';
import { said, type Transition, type TransitionContext } from './effects/transition.js';
import { expireOffer, remindOffer } from './effects/orders.js';

export function applyDeadline(ctx: TransitionContext, deadline: Deadline): Transition {
  const s = ctx.state;
  const due = { dueAt: deadline.at };
  switch (deadline.kind) {
    case 'response_warning':
      s.slaWarned = true;
      return { event: said('response_warning', null, due, 'internal'), notices: [{ audience: 'desk', template: 'response_warning' }] };
    case 'response_due':
      s.slaBreached = true;
      return { event: said('response_due', null, due, 'internal'), notices: [{ audience: 'desk_managers', template: 'response_breached' }] };
    case 'waiting_reminder':
      s.waitingReminded = true;
      return {
        event: said('waiting_reminder', null, due),
        notices: [{ audience: s.waitingFor === 'training_answer' ? 'price_approvers' : 'contact', template: 'waiting_reminder' }],
      };
    case 'waiting_close':
      end(ctx, 'closed');
      return { event: said('waiting_close', null, due), notices: [{ audience: 'contact', template: 'closed_without_reply' }], ends: true };
    case 'training_lapse':
      s.training = { ...s.training!, outcome: 'lapsed' };
      leaveWaiting(ctx);
      return { event: said('training_lapse', null, due), notices: [{ audience: 'desk', template: 'training_lapsed' }] };
    case 'quote_reminder':
      s.quoteReminded = true;
      return { event: said('quote_reminder', null, due), notices: [{ audience: 'price_approvers', template: 'quote_reminder' }] };
    case 'quote_expiry':
      s.quote = { ...s.quote!, outcome: 'expired' };
      s.quoteRemindAt = s.quoteExpiresAt = null;
      finish(ctx, 'expired');
      return {
        event: said('quote_expiry', null, due),
        notices: [
          { audience: 'price_approvers', template: 'quote_expired' },
          { audience: 'desk', template: 'quote_expired' },
        ],
      };
    case 'auto_close':
      end(ctx, 'closed');
      return { event: said('auto_close', null, due), notices: [{ audience: 'contact', template: 'case_closed' }], ends: true };
    case 'offer_reminder':
      return remindOffer(ctx, due);
    case 'offer_expiry':
      return expireOffer(ctx, due);
  }
}
