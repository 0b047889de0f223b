// The OpenAPI parts built from the zod schemas that validate requests: a zod schema as JSON Schema,
// each request type's body (its own fields from domain/request-forms), and the inbound mail operation's.
import { z } from 'zod';
import { requestSchema } from '../../../domain/request-forms.js';
import { CASE_TYPES, type CaseType } from '../../../domain/types.js';
import { inboundMailSchema } from '../../../services/mail/intake.js';
import { obj, ref, type Schema } from './parts.js';
import { textPattern } from '../../../domain/text-input.js';

/** A zod schema as a JSON Schema fragment for this document (no `$schema` of its own). */
export function fromZod(schema: z.ZodType, io: 'input' | 'output'): Schema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Schema;
  return rest;
}

const typeName = (t: CaseType) =>
  `${t
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Request`;

/** One *Request schema per case type, and NewCase: one of them. */
export function requestSchemas(): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const type of CASE_TYPES) {
    const form = fromZod(requestSchema(type, 'api'), 'input') as { properties: Record<string, Schema>; required?: string[] };
    const { title, description, ...fields } = form.properties;
    const requiredFields = (form.required ?? []).filter((f) => f !== 'title' && f !== 'description');
    out[typeName(type)] = obj(
      {
        type: { const: type },
        title: title!,
        description: description!,
        fields: {
          type: 'object',
          properties: fields,
          required: requiredFields,
          additionalProperties: false,
          description: requiredFields.length ? 'The order’s own fields (required).' : 'The type’s own fields; each is checked when given.',
        },
        contactEmail: {
          type: 'string',
          format: 'email',
          pattern: textPattern(),
          description: 'Staff (required): the active support contact the request is registered for. A contact may name only themselves.',
        },
        channel: { type: 'string', enum: ['portal', 'phone', 'mail'], description: 'Staff: `phone` or `mail` (required). Contacts: `portal` or omitted.' },
      },
      ['type', 'title', 'description', ...(requiredFields.length ? ['fields'] : [])],
    );
  }
  out.NewCase = { oneOf: CASE_TYPES.map((t) => ref(typeName(t))) };
  return out;
}

/** What filing a request may be refused for besides its schema (services/cases/intake.ts, services/orders/intake.ts). */
export const NEW_CASE_RULES = {
  contactEmail: ['required', 'not_a_contact', 'invalid'],
  channel: ['required', 'invalid_choice'],
  'fields.course': ['invalid_choice'],
  'fields.email': ['email_taken'],
  'fields.replaces': ['required', 'invalid', 'not_a_contact'],
} as const;

/** A received e-mail and what became of it. */
export function mailSchemas(): Record<string, Schema> {
  return {
    InboundMail: { ...fromZod(inboundMailSchema, 'input'), description: 'A received e-mail: sender address, subject and plain-text body.' },
    MailOutcome: {
      type: 'object',
      properties: {
        outcome: { type: 'string', enum: ['case_created', 'reply_added', 'rejected', 'queued'] },
        reason: {
          type: 'string',
          enum: ['unknown_sender', 'not_a_contact', 'staff_sender', 'automatic', 'own_address', 'unreadable'],
          description: 'Why a mail was rejected.',
        },
        caseNumber: { type: 'integer', description: 'The case created or replied to.' },
        duplicate: { type: 'boolean', description: 'True when this Message-ID was handed over before: nothing was done again.' },
        case: { ...ref('Case'), description: 'The case (staff tokens only).' },
      },
      required: ['outcome'],
      additionalProperties: false,
    },
  };
}
