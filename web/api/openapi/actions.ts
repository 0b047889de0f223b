// The OpenAPI parts of case actions: what each action does, and its operation
// (POST /cases/{number}/actions/{action}) with its input schema by name.
import { CASE_ACTIONS, type CaseAction } from '../../../domain/actions/index.js';
import { translator } from '../../../i18n/index.js';
import { R, json, ref, withRules, type Schema } from './parts.js';

/** What each action does, for the reader of the document (rules:help in the translation files). */
export const actionHelp = (a: CaseAction) => translator('en')(`rules:help.${a}`);

export const inputName = (a: CaseAction) =>
  `${a
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Input`;
export const numberParam = {
  name: 'number',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
  description: 'The case number.',
};

/** OpenAPI links from an answer carrying a new case (its `number`) to reading it and acting on it. */
export function caseLinks(number = '$response.body#/number'): Schema {
  const link = (operationId: string) => ({ operationId, parameters: { number } });
  return {
    getCase: link('getCase'),
    addMessage: link('addMessage'),
    ...Object.fromEntries(CASE_ACTIONS.map((a) => [operationIdOf(a), link(operationIdOf(a))])),
  };
}

const operationIdOf = (a: CaseAction) => `case_${a.replaceAll('-', '_')}`;

/** What a well-formed input may still be refused for, by action: the person it names, an order's pricing. */
const ACTION_RULES: Partial<Record<CaseAction, Record<string, readonly string[]>>> = {
  assign: { to: ['not_staff'] },
  'record-contact-agreement': { contact: ['not_a_contact'] },
  // Followers (issue 20): a colleague of the case's company (active support contact or price approver), not yet / already following.
  'add-follower': { email: ['not_a_colleague', 'already_following'] },
  'remove-follower': { email: ['not_a_colleague', 'not_following'] },
  offer: { priceOre: ['price_or_hours'], hours: ['price_or_hours', 'required'], rateOre: ['price_or_hours'] },
};

function rulesOf(action: CaseAction | null): Record<string, readonly string[]> {
  const all: Record<string, string[]> = {};
  for (const a of action ? [action] : CASE_ACTIONS)
    for (const [field, keys] of Object.entries(ACTION_RULES[a] ?? {})) all[field] = [...(all[field] ?? []), ...keys];
  return all;
}

export function actionOperation(action: CaseAction | null): Schema {
  // The shared path judges its body by the action it names, which no schema can tie to the path: any
  // field of a body meant for another action may be refused. Each action's own path is exact.
  const rules = action ? rulesOf(action) : { '*': ['*'] };
  const operation = baseOperation(action);
  return Object.keys(rules).length ? withRules(operation, rules) : operation;
}

function baseOperation(action: CaseAction | null): Schema {
  const body = action ? ref(inputName(action)) : { anyOf: CASE_ACTIONS.map((a) => ref(inputName(a))) };
  return {
    operationId: action ? operationIdOf(action) : 'caseAction',
    tags: ['cases'],
    summary: action ? `${action}` : 'Take a decision on a case',
    description: action
      ? actionHelp(action)
      : `The body depends on the action: ${CASE_ACTIONS.map((a) => `\`${a}\` → ${inputName(a)}`).join(', ')}. It is judged by the action in the path (a field of another action's input is refused, 422); each action's own path (/cases/{number}/actions/<action>) states its body exactly.`,
    parameters: action ? [numberParam] : [numberParam, { name: 'action', in: 'path', required: true, schema: ref('Action') }],
    requestBody: { content: { 'application/json': { schema: body } } },
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
