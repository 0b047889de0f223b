// The OpenAPI description of a case's timeline read a page at a time (GET /cases/{number}/timeline);
// merged into the document by document.ts.
import { TIMELINE_PAGE } from '../../../services/cases/timeline-page.js';

import { error, json, ref, textSchema, withRules, type Schema } from './parts.js';

export function timelineSchemas(): Record<string, Schema> {
  return {
    TimelinePage: {
      type: 'object',
      additionalProperties: false,
      required: ['items', 'next'],
      properties: {
        items: { type: 'array', items: ref('TimelineItem'), description: 'Newest first: the oldest entry of the page is the last.' },
        next: {
          anyOf: [{ type: 'string' }, { type: 'null' }],
          description: 'Pass as `before` for the entries before this page; null when the page reaches the first entry of the case.',
        },
      },
    },
  };
}

export function timelinePaths(numberParam: Schema): Record<string, Schema> {
  return {
    '/cases/{number}/timeline': {
      get: withRules(
        {
          operationId: 'getCaseTimeline',
          tags: ['cases'],
          summary: "A case's timeline, a page at a time, newest first",
          description:
            'Process events, messages and (for staff) internal notes, newest first. `GET /cases/{number}` carries the newest 100 and `timelineTotal`; ' +
            'page back from there with `next`. Who may read it is decided as for the case: a case you may not see is 404.',
          parameters: [
            numberParam,
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: TIMELINE_PAGE.max, default: TIMELINE_PAGE.default },
              description: 'Entries per page.',
            },
            {
              name: 'before',
              in: 'query',
              required: false,
              schema: textSchema(200, { multiline: false }),
              description:
                'The `next` of the page before (an opaque cursor); leave out for the newest entries. A cursor this case did not give out is refused (422 `timeline_cursor`).',
            },
          ],
          responses: {
            200: json(ref('TimelinePage'), 'One page of the timeline.'),
            401: error('No valid bearer token.'),
            404: error('No such case, or not one you may see.'),
            422: json(ref('ValidationErrors'), '`limit` or `before` is not valid (the field is named).'),
            500: error('Unexpected error (with a reference).'),
          },
        },
        { before: ['timeline_cursor'] },
      ),
    },
  };
}
