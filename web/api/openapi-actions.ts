// The OpenAPI parts of case actions: what each action does, and its operation
// (POST /cases/{number}/actions/{action}) with its input schema by name.
import { CASE_ACTIONS, type CaseAction } from '../../domain/case-states.js';
import { R, json, ref, type Schema } from './openapi-parts.js';

/** What each action does, for the reader of the document. */
export const ACTION_HELP: Record<CaseAction, string> = {
  acknowledge: 'Staff: the first response — the request is received and understood, with a plan (stops the SLA clock).',
  qualify:
    'Staff: confirm or correct the request type; the case moves on by type (support/incident → in_progress, change_request → estimating, product_idea → under_review).',
  split: 'Staff: a message with several topics becomes several cases (before qualification); the new cases keep the received time.',
  'ask-customer': 'Staff: ask the contact a question; the case waits on the customer until they reply.',
  reply: 'Contact: answer the desk; a case waiting on an answer resumes where it was.',
  'offer-training': 'Staff: offer billable training on a support case in progress (hours in quarters).',
  'accept-training': 'Price approver or contact with the approval right: accept the training offer (billed at close).',
  'decline-training': 'Price approver or contact with the approval right: decline the training offer.',
  reclassify: "Staff: an incident caused by the customer's own changes becomes a billable restoration of normal operation.",
  'rough-estimate': 'Staff: a free rough estimate on a change request being estimated.',
  'request-quote': 'Contact or staff: ask for a detailed (billed) estimate and quote after a rough estimate.',
  quote: `Staff: a detailed quote. The estimation fee (estimationMinutes at the hourly rate) is billed and credited if the quote is accepted. A price above the company terms' release threshold waits for a desk manager's release-quote.`,
  'release-quote': 'Desk manager: release a quote above the release threshold to the customer.',
  'accept-quote': 'Price approver or contact with the approval right: accept the quote.',
  'reject-quote': 'Price approver or contact with the approval right: reject the quote.',
  withdraw: 'Contact: withdraw the request (until its outcome is given or ordered work has started).',
  'log-time': 'Staff: log minutes of work on the case (billable time is billed at close, at least 15 minutes).',
  'start-work': 'Staff: start the work of an accepted quote.',
  resolve: 'Staff: resolve a support case or incident in progress.',
  deliver: 'Staff: deliver a change request in progress.',
  decline: 'Staff: decline a change request being estimated or a product idea under review.',
  backlog: 'Staff: take a product idea into the backlog.',
  reopen: 'Contact or staff: reopen a resolved or delivered case within the reopen window.',
  close: 'Staff: close a case whose outcome is given; billing lines are written exactly once.',
};

export const inputName = (a: CaseAction) =>
  `${a
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Input`;
export const numberParam = { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: 'The case number.' };

export function actionOperation(action: CaseAction | null): Schema {
  const body = action ? ref(inputName(action)) : { anyOf: CASE_ACTIONS.map((a) => ref(inputName(a))) };
  return {
    operationId: action ? `case_${action.replaceAll('-', '_')}` : 'caseAction',
    tags: ['cases'],
    summary: action ? `${action}` : 'Take a decision on a case',
    description: action
      ? ACTION_HELP[action]
      : `The body depends on the action: ${CASE_ACTIONS.map((a) => `\`${a}\` → ${inputName(a)}`).join(', ')}. Unknown fields are refused (422).`,
    parameters: action ? [numberParam] : [numberParam, { name: 'action', in: 'path', required: true, schema: ref('Action') }],
    requestBody: { required: false, content: { 'application/json': { schema: body } } },
    responses: {
      200: json(ref('Case'), 'The updated case.'),
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      409: R[409],
      413: R[413],
      415: R[415],
      422: R[422],
      500: R[500],
      503: R[503],
    },
  };
}
