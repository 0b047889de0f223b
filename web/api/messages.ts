// POST /api/v1/cases/{number}/messages: a message on a case with files, as JSON or as
// multipart/form-data (fields `body`, `internal`; files in `attachments`). Staff write a desk note
// (internal: true) or a message to the customer (internal: false); a support contact's message is
// their reply on the case. The same service functions as the pages, so the same limits and rules.
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { Services } from '../../services/context.js';
import { addCaseMessage } from '../../services/cases/messages.js';
import { replyWithFiles } from '../../services/cases/replies.js';
import { caseDetails } from '../../services/cases/details.js';
import { findVisibleCase } from '../../services/cases/access.js';
import { Refusal, forbidden, invalid } from '../../services/errors.js';
import { isStaff } from '../../services/people/people.js';
import { ATTACHMENT_LIMITS } from '../../domain/request-forms.js';
import { uploadedFiles } from '../cases/request-form.js';
import { caseDocument } from './case-document.js';
import { ApiProblem } from './errors.js';
import { bodyObject, caseNumberParam } from './input.js';
import { carriesBody } from '../middleware/body-format.js';

const upload = multer({
  storage: multer.memoryStorage(),
  // Files up to 4× the limit reach the service, which names the problem (422); larger ones are 413.
  limits: { fileSize: 4 * ATTACHMENT_LIMITS.maxBytes, files: 4 * ATTACHMENT_LIMITS.maxFiles, fields: 20, fieldSize: 100 * 1024 },
}).any();

/** Reads a multipart body (fields and files); a JSON body was read by the API's JSON parser already. */
function multipartOrJson(req: Request, res: Response, next: NextFunction): void {
  if (req.is('multipart/form-data')) {
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code.startsWith('LIMIT_'))
        return next(new ApiProblem(413, `the upload is too large (at most ${ATTACHMENT_LIMITS.maxFiles} files of ${ATTACHMENT_LIMITS.maxBytes / 1048576} MB)`));
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
    if (isStaff(person)) await addCaseMessage(s, person, number, { body: body.body, internal: internalFlag(req, body.internal), to: body.to, files });
    else await replyWithFiles(s, person, number, { message: body.body }, files).catch(reportAsBody);
    res.status(201).json(caseDocument(await caseDetails(s, person, number), person));
  });
  return r;
}
