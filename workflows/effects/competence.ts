// What the desk notes about a support contact's competence on a case (SPEC §6): the question showed
// the workflow was not understood (an internal mark the competence figures count), or it is returned
// to the contact for the qualification it lacks (the case waits on their answer, like a question).
import { enterWaiting } from './moves.js';
import { said, type Effects } from './transition.js';

export const COMPETENCE: Effects<'mark-not-understood' | 'return-question'> = {
  'mark-not-understood'(ctx, { reason }) {
    ctx.state.notUnderstood = true;
    return { event: said('mark-not-understood', reason, {}, 'internal'), notices: [] };
  },
  'return-question'(ctx, { reason }) {
    enterWaiting(ctx, 'answer');
    return { event: said('return-question', reason), notices: [{ audience: 'contact', template: 'question_returned', params: { reason } }] };
  },
};
