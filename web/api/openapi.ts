// The OpenAPI 3.1 description of the JSON API, built from the same zod schemas that validate the
// requests (domain/case-actions, domain/request-forms), so the document cannot drift from validation.
import { z } from 'zod';
import { ACTION_INPUTS } from '../../domain/case-actions.js';
import { CASE_ACTIONS, type CaseAction } from '../../domain/case-states.js';
import { requestSchema } from '../../domain/request-forms.js';
import { CASE_STATUSES, CASE_TYPES, CHANNELS, ROLES, type CaseType } from '../../domain/types.js';
import { API_TOKEN_HOURS } from '../../services/sign-in.js';
import { inboundMailSchema } from '../../services/mail-intake.js';
import { messageOperation, searchAndMessageSchemas } from './openapi-messages.js';
import { SEARCH_CANDIDATES } from '../../services/search-candidates.js';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const bool: Schema = { type: 'boolean' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties), extra: Schema = {}): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
});

/** A zod schema as a JSON Schema fragment for this document (no `$schema` of its own). */
function fromZod(schema: z.ZodType, io: 'input' | 'output'): Schema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Schema;
  return rest;
}

/** What each action does, for the reader of the document. */
const ACTION_HELP: Record<CaseAction, string> = {
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

const inputName = (a: CaseAction) =>
  `${a
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Input`;
const typeName = (t: CaseType) =>
  `${t
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Request`;

const BILLING_KINDS = ['time', 'estimation_fee', 'estimation_credit', 'quote_price', 'training'] as const;
const WAITING_ON = ['desk', 'customer', 'approver', 'desk_manager'] as const;
const DEADLINE_KINDS = [
  'response_warning',
  'response_due',
  'waiting_reminder',
  'waiting_close',
  'training_lapse',
  'quote_reminder',
  'quote_expiry',
  'auto_close',
] as const;

function schemas(): Record<string, Schema> {
  const out: Record<string, Schema> = {
    Error: obj(
      {
        error: { type: 'string', description: 'What went wrong, in English.' },
        reference: { type: 'string', description: 'Quote this to support (500 only).' },
      },
      ['error'],
    ),
    ValidationErrors: obj({
      errors: {
        type: 'object',
        description: 'Field → English message. Type-specific request fields are reported as `fields.<name>`; a body that is not an object as `body`.',
        additionalProperties: { type: 'string' },
        minProperties: 1,
      },
    }),
    Token: obj({ token: { type: 'string', description: `Send as \`Authorization: Bearer <token>\`; valid ${API_TOKEN_HOURS} hours.` }, expiresAt: dateTime }),
    TokenRequest: obj({ email: { type: 'string', format: 'email' }, password: { type: 'string' } }),
    CaseType: { type: 'string', enum: [...CASE_TYPES] },
    CaseStatus: { type: 'string', enum: [...CASE_STATUSES] },
    Channel: { type: 'string', enum: [...CHANNELS] },
    Role: { type: 'string', enum: [...ROLES] },
    Action: { type: 'string', enum: [...CASE_ACTIONS] },
    WaitingOn: { type: 'string', enum: [...WAITING_ON] },
    BillingLineKind: { type: 'string', enum: [...BILLING_KINDS] },
    CompanyRef: obj({ id: str, name: str }),
    PersonRef: obj({ id: int, name: str, email: str }),
    Me: obj({ id: int, email: str, name: str, role: ref('Role'), company: nullable(ref('CompanyRef')), canApprove: bool }),
    BillingLine: obj({
      kind: ref('BillingLineKind'),
      minutes: int,
      amountOre: { type: 'integer', description: 'Amount in øre (DKK × 100); the estimation credit is negative.' },
      text: str,
    }),
    TimelineItem: obj(
      {
        at: dateTime,
        kind: { type: 'string', description: 'The action (e.g. `acknowledge`), a process event (e.g. `received`, `quote_expiry`), `message` or `note`.' },
        actor: nullable(obj({ name: str, role: str })),
        text: nullable(str),
        internal: { type: 'boolean', description: 'Desk-only entries; shown to staff only.' },
        data: { type: 'object', description: 'Details of the event (e.g. minutes logged, the quote price).' },
        attachmentIds: { type: 'array', items: int, description: 'The files added with this entry (ids in `attachments`).' },
      },
      ['at', 'kind', 'actor', 'text', 'internal'],
    ),
    Quote: obj({
      estimationMinutes: int,
      hours: { type: 'number' },
      priceOre: int,
      validWorkingDays: int,
      released: bool,
      outcome: { type: 'string', enum: ['pending', 'accepted', 'rejected', 'expired'] },
    }),
    RoughEstimate: obj({ hours: { type: 'number' }, text: str }),
    TrainingOffer: obj({ hours: { type: 'number' }, outcome: { type: 'string', enum: ['offered', 'accepted', 'declined', 'lapsed'] } }),
    Deadline: obj({ kind: { type: 'string', enum: [...DEADLINE_KINDS] }, at: dateTime }),
    Attachment: obj({ id: int, filename: str, contentType: str, size: int, internal: bool, createdAt: dateTime }),
  };

  const summary: Record<string, Schema> = {
    number: int,
    type: ref('CaseType'),
    status: ref('CaseStatus'),
    channel: ref('Channel'),
    company: ref('CompanyRef'),
    contact: ref('PersonRef'),
    title: str,
    receivedAt: dateTime,
    responseDueAt: { ...nullable(dateTime), description: 'First-response due time (8 working hours after receipt); null once responded or while paused.' },
    slaBreached: bool,
    waitingOn: nullable(ref('WaitingOn')),
    billable: { type: 'boolean', description: "Whether the case's time is billed under the company's agreement." },
  };
  out.CaseSummary = obj({ ...summary, search: { ...ref('SearchResult'), description: 'With `q`: how the case matched.' } }, Object.keys(summary));
  Object.assign(out, searchAndMessageSchemas());
  out.Case = obj({
    ...summary,
    description: str,
    fields: { type: 'object', description: "The request type's own fields (see the *Request schemas)." },
    owner: nullable(obj({ id: int, name: str })),
    respondedAt: nullable(dateTime),
    coverageReason: { ...nullable(str), description: 'Why the case is free or billed, in English; null until the process has judged it.' },
    loggedMinutes: int,
    nextDeadline: nullable(ref('Deadline')),
    reopenUntil: nullable(dateTime),
    closedAt: nullable(dateTime),
    quote: nullable(ref('Quote')),
    roughEstimate: nullable(ref('RoughEstimate')),
    training: nullable(ref('TrainingOffer')),
    splitFrom: nullable(int),
    splitInto: { type: 'array', items: int },
    allowedActions: { type: 'array', items: ref('Action'), description: 'What the caller may do now (POST /cases/{number}/actions/{action}).' },
    timeline: { type: 'array', items: ref('TimelineItem') },
    billingLines: { type: 'array', items: ref('BillingLine'), description: 'Written once, when the case closes.' },
    attachments: { type: 'array', items: ref('Attachment') },
  });
  out.CasePage = obj(
    {
      items: { type: 'array', items: ref('CaseSummary') },
      page: int,
      pageSize: int,
      total: int,
      capped: {
        type: 'boolean',
        description: `With \`q\`: true when more cases match the words than a search ranks (the ${SEARCH_CANDIDATES} newest within the filters); \`total\` counts the ranked ones.`,
      },
    },
    ['items', 'page', 'pageSize', 'total'],
  );

  for (const type of CASE_TYPES) {
    const form = fromZod(requestSchema(type, 'api'), 'output') as { properties: Record<string, Schema> };
    const { title, description, ...fields } = form.properties;
    out[typeName(type)] = obj(
      {
        type: { const: type },
        title: title!,
        description: description!,
        fields: { type: 'object', properties: fields, additionalProperties: false },
        contactEmail: { type: 'string', format: 'email', description: 'Staff only: the support contact the request is registered for.' },
        channel: { type: 'string', enum: ['portal', 'phone', 'mail'], description: 'Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.' },
      },
      ['type', 'title', 'description'],
    );
  }
  out.NewCase = { oneOf: CASE_TYPES.map((t) => ref(typeName(t))) };
  for (const action of CASE_ACTIONS) out[inputName(action)] = { ...fromZod(ACTION_INPUTS[action], 'input'), description: ACTION_HELP[action] };
  out.InboundMail = { ...fromZod(inboundMailSchema, 'input'), description: 'A received e-mail: sender address, subject and plain-text body.' };
  out.MailOutcome = {
    type: 'object',
    properties: {
      outcome: { type: 'string', enum: ['case_created', 'reply_added', 'rejected'] },
      reason: { type: 'string', enum: ['unknown_sender', 'not_a_contact'], description: 'Why a mail was rejected.' },
      case: ref('Case'),
    },
    required: ['outcome'],
    additionalProperties: false,
  };
  return out;
}

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const R = {
  400: error('The body is not valid JSON.'),
  401: { ...error('Missing, invalid or expired bearer token.'), headers: { 'WWW-Authenticate': { schema: str } } },
  403: error('Your role may not do this.'),
  404: error('No such case (or not one you may see), or no such action.'),
  409: error("The move is not allowed in the case's current state; the case is unchanged."),
  413: error('The body is larger than 100 kB.'),
  415: error('The body is not JSON.'),
  422: json(ref('ValidationErrors'), 'Invalid input.'),
  429: error('Too many failed attempts; wait and try again.'),
  500: error('Unexpected failure (logged with the reference).'),
  503: error('The case process (Temporal) is not reachable right now.'),
};
/** What a POST with a JSON body may answer besides its success. */
const POSTED_ERRORS = { 400: R[400], 401: R[401], 403: R[403], 413: R[413], 415: R[415], 422: R[422], 500: R[500], 503: R[503] };
const numberParam = { name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: 'The case number.' };

function actionOperation(action: CaseAction | null): Schema {
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

const csv = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  schema: { type: 'array', items: { type: 'string', enum: [...values] } },
  description,
});
const flagParam = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['true', 'false', '1', '0', ''] },
  description,
});

