// A delivered support-contact order (SPEC §3a): the person is invited to the portal, a replaced
// contact loses access, and the replaced contact's open cases move to the new one — each of those
// cases records the change on its own timeline (contactChangedSignal, handled by changeContact).
import * as wf from '@temporalio/workflow';
import type { CaseState } from './case-state.js';
import { caseWorkflowId, contactChangedSignal, type ContactChange } from './messages.js';
import { durable } from './recording.js';
import { said, type Transition, type TransitionContext } from './effects/transition.js';

/** Runs the delivery's changes (idempotent activity) and tells each moved case; returns the order's timeline entry. */
export async function deliverContactOrder(ctx: TransitionContext): Promise<Transition> {
  const { state: s, calendar, now } = ctx;
  const outcome = await durable.deliverContactOrder({
    caseNumber: s.input.number,
    companyId: s.input.companyId,
    deliveredOn: calendar.localDate(now),
    at: now,
  });
  for (const number of outcome.moved) {
    const change: ContactChange = { contact: outcome.person!, from: outcome.replaced, order: s.input.number };
    // A case that ended meanwhile keeps its contact: nothing to move.
    await wf
      .getExternalWorkflowHandle(caseWorkflowId(number))
      .signal(contactChangedSignal, change)
      .catch((err: unknown) => wf.log.warn('a moved case could not be told of its new contact', { case: number, error: String(err) }));
  }
  const data = { person: outcome.person, invited: outcome.invited, replaced: outcome.replaced, moved: outcome.moved, problem: outcome.problem };
  if (outcome.problem) {
    s.needsAttention = true;
    return { event: said('contact_order_delivered', null, data, 'internal'), notices: [{ audience: 'desk_managers', template: 'needs_attention' }] };
  }
  return { event: said('contact_order_delivered', null, data), notices: [] };
}

/** This case's contact was replaced: the new contact takes it over. */
export function changeContact(s: CaseState, change: ContactChange): Transition {
  s.contactId = change.contact.id;
  return {
    event: said('contact_changed', null, { from: change.from?.name ?? null, to: change.contact.name, order: change.order }),
    notices: [{ audience: 'contact', template: 'case_contact_changed', params: { order: change.order } }],
  };
}
