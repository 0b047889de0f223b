// The document cannot drift from the server: for every request body the server validates with a
// schema of its own, a body sampled from the document (every property filled in) is accepted, and
// each property the server requires the document requires — and no other (test/support/contract-drift.ts).
// A deliberate drift — a field required by the server only, or a document that forgets one — is caught.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from '../../../web/api/openapi/document.js';
import { inputName } from '../../../web/api/openapi/actions.js';
import { CASE_ACTIONS, parseActionInput, type CaseAction } from '../../../domain/actions/index.js';
import { requestSchema } from '../../../domain/request-forms.js';
import { issuesToFieldErrors } from '../../../domain/validation.js';
import { CASE_TYPES, type CaseType } from '../../../domain/types.js';
import { inboundMailSchema } from '../../../services/mail/intake.js';
import { closedDayInput } from '../../../services/calendar/admin.js';
import { tokenRequest } from '../../../web/api/tokens.js';
import { Refusal } from '../../../services/errors.js';
import { driftProblems, type Validate } from '../../support/contract-drift.js';

const byZod =
  (schema: z.ZodType): Validate =>
  (body) => {
    const r = schema.safeParse(body);
    return r.success ? null : issuesToFieldErrors(r.error.issues);
  };

const byAction =
  (action: CaseAction): Validate =>
  (body) => {
    const r = parseActionInput(action, body);
    return r.ok ? null : r.errors;
  };

/** POST /cases as web/api/cases.ts reads it: the type's fields beside title and description (the rest is the service's, with the database). */
const byRequest =
  (type: CaseType): Validate =>
  (body) => {
    const b = body as Record<string, unknown>;
    if (b.type !== type) return { type: 'invalid_choice' };
    return byZod(requestSchema(type, 'api'))({ ...((b.fields as object) ?? {}), title: b.title, description: b.description });
  };

const byThrowing =
  (read: (body: Record<string, unknown>) => unknown): Validate =>
  (body) => {
    try {
      read(body as Record<string, unknown>);
      return null;
    } catch (err) {
      if (err instanceof Refusal && err.kind === 'invalid') return err.fieldErrors;
      throw err;
    }
  };

const requestName = (t: CaseType) =>
  `${t
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}Request`;

/** Every request body the server validates by a schema of its own, by the document's component name. */
const VALIDATORS: Record<string, Validate> = {
  ...Object.fromEntries(CASE_ACTIONS.map((a) => [inputName(a), byAction(a)])),
  ...Object.fromEntries(CASE_TYPES.map((t) => [requestName(t), byRequest(t)])),
  InboundMail: byZod(inboundMailSchema),
  NewClosedDay: byZod(closedDayInput),
  TokenRequest: byThrowing(tokenRequest),
};

describe('the API document and the server agree on what a request needs', () => {
  const doc = openApiDocument() as Record<string, any>;

  for (const [name, validate] of Object.entries(VALIDATORS)) {
    it(`${name}`, () => {
      expect(doc.components.schemas[name], `${name} is in the document`).toBeDefined();
      expect(driftProblems(doc, name, validate)).toEqual([]);
    });
  }

  it('a field the server requires and the document does not is a failure (a deliberate drift)', () => {
    // The server's log-time made to require `note` too, the document unchanged.
    const serverOnly = byZod(z.object({ minutes: z.number().int().min(1), note: z.string() }).strict());
    expect(driftProblems(doc, 'LogTimeInput', serverOnly)).toEqual(['LogTimeInput: `note` is required by the server only']);
    // The document made to forget that a course booking needs its period (the bug this issue began with).
    const forgetful = structuredClone(doc);
    const fields = forgetful.components.schemas.CourseBookingRequest.properties.fields;
    fields.required = fields.required.filter((f: string) => f !== 'period');
    expect(driftProblems(forgetful, 'CourseBookingRequest', byRequest('course_booking'))).toEqual([
      'CourseBookingRequest: `fields.period` is required by the server only',
    ]);
  });

  it('a nested required field, a required body and an Idempotency-Key are stated where they apply', () => {
    expect(doc.components.schemas.ConsultancyRequest.properties.fields.required).toEqual(['goal', 'period']);
    expect(doc.components.schemas.CourseBookingRequest.required).toContain('fields');
    const ack = doc.paths['/cases/{number}/actions/acknowledge'].post;
    expect(ack.requestBody.required).toBe(true);
    expect(doc.paths['/cases/{number}/actions/close'].post.requestBody.required).toBe(false);
    expect(ack.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
    expect(Object.keys(ack.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '415', '422', '500', '503']));
  });
});
