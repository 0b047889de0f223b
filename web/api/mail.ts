// POST /api/v1/inbound-mail: a mail gateway hands over a received e-mail — the raw RFC 822 message
// (`Content-Type: message/rfc822`) or the short JSON form `{from, subject, text}` — with the service
// token MAIL_GATEWAY_TOKEN or a staff API token. It goes the same way as mail to the embedded SMTP
// listener: stored, then processed exactly once (services/mail/intake.ts).
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Services } from '../../services/context.js';
import { acceptJsonMail, acceptMail, type InboundOutcome } from '../../services/mail/intake.js';
import { isMailGatewayToken } from '../../services/mail/gateway-token.js';
import { caseDetails } from '../../services/cases/details.js';
import { forbidden } from '../../services/errors.js';
import { isStaff } from '../../services/people/people.js';
import { caseDocument } from './case-document.js';
import { ApiProblem } from './errors.js';

const STATUS: Record<InboundOutcome['outcome'], number> = { case_created: 201, reply_added: 200, rejected: 200, queued: 202 };

export function mailRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  const raw = express.raw({ type: 'message/rfc822', limit: s.env.MAIL_MAX_BYTES });
  const gatewayOrStaff = (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer[ ]+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (token && isMailGatewayToken(s.env, token)) return next();
    bearer(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (!isStaff(req.person!)) return next(forbidden('rules:refusals.mail_gateway_only'));
      next();
    });
  };

  r.post('/inbound-mail', gatewayOrStaff, raw, async (req, res) => {
    let result: InboundOutcome & { duplicate: boolean };
    if (req.is('message/rfc822')) {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new ApiProblem(400, 'the body is empty: send the raw message');
      result = await acceptMail(s, req.body, 'http');
    } else if (req.is('application/json')) {
      result = await acceptJsonMail(s, req.body ?? {});
    } else {
      throw new ApiProblem(415, 'send the raw mail (Content-Type: message/rfc822) or JSON (Content-Type: application/json)');
    }
    const body: Record<string, unknown> = { outcome: result.outcome };
    if (result.outcome === 'rejected') body.reason = result.reason;
    if (result.caseNumber) body.caseNumber = result.caseNumber;
    if (result.duplicate) body.duplicate = true;
    if (result.caseNumber && req.person) body.case = caseDocument(await caseDetails(s, req.person, result.caseNumber), req.person);
    res.status(result.duplicate && result.outcome === 'case_created' ? 200 : STATUS[result.outcome]).json(body);
  });
  return r;
}
