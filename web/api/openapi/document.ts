// The OpenAPI 3.1 description of the JSON API, built from the same zod schemas that validate the
// requests (domain/actions, domain/request-forms), so the document cannot drift from validation.
import { ACTIONS, CASE_ACTIONS } from '../../../domain/actions/index.js';
import { CASE_STATUSES, CASE_TYPES, CHANNELS, ROLES } from '../../../domain/types.js';
import { POSTED_ERRORS, R, VALIDATION_ERRORS, bool, dateTime, int, json, nullable, obj, ref, str, withRules, type Schema } from './parts.js';
import { completePaths, exactPatterns } from './complete.js';
import { idempotent, tokenPaths, tokenSchemas } from './tokens.js';
import { secondFactorPaths, secondFactorSchemas } from './second-factor.js';
import { calendarPaths, calendarSchemas } from './calendar.js';
import { NEW_CASE_RULES, fromZod, mailSchemas, requestSchemas } from './requests.js';
import { billingPaths, billingSchemas, orderSchemas } from './billing.js';
import { invoicePaths, invoiceSchemas } from './invoices.js';
import { BILLING_LINE_KINDS } from '../../../domain/billing.js';
import { competencePaths, competenceSchemas } from './competence.js';
import { privacyPaths, privacySchemas } from './privacy.js';
import { knowledgePaths, knowledgeSchemas } from './knowledge.js';
import { offerSchemas } from './offers.js';
import { actionHelp, actionOperation, caseLinks, inputName, numberParam } from './actions.js';
import { messageOperation, searchAndMessageSchemas } from './messages.js';
import { timelinePaths, timelineSchemas } from './timeline.js';
import { SEARCH_CANDIDATES } from '../../../services/cases/search/candidates.js';
import { everydayCaseProperties, everydayPaths, everydaySchemas, getCaseOperation } from './everyday.js';
import { listCasesOperation } from './case-list.js';

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
  'offer_reminder',
  'offer_expiry',
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
    ValidationErrors: VALIDATION_ERRORS,
    ...tokenSchemas(),
    ...secondFactorSchemas(),
    ...calendarSchemas(),
    ...billingSchemas(),
    ...invoiceSchemas(),
    ...orderSchemas(),
    ...competenceSchemas(),
    ...privacySchemas(),
    ...knowledgeSchemas(),
    ...everydaySchemas(),
    CaseType: { type: 'string', enum: [...CASE_TYPES] },
    CaseStatus: { type: 'string', enum: [...CASE_STATUSES] },
    Channel: { type: 'string', enum: [...CHANNELS] },
    Role: { type: 'string', enum: [...ROLES] },
    Action: { type: 'string', enum: [...CASE_ACTIONS] },
    WaitingOn: { type: 'string', enum: [...WAITING_ON] },
    BillingLineKind: { type: 'string', enum: [...BILLING_LINE_KINDS] },
    CompanyRef: obj({ id: str, name: str }),
    PersonRef: obj({ id: int, name: str, email: str }),
    Me: obj({ id: int, email: str, name: str, firstName: str, lastName: str, role: ref('Role'), company: nullable(ref('CompanyRef')), canApprove: bool }),
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
    ...offerSchemas(),
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
  Object.assign(out, searchAndMessageSchemas(), timelineSchemas());
  out.Case = obj({
    ...summary,
    description: str,
    fields: { type: 'object', description: "The request type's own fields (see the *Request schemas)." },
    owner: {
      ...nullable(obj({ id: int, name: str, email: str })),
      description: 'The agent handling the case (take, assign, unassign); null while unassigned.',
    },
    respondedAt: nullable(dateTime),
    coverageReason: { ...nullable(str), description: 'Why the case is free or billed, in English; null until the process has judged it.' },
    loggedMinutes: int,
    nextDeadline: nullable(ref('Deadline')),
    reopenUntil: nullable(dateTime),
    closedAt: nullable(dateTime),
    quote: nullable(ref('Quote')),
    roughEstimate: nullable(ref('RoughEstimate')),
    training: nullable(ref('TrainingOffer')),
    order: {
      ...nullable(ref('Order')),
      description: "An order's offer and delivery (course bookings, consultancy and support-contact orders); null for other types.",
    },
    splitFrom: nullable(int),
    splitInto: { type: 'array', items: int },
    ...everydayCaseProperties(),
    allowedActions: { type: 'array', items: ref('Action'), description: 'What the caller may do now (POST /cases/{number}/actions/{action}).' },
    timeline: {
      type: 'array',
      items: ref('TimelineItem'),
      description: 'The newest 100 entries, oldest first; `GET /cases/{number}/timeline` pages back through the rest.',
    },
    timelineTotal: { type: 'integer', minimum: 0, description: 'How many timeline entries you may see on this case in all.' },
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

  Object.assign(out, requestSchemas());
  for (const action of CASE_ACTIONS) out[inputName(action)] = { ...fromZod(ACTIONS[action].input, 'input'), description: actionHelp(action) };
  Object.assign(out, mailSchemas());
  return out;
}

function paths(): Record<string, Schema> {
  const p: Record<string, Schema> = {
    ...tokenPaths(),
    ...secondFactorPaths(),
    ...calendarPaths(),
    ...billingPaths(),
    ...invoicePaths(),
    ...competencePaths(),
    ...privacyPaths(),
    ...knowledgePaths(),
    ...everydayPaths(),
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
      get: listCasesOperation(),
      post: idempotent(
        withRules(
          {
            operationId: 'createCase',
            tags: ['cases'],
            summary: 'File a request',
            description:
              'A support contact files for their own company (channel portal). An agent or desk manager registers a phone or mail request on behalf of a contact with `contactEmail` and `channel`. Price approvers may not file requests (403).',
            requestBody: { required: true, content: { 'application/json': { schema: ref('NewCase') } } },
            responses: {
              201: {
                ...json(ref('Case'), 'The new case (status `received`, first-response due time and coverage set).'),
                headers: { Location: { schema: str } },
                links: caseLinks(),
              },
              ...POSTED_ERRORS,
            },
          },
          NEW_CASE_RULES,
        ),
      ),
    },
    '/cases/{number}': { get: getCaseOperation(numberParam) },
    '/cases/{number}/actions/{action}': { post: idempotent(actionOperation(null)) },
  };
  for (const action of CASE_ACTIONS) p[`/cases/{number}/actions/${action}`] = { post: idempotent(actionOperation(action)) };
  p['/cases/{number}/messages'] = { post: idempotent(messageOperation(numberParam)) };
  Object.assign(p, timelinePaths(numberParam));
  p['/inbound-mail'] = {
    post: idempotent({
      operationId: 'inboundMail',
      tags: ['mail'],
      summary: 'Hand over a received e-mail (the mail gateway: MAIL_GATEWAY_TOKEN or a staff token)',
      description:
        'The raw message (`message/rfc822`, up to MAIL_MAX_BYTES) or the short JSON form. It is stored, then processed once per Message-ID: a mail from an active support contact becomes a case on the mail channel (201), or — answering a mail of the desk (In-Reply-To/References) or with "[#<number>]" of an open case of their company in the subject — a reply on that case (200). A mail from anyone else, or written by a machine (auto-reply, bounce, list), does not become a case: it is logged for the desk, and a person is answered once a day with their company\'s support contacts (200, outcome `rejected`). 202 when it is stored but could not be processed yet (it will be).',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('InboundMail') }, 'message/rfc822': { schema: { type: 'string', contentMediaType: 'message/rfc822' } } },
      },
      responses: {
        200: json(ref('MailOutcome'), 'A reply added to a case, the mail was rejected, or the mail was handed over before.'),
        201: { ...json(ref('MailOutcome'), 'A new case.'), links: caseLinks('$response.body#/caseNumber') },
        202: json(ref('MailOutcome'), 'Stored; it is processed as soon as the case process is reachable.'),
        ...POSTED_ERRORS,
      },
    }),
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
    tags: ['auth', 'cases', 'people', 'satisfaction', 'calendar', 'billing', 'competence', 'knowledge', 'mail', 'meta'].map((name) => ({ name })),
    paths: {},
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from POST /tokens.' } },
      schemas: schemas(),
    },
  };
  built.paths = completePaths(built, paths());
  return exactPatterns(built);
}
