// The OpenAPI parts of case actions: what each action does, and its operation
// (POST /cases/{number}/actions/{action}) with its input schema by name.
import { CASE_ACTIONS, type CaseAction } from '../../../domain/actions/index.js';
import { translator } from '../../../i18n/index.js';
import { R, json, ref, type Schema } from './parts.js';
import { R412, ifMatchParam } from './everyday.js';

/** What each action does, for the reader of the document (rules:help in the translation files). */
export const actionHelp = (a: CaseAction) => translator('en')(`rules:help.${a}`);

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
      ? actionHelp(action)
      : `The body depends on the action: ${CASE_ACTIONS.map((a) => `\`${a}\` → ${inputName(a)}`).join(', ')}. Unknown fields are refused (422).`,
    parameters: action ? [numberParam, ifMatchParam] : [numberParam, { name: 'action', in: 'path', required: true, schema: ref('Action') }, ifMatchParam],
    requestBody: { required: false, content: { 'application/json': { schema: body } } },
    responses: {
      200: { ...json(ref('Case'), 'The updated case.'), headers: { ETag: { schema: { type: 'string' } } } },
      400: R[400],
      401: R[401],
      403: R[403],
      404: R[404],
      409: R[409],
      412: R412,
      413: R[413],
      415: R[415],
      422: R[422],
      500: R[500],
      503: R[503],
    },
  };
}