function paths(): Record<string, Schema> {
  const p: Record<string, Schema> = {
    '/tokens': {
      post: {
        operationId: 'createToken',
        tags: ['auth'],
        summary: 'Exchange e-mail and password for a bearer token',
        security: [],
        requestBody: { required: true, content: { 'application/json': { schema: ref('TokenRequest') } } },
        responses: {
          201: json(ref('Token'), 'A new token.'),
          400: R[400],
          401: error('Wrong e-mail address or password.'),
          413: R[413],
          415: R[415],
          422: R[422],
          429: R[429],
          500: R[500],
        },
      },
    },
    '/me': {
      get: {
        operationId: 'me',
        tags: ['auth'],
        summary: 'Who the token belongs to',
        responses: { 200: json(ref('Me'), 'The signed-in person.'), 401: R[401], 500: R[500] },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        tags: ['meta'],
        summary: 'This document',
        security: [],
        responses: { 200: json({ type: 'object' }, 'The OpenAPI 3.1 document.') },
      },
    },
    '/cases': {
      get: {
        operationId: 'listCases',
        tags: ['cases'],
        summary: 'Cases you may see, in SLA queue order (earliest first-response due first)',
        description:
          "Contacts see their own company's cases; price approvers only cases with a released quote or a training offer; staff see all, and may filter by company.",
        parameters: [
          csv('status', CASE_STATUSES, 'Comma-separated statuses.'),
          csv('type', CASE_TYPES, 'Comma-separated types.'),
          {
            name: 'company',
            in: 'query',
            required: false,
            schema: { type: 'string', maxLength: 60 },
            description: 'Company id (staff only; ignored for customers).',
          },
          flagParam('breached', 'Only cases whose first-response deadline was breached (true) or not (false).'),
          flagParam('open', 'Only open (true) or only closed/withdrawn (false) cases.'),
          flagParam('mine', 'Staff: only cases you hold or registered.'),
          flagParam('unassigned', 'Staff: only cases nobody owns (true), or only owned ones (false).'),
          {
            name: 'q',
            in: 'query',
            required: false,
            schema: { type: 'string', maxLength: 200 },
            description: `Full-text search (Danish and English stemming; web-search syntax: "a phrase", or, -word) over the title, description and messages — for staff also internal notes and attachment names; \`#1042\` (or \`1042\`) also matches that case number. The newest ${SEARCH_CANDIDATES} matches within the other filters are ranked (ts_rank, best first; see \`capped\`) and each item carries \`search\`.`,
          },
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
          { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: { 200: json(ref('CasePage'), 'One page of cases.'), 401: R[401], 422: R[422], 500: R[500] },
      },
      post: {
        operationId: 'createCase',
        tags: ['cases'],
        summary: 'File a request',
        description:
          'A support contact files for their own company (channel portal). An agent or desk manager registers a phone or mail request on behalf of a contact with `contactEmail` and `channel`. Price approvers may not file requests (403).',
        requestBody: { required: true, content: { 'application/json': { schema: ref('NewCase') } } },
        responses: {
          201: { ...json(ref('Case'), 'The new case (status `received`, first-response due time and coverage set).'), headers: { Location: { schema: str } } },
          ...POSTED_ERRORS,
        },
      },
    },
    '/cases/{number}': {
      get: {
        operationId: 'getCase',
        tags: ['cases'],
        summary: 'One case with its timeline, billing lines and the actions you may take',
        parameters: [numberParam],
        responses: { 200: json(ref('Case'), 'The case.'), 401: R[401], 404: R[404], 500: R[500] },
      },
    },
    '/cases/{number}/actions/{action}': { post: actionOperation(null) },
  };
  for (const action of CASE_ACTIONS) p[`/cases/{number}/actions/${action}`] = { post: actionOperation(action) };
  p['/cases/{number}/messages'] = { post: messageOperation(numberParam) };
  p['/inbound-mail'] = {
    post: {
      operationId: 'inboundMail',
      tags: ['mail'],
      summary: 'Hand over a received e-mail (the mail gateway; staff token)',
      description:
        'A mail from an active support contact becomes a case on the mail channel (201), or — with "[#<number>]" of an open case of their company in the subject — a reply on that case (200). A mail from anyone else does not become a case: it is logged for the desk and the sender is answered with their company\'s support contacts (200, outcome `rejected`).',
      requestBody: { required: true, content: { 'application/json': { schema: ref('InboundMail') } } },
      responses: {
        200: json(ref('MailOutcome'), 'A reply added to a case, or the mail was rejected.'),
        201: json(ref('MailOutcome'), 'A new case.'),
        ...POSTED_ERRORS,
      },
    },
  };
  return p;
}

let built: Schema | null = null;

export function openApiDocument(): Schema {
  built ??= {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Service desk case engine API',
      version: '1.0.0',
      description:
        "File requests, follow cases and take decisions on them — the same rules, roles and company boundaries as the portal and desk pages. Another company's case is 404. Times are ISO 8601 in UTC; amounts are integer øre.",
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
    tags: [{ name: 'auth' }, { name: 'cases' }, { name: 'mail' }, { name: 'meta' }],
    paths: paths(),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from POST /tokens.' } },
      schemas: schemas(),
    },
  };
  return built;
}
