// The JSON API under /api/v1 (OpenAPI 3.1 document at /api/v1/openapi.json). Bearer tokens only:
// it is mounted before sessions and CSRF, and never reads a session cookie. Bodies are UTF-8 JSON,
// every text in them is checked at the door, and a POST may carry an Idempotency-Key.
import express, { Router } from 'express';
import type { Services } from '../../services/context.js';
import { actorOf } from '../../services/people/people.js';
import { companyRef } from '../../services/companies/companies.js';
import { apiBodyFormat } from '../middleware/body-format.js';
import { apiTextInput } from '../middleware/text-input.js';
import { requireBearer } from './auth.js';
import { tokenRoutes } from './tokens.js';
import { idempotentPosts } from './idempotency.js';
import { caseRoutes } from './cases.js';
import { mailRoutes } from './mail.js';
import { calendarRoutes } from './calendar.js';
import { billingRoutes } from './billing.js';
import { competenceRoutes } from './competence.js';
import { messageRoutes } from './messages.js';
import { timelineRoutes } from './timeline.js';
import { apiErrors, apiNotFound } from './errors.js';
import { openApiDocument } from './openapi/document.js';

export function apiRoutes(s: Services): Router {
  const r = Router();
  const bearer = requireBearer(s);
  r.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  r.use(apiBodyFormat);
  r.use(express.json({ limit: '100kb', strict: false }));
  r.use(apiTextInput);

  r.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(openApiDocument());
  });
  r.use(tokenRoutes(s, bearer));

  r.get('/me', bearer, async (req, res) => {
    const p = req.person!;
    res.json({ id: p.id, email: p.email, name: p.fullName, role: p.role, company: await companyRef(s, p.companyId), canApprove: actorOf(p).canApprove });
  });

  r.use(idempotentPosts(s, bearer));
  r.use(caseRoutes(s, bearer));
  r.use(messageRoutes(s, bearer));
  r.use(timelineRoutes(s, bearer));
  r.use(mailRoutes(s, bearer));
  r.use(calendarRoutes(s, bearer));
  r.use(billingRoutes(s, bearer));
  r.use(competenceRoutes(s, bearer));
  r.use(apiNotFound);
  r.use(apiErrors(s.log));
  return r;
}
