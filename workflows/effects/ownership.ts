// Who handles a case (SPEC §5): an agent takes it, or staff assign it to a colleague or back to the
// desk. Notices about the case then go to its owner; unassigned cases notify the whole desk.
import { said, type Effects } from './transition.js';

export const OWNERSHIP: Effects<'take' | 'assign' | 'unassign'> = {
  take(ctx, _input, actor) {
    const from = ctx.state.owner;
    ctx.state.owner = { id: actor.userId, name: actor.name };
    return { event: said('take', null, { from: from?.name ?? null, to: actor.name }, 'internal'), notices: [] };
  },
  assign(ctx, _input, actor, subject) {
    const from = ctx.state.owner;
    ctx.state.owner = subject;
    const notices = subject && subject.id !== actor.userId ? [{ audience: 'owner' as const, template: 'case_assigned', params: { by: actor.name } }] : [];
    return { event: said('assign', null, { from: from?.name ?? null, to: subject?.name ?? null }, 'internal'), notices };
  },
  unassign(ctx, { reason }) {
    const from = ctx.state.owner;
    ctx.state.owner = null;
    return { event: said('unassign', reason ?? null, { from: from?.name ?? null }, 'internal'), notices: [] };
  },
};
