// The OpenAPI parts built from the zod schemas that validate requests: a zod schema as JSON Schema,
// each request type's body (its own fields from domain/request-forms), and the inbound mail operation's.
import { z } from 'zod';
import { requestSchema } from '../../../domain/request-forms.js';
import { CASE_TYPES, type CaseType } from '../../../domain/types.js';
import { inboundMailSchema } from '../../../services/mail/intake.js';
import { obj, ref, type Schema } from './parts.js';

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
  return out;
}

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
