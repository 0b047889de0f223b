// The OpenAPI parts of the desk calendar: its closed days, added and removed by desk managers.
import { POSTED_ERRORS, R, json, obj, ref, str, withRules, type Schema } from './parts.js';
import { closedDayInput } from '../../../services/calendar/admin.js';
import { fromZod } from './requests.js';
import { idempotent } from './tokens.js';

const date: Schema = { type: 'string', format: 'date', description: 'A day in the desk’s time zone, YYYY-MM-DD.' };

export function calendarSchemas(): Record<string, Schema> {
  return {
    ClosedDay: obj({ date, name: { ...str, maxLength: 100 } }),
    NewClosedDay: { ...fromZod(closedDayInput, 'input'), description: 'A day to close the desk on, today or later, with the name shown for it.' },
    ClosedDayList: obj({ items: { type: 'array', items: ref('ClosedDay') } }),
  };
}

export function calendarPaths(): Record<string, Schema> {
  return {
    '/calendar/closed-days': {
      get: {
        operationId: 'listClosedDays',
        tags: ['calendar'],
        summary: 'The extra closed days desk managers added (holidays and weekends come from the configuration)',
        responses: { 200: json(ref('ClosedDayList'), 'The closed days, by date.'), 401: R[401], 500: R[500] },
      },
      post: idempotent(
        withRules(
          {
            operationId: 'addClosedDay',
            tags: ['calendar'],
            summary: 'Desk manager: close the desk on a day (today or later)',
            description:
              'Running cases adopt the changed calendar within seconds and recount their deadlines in working time; each case whose deadline moved says so on its timeline. A day in the past or one the desk is already closed is refused (422).',
            requestBody: { required: true, content: { 'application/json': { schema: ref('NewClosedDay') } } },
            responses: { 201: json(ref('ClosedDay'), 'The closed day.'), ...POSTED_ERRORS },
          },
          { date: ['in_the_past', 'already_closed'] },
        ),
      ),
    },
    '/calendar/closed-days/{date}': {
      delete: {
        operationId: 'removeClosedDay',
        tags: ['calendar'],
        summary: 'Desk manager: open the desk again on a closed day that is not in the past',
        parameters: [{ name: 'date', in: 'path', required: true, schema: date }],
        responses: { 204: { description: 'Removed; running cases follow.' }, 401: R[401], 403: R[403], 404: R[404], 409: R[409], 500: R[500] },
      },
    },
  };
}
