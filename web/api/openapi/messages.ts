// The OpenAPI description of search results in the case list and of POST /cases/{number}/messages
// (JSON or multipart with files); merged into the document by document.ts.
import { personEmail } from '../../../domain/actions/fields.js';
import { attachmentLimits } from '../../../services/cases/attachments.js';
import { error, int, json, nullable, obj, ref, str, textSchema, withRules, type Schema } from './parts.js';
import { fromZod } from './requests.js';

const LIMITS = attachmentLimits();
const MB = LIMITS.maxBytes / (1024 * 1024);
const MESSAGE_MAX = 10000;
const REPLY_MAX = 5000;

export function searchAndMessageSchemas(): Record<string, Schema> {
  return {
    SearchResult: obj(
      {
        rank: { type: 'number', description: 'Relevance (PostgreSQL ts_rank; higher is better). The list is ordered by it (a typed case number first).' },
        source: {
          ...nullable({ type: 'string', enum: ['description', 'message', 'note', 'timeline', 'internal', 'attachment'] }),
          description: 'Where the best match besides the title was found; null when only the title matched.',
        },
        snippet: { ...nullable(str), description: 'Plain text around the match.' },
        highlights: {
          type: 'array',
          items: { type: 'array', items: int, minItems: 2, maxItems: 2 },
          description: 'The matching words in `snippet` as [start, end) character offsets.',
        },
      },
      ['rank', 'source', 'snippet', 'highlights'],
    ),
    NewMessage: obj(
      {
        body: { ...textSchema(MESSAGE_MAX, {}, true), description: `A support contact's reply: at most ${REPLY_MAX} characters.` },
        internal: { type: 'boolean', description: 'Staff only (required for staff): true for a desk note, false for a message to the customer.' },
        to: {
          ...fromZod(personEmail(), 'input'),
          description:
            "Staff, messages to the customer: who it is mailed to instead of the case's contact — another support contact of the company, or a person a support contact agreed the desk may contact (`record-contact-agreement`); anyone else is refused (422). A closed case takes notes only (409).",
        },
      },
      ['body'],
    ),
  };
}

export function messageOperation(numberParam: Schema): Schema {
  return withRules(operation(numberParam), {
    body: ['too_long'],
    internal: ['invalid_choice', 'unknown_field'],
    to: ['needs_agreement', 'unknown_field'],
    attachments: ['too_many_attachments', 'file_too_big', 'file_is_empty', 'file_kind', 'file_content'],
  });
}

function operation(numberParam: Schema): Schema {
  return {
    operationId: 'addMessage',
    tags: ['cases'],
    summary: 'Write on a case, with files',
    description:
      "Staff: a desk note (`internal: true`; neither it nor its files are ever shown to the customer) or a message to the customer (`internal: false`, mailed to the case's contact); `internal` is required for staff. " +
      'A support contact: their reply on the case (the `reply` action; only `body`, at most 5000 characters). Send JSON, or multipart/form-data with the fields `body` and `internal` and the files as `attachments` ' +
      `(at most ${LIMITS.maxFiles} files of ${MB} MB each in this install — ATTACHMENT_MAX_FILES, ATTACHMENT_MAX_MB; ${LIMITS.extensions.map((e) => `.${e}`).join(' ')}). ` +
      'A file is judged by its content against its extension (an executable named `.pdf` is refused; text and logs must be UTF-8 text without NUL); ' +
      'a refused file is 422 naming the file in `errors.attachments`. The files show on the timeline entry they came with.',
    parameters: [numberParam],
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: ref('NewMessage') },
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              body: textSchema(MESSAGE_MAX, {}, true),
              internal: { type: 'string', enum: ['true', 'false', 'on', 'off', '1', '0'] },
              to: fromZod(personEmail(), 'input'),
              attachments: { type: 'array', items: { type: 'string', format: 'binary' } },
            },
            required: ['body'],
            additionalProperties: false,
          },
        },
      },
    },
    responses: {
      201: json(ref('Case'), 'The case with the new timeline entry.'),
      400: error('The body could not be read.'),
      401: { ...error('Missing, invalid or expired bearer token.'), headers: { 'WWW-Authenticate': { schema: str } } },
      403: error('Your role may not do this.'),
      404: error('No such case (or not one you may see).'),
      409: error("The case's state does not allow it (e.g. a reply on a closed case)."),
      413: error('The upload is too large (more than one file over the limit, or a file over four times the size limit).'),
      415: error('The body is neither JSON nor multipart/form-data.'),
      422: json(ref('ValidationErrors'), 'Invalid input (e.g. a file of a type or size that is not allowed).'),
      500: error('Unexpected failure (logged with the reference).'),
      503: error('The case process (Temporal) is not reachable right now.'),
    },
  };
}
