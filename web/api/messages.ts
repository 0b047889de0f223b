// POST /api/v1/cases/{number}/messages: a message on a case with files, as JSON or as
// multipart/form-data (fields `body`, `internal`; files in `attachments`). Staff write a desk note
// (internal: true) or a message to the customer (internal: false); a support contact's message is
// their reply on the case. The same service functions as the pages, so the same limits and rules.
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { attachmentUpload, uploadedFiles } from '../middleware/uploads.js';
import type { Services } from '../../services/context.js';
import { addCaseMessage } from '../../services/cases/messages.js';
import { replyWithFiles } from '../../services/cases/replies.js';
import { caseDetails } from '../../services/cases/details.js';
import { findVisibleCase } from '../../services/cases/access.js';
import { Refusal, forbidden, invalid, stale } from '../../services/errors.js';
import { expectedVersionOf, sendCaseDocument } from './versions.js';
import { isStaff } from '../../services/people/people.js';
import { attachmentLimits } from '../../services/cases/attachments.js';
import { caseDocument } from './case-document.js';
import { ApiProblem } from './errors.js';
import { bodyObject, caseNumberParam } from './input.js';
import { carriesBody } from '../middleware/body-format.js';

// A file over the limit reaches the service by name and size, which names the problem (422); one over four times the limit is 413.
const LIMITS = attachmentLimits();
const upload = attachmentUpload(LIMITS, { fields: 20, fieldSize: 100 * 1024 });

/** Reads a multipart body (fields and files); a JSON body was read by the API's JSON parser already. */
function multipartOrJson(req: Request, res: Response, next: NextFunction): void {
  if (req.is('multipart/form-data')) {
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code.startsWith('LIMIT_'))
        return next(new ApiProblem(413, `the upload is too large (at most ${LIMITS.maxFiles} files of ${LIMITS.maxBytes / 1048576} MB)`));
      next(new ApiProblem(400, 'the multipart body could not be read'));
    });
    return;
  }
  if (carriesBody(req) && req.is('application/json') === false) return next(new ApiProblem(415, 'send the body as JSON or as multipart/form-data'));
  next();
}

/** The reply's `message` is this endpoint's `body`. */
function reportAsBody(err: unknown): never {
  if (err instanceof Refusal && err.kind === 'invalid' && 'message' in err.fieldErrors) {
    const { message, ...rest } = err.fieldErrors;
    throw invalid({ body: message, ...rest });
  }
  throw err;
}

const FLAG: Record<string, boolean> = { true: true, false: false, on: true, off: false, '1': true, '0': false };

/** `internal` as JSON gives it (a boolean), or as a multipart form field ('true' / 'false'; also on/off, 1/0). */
function internalFlag(req: Request, v: unknown): unknown {
  return req.is('multipart/form-data') && typeof v === 'string' && Object.hasOwn(FLAG, v) ? FLAG[v] : v;
}

export function messageRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  r.post('/cases/:number/messages', bearer, multipartOrJson, async (req, res) => {
    const person = req.person!;
    const number = caseNumberParam(req.params.number);
    const body = bodyObject(req);
    const files = uploadedFiles(req);
    const allowed = isStaff(person) ? ['body', 'internal', 'to'] : ['body'];
    const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
    if (person.role === 'approver') throw forbidden('rules:refusals.approvers_offers_only');
    // A case the person may not see is a 404 whatever the body holds: its fields are judged after that.
    if (unknown.length) await findVisibleCase(s, person, number);
    if (unknown.length) throw invalid(Object.fromEntries(unknown.map((k) => [k, 'unknown_field'])));
    const expectedVersion = expectedVersionOf(req);
    if (isStaff(person)) {
      // A note decides nothing: the version is compared with the case as last recorded.
      const record = expectedVersion === undefined ? null : await findVisibleCase(s, person, number);
      if (record && record.version !== expectedVersion) throw stale(record.version);
      await addCaseMessage(s, person, number, { body: body.body, internal: internalFlag(req, body.internal), to: body.to, files });
    } else await replyWithFiles(s, person, number, { message: body.body }, files, { expectedVersion }).catch(reportAsBody);
    const details = await caseDetails(s, person, number);
    sendCaseDocument(res, details.record.version, caseDocument(details, person), 201);
  });
  return r;
}
