// The desk's everyday look-ups through the JSON API (staff only; customers get 403): finding a caller
// among the support contacts (GET /contacts?q=), and the satisfaction figures (GET /satisfaction?from&to).
import { Router, type RequestHandler } from 'express';
import type { Services } from '../../services/context.js';
import { findContacts } from '../../services/people/contact-lookup.js';
import { satisfactionReport } from '../../services/cases/satisfaction/report.js';
import { parsePeriod } from '../../services/insight/competence.js';
import { isStaff } from '../../services/people/people.js';
import { forbidden } from '../../services/errors.js';

export function everydayRoutes(s: Services, bearer: RequestHandler): Router {
  const r = Router();
  r.get('/contacts', bearer, async (req, res) => {
    res.json(await findContacts(s, req.person!, req.query.q));
  });
  r.get('/satisfaction', bearer, async (req, res) => {
    if (!isStaff(req.person!)) throw forbidden();
    const report = await satisfactionReport(s, req.person!, parsePeriod(s, req.query as Record<string, unknown>));
    res.json(report);
  });
  return r;
}
