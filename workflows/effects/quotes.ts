// Estimates and quotes on a change request (SPEC §3.3): a free rough estimate, a detailed quote the
// customer accepts or rejects, held for a desk manager's release above the configured amount.
import { finish, sendQuote } from './moves.js';
import { said, type Effects } from './transition.js';

export const QUOTES: Effects<
  'rough-estimate' | 'request-quote' | 'quote' | 'release-quote' | 'return-quote' | 'withdraw-quote' | 'accept-quote' | 'reject-quote'
> = {
  'rough-estimate'(ctx, { hours, text }) {
    ctx.state.roughEstimate = { hours, text };
    ctx.state.status = 'rough_estimate_given';
    return { event: said('rough-estimate', text, { hours }), notices: [{ audience: 'contact', template: 'rough_estimate', params: { hours } }] };
  },
  'request-quote'(ctx, { message }) {
    ctx.state.status = 'estimating';
    return { event: said('request-quote', message ?? null), notices: [{ audience: 'desk', template: 'quote_requested' }] };
  },
  quote(ctx, i) {
    const s = ctx.state;
    const released = i.priceOre <= s.input.terms.timers.quoteReleaseAboveOre;
    const validWorkingDays = i.validWorkingDays ?? s.input.terms.timers.quoteValidDays;
    s.quote = {
      estimationMinutes: i.estimationMinutes,
      hours: i.hours,
      priceOre: i.priceOre,
      validWorkingDays,
      released,
      outcome: 'pending',
      sentAt: null,
      validUntil: null,
      scope: i.scope ?? null,
    };
    if (released) sendQuote(ctx);
    const data = { estimationMinutes: i.estimationMinutes, hours: i.hours, priceOre: i.priceOre, validWorkingDays, released };
    return released
      ? {
          event: said('quote', i.scope ?? null, data),
          notices: [{ audience: 'price_approvers', template: 'quote_sent', params: { priceOre: i.priceOre, scope: i.scope ?? '' } }],
        }
      : {
          event: said('quote', null, data, 'internal'),
          notices: [{ audience: 'desk_managers', template: 'quote_needs_release', params: { priceOre: i.priceOre } }],
        };
  },
  'release-quote'(ctx) {
    const s = ctx.state;
    s.quote = { ...s.quote!, released: true };
    sendQuote(ctx);
    return {
      event: said('release-quote', null, { priceOre: s.quote.priceOre, hours: s.quote.hours }),
      notices: [{ audience: 'price_approvers', template: 'quote_sent', params: { priceOre: s.quote.priceOre, scope: s.quote.scope ?? '' } }],
    };
  },
  'return-quote'(ctx, { reason }) {
    const s = ctx.state;
    s.quote = { ...s.quote!, outcome: 'returned' };
    return {
      event: said('return-quote', reason, { priceOre: s.quote.priceOre }, 'internal'),
      notices: [{ audience: 'desk', template: 'quote_returned', params: { reason } }],
    };
  },
  'withdraw-quote'(ctx, { reason }) {
    const s = ctx.state;
    const sent = s.quote!.released;
    s.quote = { ...s.quote!, outcome: 'withdrawn' };
    s.status = 'estimating';
    s.quoteRemindAt = s.quoteExpiresAt = null;
    return sent
      ? {
          event: said('withdraw-quote', reason ?? null),
          notices: [{ audience: 'price_approvers', template: 'quote_withdrawn', params: { reason: reason ?? '' } }],
        }
      : { event: said('withdraw-quote', reason ?? null, {}, 'internal'), notices: [] };
  },
  'accept-quote'(ctx) {
    const s = ctx.state;
    s.quote = { ...s.quote!, outcome: 'accepted' };
    s.status = 'accepted';
    s.quoteRemindAt = s.quoteExpiresAt = null;
    return { event: said('accept-quote', null, { priceOre: s.quote.priceOre }), notices: [{ audience: 'desk', template: 'quote_accepted' }] };
  },
  'reject-quote'(ctx, { reason }) {
    const s = ctx.state;
    s.quote = { ...s.quote!, outcome: 'rejected' };
    s.quoteRemindAt = s.quoteExpiresAt = null;
    finish(ctx, 'rejected');
    return { event: said('reject-quote', reason ?? null), notices: [{ audience: 'desk', template: 'quote_rejected' }] };
  },
};
