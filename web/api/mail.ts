// POST /api/v1/inbound-mail: the mail gateway hands over a received e-mail (staff token only).
// A support contact's mail becomes a case (channel mail) or, with "[#<number>]" in the subject, a
// reply on that case; anyone else's mail is rejected, logged and answered (services/mail-intake.ts).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { receiveMail } from '../../services/mail-intake.js';
import { caseDetails } from '../../services/case-details.js';
import { forbidden } from '../../services/errors.js';
import { isStaff } from '../../services/people.js';
import { caseDocument } from './case-document.js';
import { bodyObject, requireJsonBody } from './input.js';

export function mailRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  r.post('/inbound-mail', bearer, requireJsonBody, async (req, res) => {
    const person = req.person!;
    if (!isStaff(person)) throw forbidden('rules:refusals.mail_gateway_only');
    const result = await receiveMail(s, person, bodyObject(req));
    if (result.outcome === 'rejected') return res.status(200).json({ outcome: 'rejected', reason: result.reason });
    const details = await caseDetails(s, person, result.case.number);
    res.status(result.outcome === 'case_created' ? 201 : 200).json({ outcome: result.outcome, case: caseDocument(details, person) });
  });
  return r;
}
