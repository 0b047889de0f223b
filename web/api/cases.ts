// Cases through the JSON API: list, read, file and decide. Thin handlers over the same service
// functions the pages call (fileCase, listCases, caseDetails, actOnCase).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import type { Person } from '../../services/people/people.js';
import { fileCase } from '../../services/cases/intake.js';
import { listCases, parseCaseFilter } from '../../services/cases/list.js';
import { caseDetails, detailsAfterDecision } from '../../services/cases/details.js';
import { actOnCase } from '../../services/cases/actions.js';
import { Refusal, invalid } from '../../services/errors.js';
import { isStaff } from '../../services/people/people.js';
import { caseDocument, caseSummary } from './case-document.js';
import { searchResult } from './search-result.js';
import { bodyObject, caseNumberParam, requireJsonBody } from './input.js';
import { expectedVersionOf, sendCaseDocument } from './versions.js';

/** Keys of POST /cases; everything else in the body is refused. */
const NEW_CASE_KEYS = new Set(['type', 'title', 'description', 'fields', 'contactEmail', 'channel']);
/** Errors on these keep their name; the type's own fields are reported as `fields.<name>`. */
const TOP_LEVEL = new Set(['type', 'title', 'description', 'contactEmail', 'channel', '_']);

function newCaseInput(person: Person, body: Record<string, unknown>) {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(body)) if (!NEW_CASE_KEYS.has(key)) errors[key] = 'unknown_field';
  const fields = body.fields ?? {};
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) errors.fields = 'invalid';
  else for (const key of ['title', 'description']) if (key in fields) errors[`fields.${key}`] = 'unknown_field';
  // A contact files for themselves; naming anyone else is a mistake, not something to ignore.
  if (
    !isStaff(person) &&
    body.contactEmail !== undefined &&
    (typeof body.contactEmail !== 'string' || body.contactEmail.trim().toLowerCase() !== person.email)
  ) {
    errors.contactEmail = 'invalid';
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return {
    type: body.type,
    values: { ...(fields as Record<string, unknown>), title: body.title, description: body.description },
    contactEmail: isStaff(person) ? body.contactEmail : undefined,
    channel: body.channel,
    mode: 'api' as const,
  };
}

function withFieldPrefix(err: unknown): unknown {
  if (!(err instanceof Refusal) || err.kind !== 'invalid') return err;
  const mapped: Record<string, string> = {};
  for (const [key, message] of Object.entries(err.fieldErrors)) mapped[TOP_LEVEL.has(key) ? key : `fields.${key}`] = message;
  return invalid(mapped);
}

/** The list filter; a bad value in a comma-separated list is reported on the parameter itself. */
function caseFilter(query: unknown) {
  try {
    return parseCaseFilter(query);
  } catch (err) {
    if (!(err instanceof Refusal) || err.kind !== 'invalid') throw err;
    const errors: Record<string, string> = {};
    for (const [key, message] of Object.entries(err.fieldErrors)) errors[key.replace(/\.\d+$/, '')] ??= message;
    throw invalid(errors);
  }
}

export function caseRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();

  r.get('/cases', bearer, async (req, res) => {
    const page = await listCases(s, req.person!, caseFilter(req.query), 'queue');
    const items = page.items.map((r) => {
      const hit = page.hits?.get(r.number);
      return hit ? { ...caseSummary(r), search: searchResult(hit) } : caseSummary(r);
    });
    res.json({ items, page: page.page, pageSize: page.pageSize, total: page.total, ...(page.capped === undefined ? {} : { capped: page.capped }) });
  });

  r.post('/cases', bearer, requireJsonBody, async (req, res) => {
    const person = req.person!;
    const body = bodyObject(req);
    // Price approvers may not file at all: the service says so (403) before any shape check of the body.
    const input = person.role === 'approver' ? { type: body.type, values: {}, mode: 'api' as const } : newCaseInput(person, body);
    const record = await fileCase(s, person, input).catch((err: unknown) => {
      throw withFieldPrefix(err);
    });
    // The case's first state came back with its start (Update-With-Start): no read-back of the case row.
    const details = await detailsAfterDecision(s, person, record, record.view!);
    res.status(201).location(`${req.baseUrl}/cases/${record.number}`).json(caseDocument(details, person));
  });

  r.get('/cases/:number', bearer, async (req, res) => {
    const details = await caseDetails(s, req.person!, caseNumberParam(req.params.number));
    sendCaseDocument(res, details.record.version, caseDocument(details, req.person!));
  });

  r.post('/cases/:number/actions/:action', bearer, requireJsonBody, async (req, res) => {
    const person = req.person!;
    const number = caseNumberParam(req.params.number);
    const expectedVersion = expectedVersionOf(req);
    const { record, view } = await actOnCase(s, person, number, String(req.params.action), bodyObject(req), { expectedVersion });
    sendCaseDocument(res, view.version, caseDocument(await detailsAfterDecision(s, person, record, view), person));
  });

  return r;
}
