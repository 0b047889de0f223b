// A request becomes a case: validate it, create the case row (its number), start its workflow.
// Contacts file for their own company from the portal; agents register phone and mail requests
// on behalf of a contact. The workflow id is case-<number> with USE_EXISTING, so a retry is harmless.
import type { Transaction } from 'sequelize';
import { z } from 'zod';
import { issuesToFieldErrors } from '../../domain/validation.js';
import { requestSchema, toRequestContent } from '../../domain/request-forms.js';
import { CASE_TYPES, type CaseType, type Channel } from '../../domain/types.js';
import type { Person } from '../../db/models/person.js';
import type { CaseRecord } from '../../db/models/case-record.js';
import type { Services } from '../context.js';
import { forbidden, invalid, unavailable } from '../errors.js';
import { isStaff } from '../people/people.js';
import { storeFiles, checkFiles, type IncomingFile } from './attachments.js';
import { insertCase } from './insert.js';
import { caseViewQuery } from '../../workflows/messages.js';
import { startCaseProcess } from './processes.js';
import { withView } from './details.js';
import { orderIntakeProblems } from '../orders/intake.js';
import { idempotentRequestKey } from '../../platform/temporal/idempotent-updates.js';

export interface IntakeRequest {
  type: unknown;
  /** The type's form values (title, description and the type-specific fields). */
  values: Record<string, unknown>;
  /** Only when staff register a request for a contact. */
  contactEmail?: unknown;
  channel?: unknown;
  files?: IncomingFile[];
  /** 'form' requires every field of the type's form; 'api' only title and description. */
  mode: 'form' | 'api';
}

const staffChannel = z.enum(['phone', 'mail'], { error: 'invalid_choice' });

export async function fileCase(s: Services, by: Person, req: IntakeRequest): Promise<CaseRecord> {
  if (by.role === 'approver') throw forbidden('rules:refusals.approver_cannot_file');
  const errors: Record<string, string> = {};
  const type = z.enum(CASE_TYPES).safeParse(req.type);
  if (!type.success) errors.type = req.type === undefined || req.type === '' ? 'required' : 'invalid_choice';

  // Without a valid type only the fields every type shares can be judged; they still are, so one
  // answer lists every mistake.
  const values = type.success
    ? requestSchema(type.data, req.mode).safeParse(req.values)
    : requestSchema('support', 'api').safeParse({ title: req.values.title, description: req.values.description });
  if (!values.success) Object.assign(errors, issuesToFieldErrors(values.error.issues));

  let contact: Person | null = by;
  let channel: Channel = 'portal';
  if (isStaff(by)) {
    const ch = staffChannel.safeParse(req.channel);
    if (!ch.success) errors.channel = req.channel === undefined || req.channel === '' ? 'required' : 'invalid_choice';
    else channel = ch.data;
    const email = typeof req.contactEmail === 'string' ? req.contactEmail.trim().toLowerCase() : '';
    contact = email ? await s.db.models.Person.findOne({ where: { email, role: 'contact', active: true } }) : null;
    if (!email) errors.contactEmail = 'required';
    else if (!contact) errors.contactEmail = 'not_a_contact';
  } else if (req.channel !== undefined && req.channel !== 'portal') {
    errors.channel = 'invalid_choice';
  }
  if (contact && type.success && values.success)
    Object.assign(errors, await orderIntakeProblems(s, contact, type.data, values.data as Record<string, unknown>));
  const files = await checkFiles(req.files ?? []);
  Object.assign(errors, files.errors);
  if (Object.keys(errors).length || !type.success || !values.success || !contact) throw invalid(errors);

  return createCase(s, { by, contact, type: type.data, channel, content: toRequestContent(values.data as Record<string, unknown>), files: files.accepted });
}

export interface NewCase {
  by: Person;
  contact: Person;
  type: CaseType;
  channel: Channel;
  content: ReturnType<typeof toRequestContent>;
  files: IncomingFile[];
}

/**
 * Creates the case row (its number) in one statement that also reads the company's terms — with its
 * attachments in the same transaction when there are any — then, with no transaction held open, starts
 * its workflow with the receipt Update, whose answer is the case's first view. If Temporal cannot be
 * reached the row stays and the process is started later (services/cases/processes).
 */
export async function createCase(s: Services, n: NewCase): Promise<CaseRecord> {
  const values = {
    type: n.type,
    channel: n.channel,
    companyId: n.contact.companyId!,
    contactId: n.contact.id,
    registeredById: isStaff(n.by) ? n.by.id : null,
    title: n.content.title,
    description: n.content.description,
    fields: n.content.fields,
    receivedAt: new Date(s.now()),
    intakeKey: idempotentRequestKey('file-case') ?? null,
  };
  const insert = (transaction?: Transaction) => insertCase(s, values, transaction);
  const { record, company, created } = n.files.length
    ? await s.db.sequelize.transaction(async (transaction) => {
        const filed = await insert(transaction);
        if (filed.created) await storeFiles(s, filed.record.number, n.by, n.files, false, transaction);
        return filed;
      })
    : await insert();
  // A retry of a request whose first attempt filed the case: its process runs (or ran) already.
  if (!created && record.version > 0) return withView(record, await s.temporal.workflow.getHandle(record.workflowId).query(caseViewQuery));
  try {
    return withView(record, await startCaseProcess(s, record, company));
  } catch (err) {
    s.log.error({ err, number: record.number }, 'could not start the case workflow; it is started again shortly');
    throw unavailable('temporal');
  }
}
