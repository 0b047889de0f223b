// The people around a case (SPEC §9): colleagues of the company who follow it (they get its mails), and
// the contact's rating of the answer, given once — on a resolved or delivered case, or after its close
// (a run of its own that ends at once, workflows/reopen.ts).
import { said, type Effects } from './transition.js';

export const FOLLOWERS: Effects<'add-follower' | 'remove-follower' | 'rate'> = {
  'add-follower'(ctx, _input, actor, who) {
    ctx.state.followers = [...ctx.state.followers, who!];
    const notices = [{ audience: 'person' as const, template: 'follower_added', params: { personId: who!.id, by: actor.name } }];
    return { event: said('add-follower', null, { name: who!.name }), notices };
  },
  'remove-follower'(ctx, _input, _actor, who) {
    ctx.state.followers = ctx.state.followers.filter((f) => f.id !== who!.id);
    return { event: said('remove-follower', null, { name: who!.name }), notices: [] };
  },
  rate(ctx, { score, comment }, actor) {
    ctx.state.rating = { score, comment: comment ?? null, at: ctx.now, by: { id: actor.userId, name: actor.name }, agent: ctx.state.owner };
    return {
      event: said('rate', comment ?? null, { score }),
      notices: [{ audience: 'owner', template: 'case_rated', params: { score, comment: comment ?? '' } }],
    };
  },
};
