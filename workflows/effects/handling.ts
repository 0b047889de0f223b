// Taking a case in: acknowledging it with a plan, qualifying (and retyping) it, splitting it by topic,
// reclassifying an incident, logging time, starting accepted work.
import { statusAfterQualify } from '../../domain/case-states.js';
import { end, recomputeCoverage } from './moves.js';
import { said, type Effects } from './transition.js';

export const HANDLING: Effects<'acknowledge' | 'qualify' | 'split' | 'reclassify' | 'log-time' | 'start-work'> = {
  acknowledge(ctx, { plan }, actor) {
    const s = ctx.state;
    s.owner ??= { id: actor.userId, name: actor.name }; // whoever answers first holds the case, unless it is assigned
    s.acknowledged = true;
    s.respondedAt = ctx.now;
    s.responsePaused = null;
    s.status = 'acknowledged';
    return { event: said('acknowledge', plan), notices: [{ audience: 'contact', template: 'case_acknowledged', params: { plan } }] };
  },
  qualify(ctx, { type }) {
    const s = ctx.state;
    const from = s.type;
    s.type = type ?? s.type;
    s.status = statusAfterQualify(s.type);
    if (s.type !== from) recomputeCoverage(ctx);
    return {
      event: said('qualify', null, { from, to: s.type }),
      notices: from === s.type ? [] : [{ audience: 'contact', template: 'case_requalified', params: { type: s.type } }],
    };
  },
  split(ctx, { titles }) {
    // Rules 2: the topics all move to new cases and the original closes, billing nothing of its own.
    if (ctx.state.rulesVersion < 2) return { event: said('split', null, { titles }), notices: [], split: titles };
    end(ctx, 'closed');
    return { event: said('split', null, { titles, closed: true }), notices: [], split: titles, ends: true };
  },
  reclassify(ctx, { reason }) {
    ctx.state.reclassified = true;
    recomputeCoverage(ctx);
    return { event: said('reclassify', reason), notices: [{ audience: 'contact', template: 'reclassified', params: { reason } }] };
  },
  'log-time'(ctx, { minutes, note }) {
    const s = ctx.state;
    s.loggedMinutes += minutes;
    return { event: said('log-time', null, { minutes, note: note ?? null, total: s.loggedMinutes }), notices: [] };
  },
  'start-work'(ctx) {
    ctx.state.status = 'in_progress';
    return { event: said('start-work', null), notices: [{ audience: 'contact', template: 'work_started' }] };
  },
};
